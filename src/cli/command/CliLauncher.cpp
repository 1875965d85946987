#include "command/CliLauncher.h"

#include "command/CliContext.h"
#include "command/CommandLine.h"
#include "command/Verbs.h"
#include "connect/HttpExchange.h"
#include "core/Translations.h"
#include "link/PendingSweeper.h"
#include "services/Services.h"
#include "store/AccountStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {

// KEYLINK_FIELD_* values, by field name, taken out of this process's
// environment: read once, here, so that no program Keylink starts (a
// browser) inherits a secret.
QMap<QString, QString> takeFieldVariables()
{
    static const QString prefix = u"KEYLINK_FIELD_"_s;
    QMap<QString, QString> values;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (!name.startsWith(prefix))
            continue;
        values.insert(name.mid(prefix.size()), environment.value(name));
        qunsetenv(name.toLocal8Bit().constData());
    }
    return values;
}

// keylink-window beside this program (the build tree), or where it is
// installed (KEYLINK_LIBEXEC_RELATIVE: from the bin folder to it).
QString windowProgram()
{
    const QString self = QFileInfo(u"/proc/self/exe"_s).canonicalFilePath();
    const QString folder = QFileInfo(self).absolutePath();
    for (const QString &candidate : {folder + u"/keylink-window"_s,
             folder + u"/"_s + QStringLiteral(KEYLINK_LIBEXEC_RELATIVE) + u"/keylink-window"_s}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

// Replaces this process with the window, passing what the window needs.
int startWindow(const CommandLineRequest &request)
{
    const QString program = windowProgram();
    if (program.isEmpty()) {
        std::fprintf(stderr, "keylink: the window program keylink-window is not installed beside keylink\n");
        return CommandLine::Failure;
    }
    QStringList arguments {program};
    if (!request.language.isEmpty())
        arguments << u"--lang"_s << request.language;
    for (const QString &folder : request.catalogDirs)
        arguments << u"--catalog"_s << folder;
    if (!request.deepLink.isEmpty())
        arguments << request.deepLink;
    else if (request.verb == u"link"_s && request.gui)
        arguments << u"keylink://link/"_s + request.arguments.value(0);
    QList<QByteArray> bytes;
    for (const QString &a : std::as_const(arguments))
        bytes.append(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    ::execv(argv.front(), argv.data());
    std::fprintf(stderr, "keylink: could not start the window (%s)\n", std::strerror(errno));
    return CommandLine::Failure;
}

} // namespace

int CliLauncher::run(int argc, char *argv[])
{
    const QMap<QString, QString> fieldVariables = takeFieldVariables();
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLineRequest request = CommandLine::parse(rawArguments);
    if (!request.isHeadless())
        return startWindow(request);

    QCoreApplication app(argc, argv);
    // No organisation name: data lives in $XDG_DATA_HOME/keylink, as documented.
    QCoreApplication::setApplicationName(u"keylink"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYLINK_VERSION));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // English, whatever the locale: the translator supplies the plural forms.
    Translations::install(&app, u"en"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (!request.error.isEmpty()) {
        err << "keylink: " << request.error << "\n";
        return CommandLine::UsageError;
    }
    request.fieldVariables = fieldVariables;
    if (request.helpRequested) {
        out << CommandLine::helpText();
        return CommandLine::Success;
    }
    if (request.versionRequested) {
        out << "keylink " << QCoreApplication::applicationVersion() << "\n";
        return CommandLine::Success;
    }

    Services::Options options;
    QString hostMapError;
    if (!HostMap::fromEnvironment(&options.hostMap, &hostMapError)) {
        err << "keylink: " << hostMapError << "\n";
        return CommandLine::UsageError;
    }
    if (!request.catalogDirs.isEmpty())
        options.catalogDirectories = request.catalogDirs;
    options.catalogLoaded = [&err](const CatalogLoadResult &catalog) {
        for (const CatalogError &e : catalog.errors)
            err << "keylink: warning: skipped provider file: " << e.toString() << "\n";
        err.flush();
    };
    Services services(options);
    // --timeout bounds the keychain and the account locks too; without it
    // the keychain gets time for the user to answer an unlock prompt.
    if (request.timeoutSeconds > 0) {
        const int ms = request.timeoutSeconds * 1000;
        services.setTimeouts({ms, ms, ms});
    }

    const Verb::Spec *spec = Verbs::find(request.verb);
    CliContext context(request, services, out, err);
    if (spec->usesAccounts) {
        if (!services.openStore())
            return context.fail(CommandLine::Failure, services.store().problem());
        if (!services.store().problem().isEmpty())
            err << "keylink: warning: " << services.store().problem() << "\n";
        err.flush();
    }
    std::unique_ptr<Verb> verb(spec->create(context));
    QObject::connect(verb.get(), &Verb::finished, &app, [](int code) { QCoreApplication::exit(code); });

    // Started inside the event loop, so a quick finish still reaches exit().
    // A change an earlier process left half done is finished first, so the
    // verb sees accounts that match the keychain; but a keychain that does
    // not answer must not hold every verb (even `accounts`) for its whole
    // timeout: after a short wait the verb starts anyway. The account locks
    // keep the two apart where they meet.
    std::unique_ptr<PendingSweeper> sweeper;
    bool started = false;
    auto startOnce = [&started, &verb] {
        if (!std::exchange(started, true))
            verb->start();
    };
    QTimer longSweep;
    longSweep.setSingleShot(true);
    QObject::connect(&longSweep, &QTimer::timeout, verb.get(), startOnce);
    if (spec->usesAccounts) {
        sweeper = std::make_unique<PendingSweeper>(services.secrets(), services.store());
        QObject::connect(sweeper.get(), &PendingSweeper::finished, verb.get(), startOnce);
        longSweep.start(SweepWaitMs);
        sweeper->start();
    } else {
        longSweep.start(0);
    }
    const int code = QCoreApplication::exec();
    if (HttpExchange::abandonedReplies() > 0) {
        // A server may still be pouring an answer into Qt's network thread,
        // which QNetworkAccessManager would wait 5 s for as it goes: the
        // verb is done and has said so, and nothing left undone here needs
        // this process (SQLite recovers its log, a dead process's locks are
        // stale).
        out.flush();
        err.flush();
        std::fflush(nullptr);
        std::_Exit(code);
    }
    return code;
}

} // namespace keylink
