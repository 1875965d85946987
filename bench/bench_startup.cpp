// Start-up: from process start to the main window's first paint, Keylink with
// 50 linked accounts against startup_baseline drawing 50 lines of text (a
// bare QMainWindow and QListView: the least a window that shows text costs),
// alternating runs, same build. Also the peak RSS at that moment.
// Keylink is measured as the desktop entry starts it (keylink-window) and as
// `keylink` in a terminal starts it (which execs keylink-window).
// Targets, for keylink-window: median time ratio <= 1.25, peak RSS <= 1.2.
#include "store/AccountStore.h"
#include "window/FirstPaintProbe.h"

#include "Percentile.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <chrono>

using namespace Qt::StringLiterals;

namespace {
struct Sample {
    double ms = 0;
    double rssMb = 0;
};

double median(const QList<double> &values)
{
    return percentile(values, 50);
}

QProcessEnvironment environmentIn(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *dir : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        env.insert(QString::fromLatin1(dir), root + u'/' + QString::fromLatin1(dir).toLower());
    env.insert(QString::fromLatin1(keylink::FirstPaintProbe::EnvironmentVariable), u"1"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, env.value(u"QT_QPA_PLATFORM"_s, u"offscreen"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s); // both sides skip the translation lookup alike
    env.remove(u"KEYLINK_HOST_MAP"_s);
    return env;
}

// The 50 accounts Keylink lists, written the way Keylink writes them.
bool writeAccounts(const QString &root)
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(root + u"/xdg_data_home"_s));
    keylink::AccountStore store;
    store.open();
    const QStringList providers {u"front"_s, u"easyship"_s, u"oneflow"_s};
    for (int i = 0; i < 50; ++i) {
        keylink::Account a;
        a.id = u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0'));
        a.providerId = providers.at(i % 3);
        a.methodId = u"api-token"_s;
        a.label = u"Team %1"_s.arg(i);
        a.identityId = u"id-%1"_s.arg(i);
        a.identityName = u"Company %1 Ltd"_s.arg(i);
        a.environmentId = u"production"_s;
        a.linkedAt = QDateTime::currentDateTimeUtc().addDays(-i);
        a.lastVerified = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
        a.status = i % 7 == 0 ? keylink::Account::Status::NeedsAttention : keylink::Account::Status::Verified;
        QString error;
        if (!store.insert(a, &error)) {
            QTextStream(stderr) << error << "\n";
            return false;
        }
    }
    return store.accounts().size() == 50;
}

bool runOnce(const QString &program, const QProcessEnvironment &env, Sample *sample, const QStringList &args = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(program);
    process.setArguments(args);
    const auto start = std::chrono::steady_clock::now().time_since_epoch();
    process.start();
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        QTextStream(stderr) << program << " did not report a first paint: " << process.readAllStandardError() << "\n";
        return false;
    }
    const QList<QByteArray> words = process.readAllStandardOutput().trimmed().split(' ');
    if (words.value(0) != "first-paint" || words.size() != 3) {
        QTextStream(stderr) << program << " printed no first-paint line\n";
        return false;
    }
    const qint64 paintedNs = words.at(1).toLongLong();
    sample->ms = (paintedNs - std::chrono::nanoseconds(start).count()) / 1e6;
    sample->rssMb = words.at(2).toLongLong() / 1024.0;
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"keylink"_s); // the database where Keylink looks for it
    const int runs = qEnvironmentVariableIntValue("KEYLINK_BENCH_RUNS") > 0
        ? qEnvironmentVariableIntValue("KEYLINK_BENCH_RUNS")
        : 21;
    QTemporaryDir root;
    for (const char *dir : {"xdg_data_home", "xdg_config_home", "xdg_cache_home", "xdg_runtime_dir"})
        QDir(root.path()).mkpath(QString::fromLatin1(dir));
    QFile::setPermissions(root.path() + u"/xdg_runtime_dir"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!writeAccounts(root.path()))
        return 1;
    const QProcessEnvironment env = environmentIn(root.path());
    struct Side {
        QString program;
        QStringList arguments;
        QList<double> ms, rssMb;
    };
    Side window {QStringLiteral(KEYLINK_WINDOW_EXECUTABLE), {}, {}, {}};
    Side command {QStringLiteral(KEYLINK_EXECUTABLE), {}, {}, {}};
    Side baseline {QStringLiteral(KEYLINK_STARTUP_BASELINE), {u"--rows"_s, u"50"_s}, {}, {}};
    QList<Side *> sides {&baseline, &window, &command};

    // One unmeasured run each fills the page cache.
    for (Side *side : sides) {
        Sample warm;
        if (!runOnce(side->program, env, &warm, side->arguments))
            return 1;
    }
    QList<double> ratios, commandRatios;
    for (int i = 0; i < runs; ++i) {
        // Rotate which goes first, so none always follows another.
        for (qsizetype k = 0; k < sides.size(); ++k) {
            Side *side = sides.at((i + k) % sides.size());
            Sample s;
            if (!runOnce(side->program, env, &s, side->arguments))
                return 1;
            side->ms.append(s.ms);
            side->rssMb.append(s.rssMb);
        }
        ratios.append(window.ms.last() / baseline.ms.last());
        commandRatios.append(command.ms.last() / baseline.ms.last());
    }
    const double timeRatio = median(ratios);
    const double rssRatio = median(window.rssMb) / median(baseline.rssMb);
    QTextStream out(stdout);
    out << u"start-up to first paint, 50 accounts: keylink-window median %1 ms, baseline with 50 lines of text "
           u"%2 ms, median ratio %3 over %4 alternating runs (target <= 1.25) %5\n"_s.arg(median(window.ms), 0, 'f', 1)
               .arg(median(baseline.ms), 0, 'f', 1)
               .arg(timeRatio, 0, 'f', 2)
               .arg(runs)
               .arg(timeRatio <= 1.25 ? u"MET"_s : u"MISSED"_s);
    out << u"peak RSS at first paint: keylink-window median %1 MiB, baseline %2 MiB, ratio %3 (target <= 1.2) %4\n"_s
               .arg(median(window.rssMb), 0, 'f', 1)
               .arg(median(baseline.rssMb), 0, 'f', 1)
               .arg(rssRatio, 0, 'f', 2)
               .arg(rssRatio <= 1.2 ? u"MET"_s : u"MISSED"_s);
    out << u"started as `keylink` (which execs keylink-window): median %1 ms, ratio %2\n"_s
               .arg(median(command.ms), 0, 'f', 1)
               .arg(median(commandRatios), 0, 'f', 2);
    return 0;
}
