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
#include <QTextStream>

#include <cstdio>

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

int Launcher::run(int argc, char *argv[])
{
    return CommandLine::needsDisplay(argc, argv) ? runWindow(argc, argv) : runHeadless(argc, argv);
}

int Launcher::runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    // English, whatever the locale: the translator supplies the plural forms.
    Translations::install(&app, u"en"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const CommandLineRequest request = CommandLine::parse(app.arguments());
    if (!request.error.isEmpty()) {
        err << "keylink: " << request.error << "\n";
        return CommandLine::UsageError;
    }
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
    if (!context.store().load())
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
    // command sees a list that matches the keychain.
    QObject::connect(command.get(), &CliCommand::finished, &app, [](int code) { QCoreApplication::exit(code); });
    PendingSweeper sweeper(context.secrets(), context.store());
    QObject::connect(&sweeper, &PendingSweeper::finished, command.get(), &CliCommand::start);
    sweeper.start();
    return QCoreApplication::exec();
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
    store.load();
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
