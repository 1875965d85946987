#include "window/WindowLauncher.h"

#include "accounts/MainWindow.h"
#include "catalog/CatalogLoader.h"
#include "core/Translations.h"
#include "link/PendingSweeper.h"
#include "services/Services.h"
#include "settings/Preferences.h"
#include "store/AccountStore.h"
#include "tray/BackgroundPresence.h"
#include "tray/DesktopNotifier.h"
#include "widgets/KeylinkStyle.h"
#include "window/FirstPaintProbe.h"
#include "window/SingleInstance.h"
#include "window/StartupPrewarm.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkProxyFactory>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace keylink {

int WindowLauncher::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new KeylinkStyle); // the application owns it
    QCoreApplication::setApplicationName(u"keylink"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYLINK_VERSION));
    QApplication::setApplicationDisplayName(u"Keylink"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/keylink.svg"_s));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    const QCommandLineOption language(u"lang"_s, {}, u"CODE"_s);
    const QCommandLineOption catalog(u"catalog"_s, {}, u"DIR"_s);
    // Started at login (the autostart entry): straight to the tray.
    const QCommandLineOption hidden(u"hidden"_s, {});
    parser.addOptions({language, catalog, hidden});
    parser.addPositionalArgument(u"link"_s, {});
    parser.process(app);

    Services::Options options;
    QString hostMapError;
    if (!HostMap::fromEnvironment(&options.hostMap, &hostMapError)) {
        // A test-only variable: stderr is where its user looks.
        QTextStream(stderr) << "keylink: " << hostMapError << "\n";
        return 2;
    }
    if (parser.isSet(catalog))
        options.catalogDirectories = parser.values(catalog);
    // The window speaks the system's language unless --lang says otherwise.
    Translations::install(&app, parser.value(language));
    const QString forward = parser.positionalArguments().value(0);
    // Already running: hand the request over and leave.
    if (SingleInstance::handOff(forward))
        return 0;
    SingleInstance instance;
    QString instanceError;
    if (!instance.listen(&instanceError))
        QTextStream(stderr) << "keylink: warning: other launches cannot reach this window: " << instanceError << "\n";
    // This process shows the window: load its fonts meanwhile.
    StartupPrewarm::start();

    Services services(options);
    services.openStore(); // a store that cannot be opened is shown in the window
    PendingSweeper sweeper(services.secrets(), services.store());
    sweeper.start();
    const Preferences preferences = Preferences::load();
    services.setTimeouts(preferences.timeouts());
    MainWindow window(services);
    FirstPaintProbe::attachIfRequested(&window);
    DesktopNotifier notifier;
    BackgroundPresence presence(services, window, notifier);
    presence.start(preferences, parser.isSet(hidden) && forward.isEmpty());
    if (preferences.verifyAtStart)
        window.verifyAll(); // with its progress and count, as the menu's
    if (!forward.isEmpty())
        window.openWizard(forward);
    QObject::connect(&instance, &SingleInstance::requested, &window, &MainWindow::present);
    return QApplication::exec();
}

} // namespace keylink
