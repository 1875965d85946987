#include "app/Launcher.h"

#include "accounts/MainWindow.h"
#include "app/SingleInstance.h"
#include "catalog/CatalogLoader.h"
#include "cli/AccountsCommand.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/LinkCommand.h"
#include "cli/ProvidersCommand.h"
#include "cli/TokenCommand.h"
#include "cli/UnlinkCommand.h"
#include "cli/VerifyCommand.h"
#include "connect/HostMap.h"
#include "connect/HttpExchange.h"
#include "core/FirstPaintProbe.h"
#include "core/Translations.h"
#include "link/PendingSweeper.h"
#include "settings/Preferences.h"
#include "vault/CredentialVault.h"
#include "wizard/LinkContext.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {

QStringList catalogDirectories(const CommandLineRequest &request)
{
    return request.catalogDirs.isEmpty() ? QStringList {CatalogLoader::userDirectory()} : request.catalogDirs;
}

} // namespace

void Launcher::describeApplication()
{
    // No organisation name: data lives in $XDG_DATA_HOME/keylink, as documented.
    QCoreApplication::setApplicationName(u"keylink"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYLINK_VERSION));
    // Honour the system's proxy settings (and http_proxy/no_proxy).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

QMap<QString, QString> Launcher::takeFieldVariables()
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

int Launcher::run(int argc, char *argv[])
{
    // Secrets given in the environment are read once, here; a browser or
    // any other program Keylink starts gets an environment without them.
    const QMap<QString, QString> fieldVariables = takeFieldVariables();
    return CommandLine::needsDisplay(argc, argv) ? runWindow(argc, argv) : runHeadless(argc, argv, fieldVariables);
}

int Launcher::runHeadless(int argc, char *argv[], const QMap<QString, QString> &fieldVariables)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    // English, whatever the locale: the translator supplies the plural forms.
    Translations::install(&app, u"en"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    CommandLineRequest request = CommandLine::parse(app.arguments());
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

    HostMap hostMap;
    QString hostMapError;
    if (!HostMap::fromEnvironment(&hostMap, &hostMapError)) {
        err << "keylink: " << hostMapError << "\n";
        return CommandLine::UsageError;
    }

    CatalogLoadResult catalog = CatalogLoader::load(catalogDirectories(request));
    for (const CatalogError &e : catalog.errors)
        err << "keylink: warning: skipped provider file: " << e.toString() << "\n";
    err.flush();

    if (request.verb == u"providers"_s)
        return ProvidersCommand::run(catalog, request.json, out);

    CliContext context(request, std::move(catalog), hostMap, out, err);
    if (!context.store().open())
        return context.fail(CommandLine::Failure, context.store().problem());
    if (!context.store().problem().isEmpty())
        err << "keylink: warning: " << context.store().problem() << "\n";
    err.flush();

    std::unique_ptr<CliCommand> command;
    if (request.verb == u"link"_s)
        command = std::make_unique<LinkCommand>(context);
    else if (request.verb == u"accounts"_s)
        command = std::make_unique<AccountsCommand>(context);
    else if (request.verb == u"verify"_s)
        command = std::make_unique<VerifyCommand>(context);
    else if (request.verb == u"token"_s)
        command = std::make_unique<TokenCommand>(context);
    else if (request.verb == u"unlink"_s)
        command = std::make_unique<UnlinkCommand>(context);
    else
        return context.fail(CommandLine::Failure, u"command \"%1\" is not available"_s.arg(request.verb));

    // Started inside the event loop, so a quick finish still reaches exit().
    // A change an earlier process left half done is finished first, so the
    // command sees a list that matches the keychain; but a keychain that
    // does not answer must not hold every command (even `accounts`) for its
    // whole timeout: after a short wait the command starts anyway. The
    // account locks keep the two apart where they meet.
    QObject::connect(command.get(), &CliCommand::finished, &app, [](int code) { QCoreApplication::exit(code); });
    PendingSweeper sweeper(context.secrets(), context.store());
    QTimer longSweep;
    longSweep.setSingleShot(true);
    bool started = false;
    auto startOnce = [&started, &command] {
        if (!std::exchange(started, true))
            command->start();
    };
    QObject::connect(&sweeper, &PendingSweeper::finished, command.get(), startOnce);
    QObject::connect(&longSweep, &QTimer::timeout, command.get(), startOnce);
    longSweep.start(SweepWaitMs);
    sweeper.start();
    const int code = QCoreApplication::exec();
    if (HttpExchange::abandonedReplies() > 0) {
        // A server may still be pouring an answer into Qt's network thread,
        // which QNetworkAccessManager would wait 5 s for as it goes: the
        // command is done and has said so, and nothing left undone here
        // needs this process (SQLite recovers its log, a dead process's
        // locks are stale).
        out.flush();
        err.flush();
        std::fflush(nullptr);
        std::_Exit(code);
    }
    return code;
}

int Launcher::runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Keylink"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/keylink.svg"_s));

    HostMap hostMap;
    QString hostMapError;
    if (!HostMap::fromEnvironment(&hostMap, &hostMapError)) {
        // A test-only variable: stderr is where its user looks.
        QTextStream(stderr) << "keylink: " << hostMapError << "\n";
        return CommandLine::UsageError;
    }
    const CommandLineRequest request = CommandLine::parse(app.arguments());
    // The window speaks the system's language unless --lang says otherwise;
    // the command line stays in English for scripts and logs.
    Translations::install(&app, request.language);
    QString forward = request.deepLink;
    if (request.verb == u"link"_s && request.gui)
        forward = u"keylink://link/"_s + request.arguments.value(0);
    // Already running: hand the request over and leave.
    if (SingleInstance::handOff(forward))
        return CommandLine::Success;
    SingleInstance instance;
    QString instanceError;
    if (!instance.listen(&instanceError))
        QTextStream(stderr) << "keylink: warning: other launches cannot reach this window: " << instanceError << "\n";

    QNetworkAccessManager network;
    CredentialVault vault;
    AccountStore store;
    store.open(); // a store that cannot be opened is shown in the window
    PendingSweeper sweeper(vault, store);
    sweeper.start();
    LinkContext context;
    context.network = &network;
    context.secrets = &vault;
    context.store = &store;
    context.hostMap = hostMap;
    MainWindow window(CatalogLoader::load(catalogDirectories(request)), context);
    const Preferences preferences = Preferences::load();
    window.applyPreferences(preferences);
    FirstPaintProbe::attachIfRequested(&window);
    window.show();
    if (preferences.verifyAtStart && !store.accounts().isEmpty())
        QMetaObject::invokeMethod(&window, &MainWindow::verifyAll, Qt::QueuedConnection);
    if (!forward.isEmpty())
        window.openWizard(forward);
    QObject::connect(&instance, &SingleInstance::requested, &window, [&window](const QString &link) {
        window.showNormal();
        window.raise();
        window.activateWindow();
        if (!link.isEmpty())
            window.openWizard(link);
    });
    return QApplication::exec();
}

} // namespace keylink
