#include "tray/BackgroundPresence.h"

#include "accounts/MainWindow.h"
#include "core/LoggingCategories.h"
#include "services/Services.h"
#include "tray/DesktopNotifier.h"
#include "tray/NoticeComposer.h"
#include "tray/TrayIcon.h"
#include "watch/BackgroundChecks.h"

#include <QApplication>
#include <QSet>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
const QString CloseHintKey = u"tray/closeHintShown"_s;
}

BackgroundPresence::BackgroundPresence(Services &services, MainWindow &window, DesktopNotifier &notifier,
    std::optional<bool> trayAvailable, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
    , m_notifier(notifier)
    , m_tray(new TrayIcon(services.catalog(), services.store(), this))
    , m_trayAvailable(trayAvailable.value_or(TrayIcon::isAvailable()))
{
    connect(&services.background(), &BackgroundChecks::noticed, this, &BackgroundPresence::onNoticed);
    connect(&m_notifier, &DesktopNotifier::actionInvoked, this, &BackgroundPresence::onAction);
    connect(&m_notifier, &DesktopNotifier::unavailable, this, [this](const QString &why) {
        qCInfo(lcUi) << "no desktop notifications:" << why;
        if (!m_lastSummary.isEmpty()) // what could not be shown, shown by the tray instead
            m_tray->showMessage(m_lastSummary, m_lastBody);
    });
    connect(&m_window, &MainWindow::closedToTray, this, &BackgroundPresence::onClosedToTray);
    connect(&m_window, &MainWindow::preferencesChanged, this, &BackgroundPresence::apply);
    connect(m_tray, &TrayIcon::relinkRequested, this, [this](const QString &id) {
        m_window.present({});
        m_window.relinkAccount(id);
    });
    connect(m_tray, &TrayIcon::verifyAllRequested, &m_window, &MainWindow::verifyAll);
    connect(m_tray, &TrayIcon::openRequested, this, [this] { m_window.present({}); });
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
}

BackgroundPresence::~BackgroundPresence() = default;

void BackgroundPresence::start(const Preferences &preferences, bool hidden)
{
    apply(preferences);
    BackgroundChecks &checks = m_services.background();
    checks.followNetwork();
    checks.start();
    if (!hidden || !m_keepRunning)
        m_window.show(); // nowhere to hide: a login start without a tray shows the window
}

void BackgroundPresence::apply(const Preferences &preferences)
{
    m_checkEveryHours = preferences.checkEveryHours;
    m_services.background().setIntervalHours(preferences.checkEveryHours);
    m_keepRunning = m_trayAvailable && preferences.checkEveryHours > 0;
    m_window.setKeepRunningWhenClosed(m_keepRunning);
    QApplication::setQuitOnLastWindowClosed(!m_keepRunning);
    m_tray->setVisible(m_keepRunning);
}

void BackgroundPresence::onNoticed(const QList<WatchEvent> &events)
{
    const DesktopNotifier::Notification n = NoticeComposer::compose(events, m_services.catalog(), m_services.store());
    // The news stays in the tray's tooltip and the window's status bar
    // whether or not a notification can be shown.
    m_tray->setNews(n.summary);
    m_window.statusBar()->showMessage(n.summary, 15000);
    m_lastSummary = n.summary;
    m_lastBody = n.body;
    // A click on the notification itself ("default") shows the account it
    // is about, when it is about one.
    QSet<QString> accounts;
    for (const WatchEvent &e : events)
        accounts.insert(e.accountId);
    m_newsAccount = accounts.size() == 1 ? *accounts.cbegin() : QString();
    // Asked each time: a notification service may have started since.
    m_notifier.show(n);
}

void BackgroundPresence::onAction(const QString &tag, const QString &key)
{
    const QString id = key.section(u':', 1);
    m_window.present({});
    if (key.startsWith(u"relink:"_s))
        m_window.relinkAccount(id);
    else if (key.startsWith(u"details:"_s) && !id.isEmpty())
        m_window.selectAccount(id);
    else if (key == u"default"_s && tag == QLatin1String(NoticeComposer::Tag) && !m_newsAccount.isEmpty())
        m_window.selectAccount(m_newsAccount);
}

void BackgroundPresence::onClosedToTray()
{
    QSettings settings = Preferences::settings();
    if (settings.value(CloseHintKey, false).toBool())
        return;
    settings.setValue(CloseHintKey, true);
    const QString summary = tr("Keylink is still running");
    const QString often = m_checkEveryHours == 24 ? tr("once a day")
        : m_checkEveryHours == 1                  ? tr("every hour")
                                                  : tr("every %1 hours").arg(m_checkEveryHours);
    const QString body
        = tr("It checks your accounts %1 and tells you when one needs attention. Quit it from its icon in the tray.")
              .arg(often);
    m_lastSummary = summary;
    m_lastBody = body;
    m_notifier.show({u"keylink-tray"_s, summary, body, {}, u"io.keylink.Keylink"_s, false});
}

} // namespace keylink
