#include "accounts/MainWindow.h"
#include "core/Translations.h"
#include "link/AccountChecker.h"
#include "link/LinkService.h"
#include "services/Services.h"
#include "store/AccountStore.h"
#include "tray/BackgroundPresence.h"
#include "tray/DesktopNotifier.h"
#include "tray/TrayIcon.h"
#include "watch/BackgroundChecks.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include "Answer.h"
#include "FakeClock.h"
#include "FakeProviders.h"
#include "NotificationServer.h"
#include "ProviderAnswers.h"
#include "TestSecrets.h"
#include "TestServices.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// Keylink watching from the tray, end to end: the window closed to the
// tray, checks every hour on a clock the test moves, Front played on
// loopback and switched between good, revoked and down, the real keychain,
// and a notification server on the test's session bus that records what
// Keylink sends and clicks its buttons.
class TestWatchWindow : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Hour = 60 * 60;
    QTemporaryDir m_config;
    FakeProviders m_providers;
    NotificationServer m_server;

    static QString linkFront(Services &services, const QString &identity)
    {
        const Provider *front = services.catalog().provider(u"front"_s);
        const AuthMethod *method = front->authMethod(u"api-token"_s);
        Account draft;
        draft.providerId = front->id;
        draft.methodId = method->id;
        draft.identityId = identity;
        draft.identityName = u"Initech"_s;
        draft.environmentId = u"production"_s;
        draft.actions = {u"front_list_conversations"_s};
        draft.scopes = method->scopesForActions(draft.actions);
        Answer<LinkOutcome> saved;
        const QString token
            = u"eyJhbGciOiJIUzI1NiJ9.tray-"_s + identity + u"."_s + QLatin1String(KEYLINK_TEST_SECRET_MARKER);
        services.links().save(draft, {{u"token"_s, token}}, saved.callback());
        if (!QTest::qWaitFor([&] { return saved.arrived(); }, 10000) || !saved.value().ok())
            return {};
        const QString id = saved.value().account.id;
        QSignalSpy finished(&services.checker(), &AccountChecker::finished);
        services.checker().check(id);
        return finished.wait(15000) ? id : QString();
    }

    static bool advanceAndWait(FakeClock &clock, Services &services, qint64 seconds)
    {
        QSignalSpy finished(&services.checker(), &AccountChecker::finished);
        clock.advance(seconds);
        return finished.wait(15000);
    }

    static QStringList keys(const NotificationServer::Received &n)
    {
        QStringList list;
        for (qsizetype i = 0; i + 1 < n.actions.size(); i += 2)
            list << n.actions.at(i);
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // the "said once" mark
        QCOMPARE(Translations::install(qApp, u"en"_s), u"en"_s);
        qRegisterMetaType<CheckOutcome>();
        QVERIFY(m_providers.start());
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontMe());
    }

    void init() { QVERIFY(m_server.start()); }

    void closedToTrayItWatchesAndTells()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString id = linkFront(*services, u"cmp_tray"_s);
        QVERIFY(!id.isEmpty());
        MainWindow window(*services);
        DesktopNotifier notifier;
        BackgroundPresence presence(*services, window, notifier, true); // a desktop with a tray
        services->background().setProviderSpacing(0); // tst_backgroundchecks checks the spacing
        Preferences preferences;
        preferences.checkEveryHours = 1;
        presence.start(preferences, false);
        QVERIFY(window.isVisible());

        // Closed: hidden in the tray, not quit; said once, the first time.
        window.close();
        QVERIFY(!window.isVisible());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QVERIFY(presence.tray().isVisible());
        QTRY_COMPARE(m_server.received().size(), 1);
        QCOMPARE(m_server.received().at(0).summary, u"Keylink is still running"_s);
        QVERIFY(m_server.received().at(0).body.contains(u"every hour"_s));
        window.present({});
        window.close(); // not said again

        // Front revokes the token: one notification whose Relink opens the
        // wizard on that account.
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token"));
        QVERIFY(advanceAndWait(clock, *services, Hour + 1));
        QTRY_COMPARE(m_server.received().size(), 2);
        const NotificationServer::Received revoked = m_server.received().at(1);
        QCOMPARE(revoked.summary, u"Front — Initech needs attention"_s);
        QCOMPARE(keys(revoked), (QStringList {u"relink:"_s + id, u"details:"_s + id, u"default"_s}));
        QCOMPARE(revoked.hints.value(u"urgency"_s).value<uchar>(), uchar(2));
        QCOMPARE(presence.tray().state(), TrayIcon::State::Attention);
        QVERIFY(!window.isVisible());
        m_server.invokeAction(revoked.id, u"relink:"_s + id);
        QTRY_VERIFY(window.isVisible() && window.wizard());
        QCOMPARE(window.wizard()->pending().relinkId(), id);
        window.wizard()->reject();
        QTRY_VERIFY(!window.wizard());
        window.close();

        // The token works again: told as a recovery.
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontMe());
        QVERIFY(advanceAndWait(clock, *services, Hour + 1));
        QTRY_COMPARE(m_server.received().size(), 3);
        QCOMPARE(m_server.received().at(2).summary, u"Front — Initech works again"_s);
        QCOMPARE(presence.tray().state(), TrayIcon::State::Fine);

        // Front down: Unreachable, and no notification.
        QSignalSpy noticed(&services->background(), &BackgroundChecks::noticed);
        m_providers.front.goOffline();
        QVERIFY(advanceAndWait(clock, *services, Hour + 1));
        QCOMPARE(services->store().account(id)->status, Account::Status::Unreachable);
        QCOMPARE(noticed.size(), 0);
        // Back (the network returns): checked at once, cleared, no notification.
        QVERIFY(m_providers.front.goOnline());
        QSignalSpy finished(&services->checker(), &AccountChecker::finished);
        services->background().networkReturned();
        QVERIFY(finished.wait(15000));
        QCOMPARE(services->store().account(id)->status, Account::Status::Verified);
        QCOMPARE(noticed.size(), 0);

        // An end date three days ahead: a reminder, the next notification.
        QString error;
        QVERIFY(services->links().setExpiry(id, clock.now().addSecs(3 * 24 * Hour - 60), &error));
        clock.advance(1);
        QTRY_COMPARE(m_server.received().size(), 4);
        QCOMPARE(m_server.received().at(3).summary, u"Front — Initech expires in 3 days"_s);
        QVERIFY(keys(m_server.received().at(3)).contains(u"relink:"_s + id));
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontMe());
    }

    void theTrayMenuRelinks()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString id = linkFront(*services, u"cmp_menu"_s);
        QVERIFY(!id.isEmpty());
        QString error;
        QCOMPARE(services->store().update(
                     id,
                     [](Account &a) {
                         a.status = Account::Status::NeedsAttention;
                         return true;
                     },
                     &error),
            AccountStore::Result::Done);
        MainWindow window(*services);
        DesktopNotifier notifier;
        BackgroundPresence presence(*services, window, notifier, true);
        Preferences preferences;
        presence.start(preferences, true); // started at login: straight to the tray
        QVERIFY(!window.isVisible());
        QAction *relink = nullptr;
        for (QAction *a : presence.tray().menu()->actions())
            relink = a->text() == u"Relink Front — Initech…"_s ? a : relink;
        QVERIFY(relink);
        relink->trigger();
        QTRY_VERIFY(window.isVisible() && window.wizard());
        QCOMPARE(window.wizard()->pending().relinkId(), id);
        window.wizard()->reject();
    }

    void withoutANotificationServiceTheTrayTells()
    {
        m_server.stop();
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString id = linkFront(*services, u"cmp_quiet"_s);
        QVERIFY(!id.isEmpty());
        MainWindow window(*services);
        DesktopNotifier notifier;
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        BackgroundPresence presence(*services, window, notifier, true);
        services->background().setProviderSpacing(0);
        Preferences preferences;
        preferences.checkEveryHours = 1;
        presence.start(preferences, false);
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token"));
        QVERIFY(advanceAndWait(clock, *services, Hour + 1));
        QVERIFY(unavailable.wait(10000));
        QVERIFY(presence.tray().toolTip().contains(u"Front — Initech needs attention"_s));
        QCOMPARE(window.statusBar()->currentMessage(), u"Front — Initech needs attention"_s);
        QCOMPARE(services->store().account(id)->status, Account::Status::NeedsAttention);
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontMe());
    }
};

QTEST_MAIN(TestWatchWindow)
#include "tst_watchwindow.moc"
