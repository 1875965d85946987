// `keylink token ACCOUNT` against token_baseline (a bare QCoreApplication
// reading the same keychain entry with one QtKeychain job: the floor for any
// Qt program) and against `secret-tool lookup` (libsecret's own command, the
// floor for any program). Alternating runs, wall time from start to exit.
// Target: median ratio keylink / token_baseline <= 1.15.
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"

#include "Percentile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
struct Program {
    QString name;
    QString path;
    QStringList arguments;
    QList<double> ms;
};

// Runs the program once; its wall time in ms, or a negative number when it
// failed or did not print the secret.
double runOnce(const Program &p, const QProcessEnvironment &env, const QByteArray &secret)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(p.path, p.arguments);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTextStream(stderr) << p.name << " failed: " << process.readAllStandardError() << "\n";
        return -1;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!process.readAllStandardOutput().contains(secret)) {
        QTextStream(stderr) << p.name << " did not print the secret\n";
        return -1;
    }
    return ms;
}

bool wait(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return done();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIntValue("KEYLINK_BENCH_RUNS") > 0
        ? qEnvironmentVariableIntValue("KEYLINK_BENCH_RUNS")
        : 21;
    QTemporaryDir root;
    QDir(root.path()).mkpath(u"data/keylink"_s);
    QDir(root.path()).mkpath(u"config"_s);

    // One Front account, linked the way Keylink stores it.
    keylink::Account account;
    account.id = u"0b1e5e1c-0000-4000-8000-00000000be0c"_s;
    account.providerId = u"front"_s;
    account.methodId = u"api-token"_s;
    account.identityId = u"cmp_bench"_s;
    account.identityName = u"Bench Ltd"_s;
    account.environmentId = u"production"_s;
    account.linkedAt = QDateTime::currentDateTimeUtc();
    const QString secret = u"eyJhbGciOiJIUzI1NiJ9.bench.kLsEcReT"_s;
    {
        keylink::AccountStore store(root.filePath(u"data/keylink/keylink.db"_s));
        QString error;
        if (!store.open() || !store.insert(account, &error)) {
            QTextStream(stderr) << "cannot write the account: " << error << store.problem() << "\n";
            return 1;
        }
    }
    keylink::CredentialVault vault;
    bool written = false, writeOk = false;
    vault.write(account.id, {{u"token"_s, secret}}, &app, [&](const keylink::VaultResult &r) {
        written = true;
        writeOk = r.ok();
    });
    if (!wait([&] { return written; }) || !writeOk) {
        QTextStream(stderr) << "cannot write the secret to the keychain\n";
        return 1;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"KEYLINK_HOST_MAP"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    QList<Program> programs {
        {u"keylink token"_s, QStringLiteral(KEYLINK_EXECUTABLE), {u"token"_s, account.id}, {}},
        {u"token_baseline"_s, QStringLiteral(KEYLINK_TOKEN_BASELINE), {account.id}, {}},
    };
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (!secretTool.isEmpty()) // QtKeychain's libsecret attributes: server = service, user = key
        programs.append(
            {u"secret-tool lookup"_s, secretTool, {u"lookup"_s, u"server"_s, u"keylink"_s, u"user"_s, account.id}, {}});

    // One unmeasured run each fills the page cache.
    for (const Program &p : std::as_const(programs)) {
        if (runOnce(p, env, secret.toUtf8()) < 0)
            return 1;
    }
    QList<double> ratios, floorRatios;
    for (int i = 0; i < runs; ++i) {
        // Rotate which goes first, so none always follows another.
        for (qsizetype k = 0; k < programs.size(); ++k) {
            Program &p = programs[(i + k) % programs.size()];
            const double ms = runOnce(p, env, secret.toUtf8());
            if (ms < 0)
                return 1;
            p.ms.append(ms);
        }
        ratios.append(programs[0].ms.last() / programs[1].ms.last());
        if (programs.size() > 2)
            floorRatios.append(programs[1].ms.last() / programs[2].ms.last());
    }

    bool removed = false;
    vault.remove(account.id, &app, [&](const keylink::VaultResult &) { removed = true; });
    wait([&] { return removed; });

    const double ratio = percentile(ratios, 50);
    QTextStream out(stdout);
    out << u"keylink token: median %1 ms, token_baseline %2 ms, median ratio %3 over %4 alternating runs "
           u"(target <= 1.15) %5\n"_s.arg(percentile(programs[0].ms, 50), 0, 'f', 1)
               .arg(percentile(programs[1].ms, 50), 0, 'f', 1)
               .arg(ratio, 0, 'f', 2)
               .arg(runs)
               .arg(ratio <= 1.15 ? u"MET"_s : u"MISSED"_s);
    if (programs.size() > 2) {
        const double tool = percentile(programs[2].ms, 50);
        out << u"against secret-tool lookup (%1 ms): keylink token %2x, token_baseline %3x (median of pairs %4)\n"_s
                   .arg(tool, 0, 'f', 1)
                   .arg(percentile(programs[0].ms, 50) / tool, 0, 'f', 2)
                   .arg(percentile(programs[1].ms, 50) / tool, 0, 'f', 2)
                   .arg(percentile(floorRatios, 50), 0, 'f', 2);
    }
    return 0;
}
