#include "accounts/MainWindow.h"
#include "core/Translations.h"
#include "link/AccountChecker.h"
#include "link/LinkService.h"
#include "services/Services.h"
#include "store/AccountStore.h"
#include "tray/BackgroundPresence.h"
#include "tray/DesktopNotifier.h"
#include "watch/BackgroundChecks.h"

#include "Answer.h"
#include "FakeClock.h"
#include "FakeProviders.h"
#include "ProviderAnswers.h"
#include "TestSecrets.h"
#include "TestServices.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// Keylink's notifications against a notification server it did not write:
// dunst, on the test's session bus, drawing on an Xvfb display of its own.
// A click on the notification is dunst's own ActionInvoked ("dunstctl
// action 0" clicks the newest), and Keylink must answer it.
class TestDunst : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QProcess m_display;
    QProcess m_dunst;
    QString m_displayName;
    FakeProviders m_providers;

    static QString dunstctl(const QStringList &arguments, const QString &display)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DISPLAY"_s, display);
        p.setProcessEnvironment(env);
        p.start(u"dunstctl"_s, arguments);
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            return u"(dunstctl %1 failed: %2)"_s.arg(arguments.join(u' '), QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    int displayed() const
    {
        const QString count = dunstctl({u"count"_s, u"displayed"_s}, m_displayName).trimmed();
        bool ok = false;
        const int n = count.toInt(&ok);
        return ok ? n : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCOMPARE(Translations::install(qApp, u"en"_s), u"en"_s);
        qRegisterMetaType<CheckOutcome>();
        // An X display for dunst alone (the test itself runs offscreen).
        m_display.start(
            u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"800x600x24"_s, u"-nolisten"_s, u"tcp"_s});
        QVERIFY2(m_display.waitForStarted(10000), "Xvfb is needed (scripts/bootstrap installs it)");
        QTRY_VERIFY_WITH_TIMEOUT(m_display.canReadLine(), 15000);
        m_displayName = u":"_s + QString::fromLatin1(m_display.readLine()).trimmed();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DISPLAY"_s, m_displayName);
        m_dunst.setProcessEnvironment(env);
        m_dunst.start(u"dunst"_s, {u"-config"_s, m_config.filePath(u"none"_s)});
        QVERIFY2(m_dunst.waitForStarted(10000), "dunst is needed (scripts/bootstrap installs it)");
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        QVERIFY(bus);
        QTRY_VERIFY_WITH_TIMEOUT(bus->isServiceRegistered(u"org.freedesktop.Notifications"_s), 15000);
        QVERIFY(m_providers.start());
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontMe());
    }

    void cleanupTestCase()
    {
        m_dunst.terminate();
        m_dunst.waitForFinished(5000);
        m_display.terminate();
        m_display.waitForFinished(5000);
    }

    void dunstTakesItAndClicksComeBack()
    {
        QDBusMessage info = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s,
            u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, u"GetServerInformation"_s);
        const QDBusMessage answer = QDBusConnection::sessionBus().call(info, QDBus::Block, 5000);
        QCOMPARE(answer.arguments().value(0).toString(), u"dunst"_s);

        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
        notifier.show({u"news"_s, u"Front — Initech needs attention"_s, u"Front said: Invalid token"_s,
            {{u"relink:a1"_s, u"Relink"_s}, {u"default"_s, u"Open Keylink"_s}}, u"io.keylink.Keylink"_s, true});
        QVERIFY(shown.wait(10000));
        QTRY_COMPARE(displayed(), 1);
        QVERIFY(dunstctl({u"action"_s, u"0"_s}, m_displayName).isEmpty());
        QVERIFY(invoked.wait(10000));
        QCOMPARE(invoked.first().at(0).toString(), u"news"_s);
        QCOMPARE(invoked.first().at(1).toString(), u"default"_s);
        dunstctl({u"close-all"_s}, m_displayName);
        QTRY_COMPARE(displayed(), 0);
    }

    void aClickOnTheNewsShowsTheAccount()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const Provider *front = services->catalog().provider(u"front"_s);
        Account draft;
        draft.providerId = front->id;
        draft.methodId = u"api-token"_s;
        draft.identityId = u"cmp_dunst"_s;
        draft.identityName = u"Initech"_s;
        draft.environmentId = u"production"_s;
        Answer<LinkOutcome> saved;
        services->links().save(draft,
            {{u"token"_s, u"eyJhbGciOiJIUzI1NiJ9.dunst."_s + QLatin1String(KEYLINK_TEST_SECRET_MARKER)}},
            saved.callback());
        QTRY_VERIFY(saved.arrived());
        QVERIFY(saved.value().ok());
        const QString id = saved.value().account.id;
        // A second account, selected in the window: the click must move the selection.
        Account other = draft;
        other.identityId = u"cmp_other"_s;
        other.identityName = u"Globex"_s;
        Answer<LinkOutcome> second;
        services->links().save(other,
            {{u"token"_s, u"eyJhbGciOiJIUzI1NiJ9.other."_s + QLatin1String(KEYLINK_TEST_SECRET_MARKER)}},
            second.callback());
        QTRY_VERIFY(second.arrived());
        QVERIFY(second.value().ok());

        MainWindow window(*services);
        DesktopNotifier notifier;
        BackgroundPresence presence(*services, window, notifier, true);
        services->background().setProviderSpacing(0);
        Preferences preferences;
        preferences.checkEveryHours = 1;
        presence.start(preferences, true);
        window.selectAccount(second.value().account.id);
        QString error;
        QVERIFY(services->links().setExpiry(id, clock.now().addSecs(2 * 24 * 3600), &error));
        clock.advance(1); // the reminder, drawn by dunst
        QTRY_COMPARE(displayed(), 1);
        QVERIFY(!window.isVisible());
        QVERIFY(dunstctl({u"action"_s, u"0"_s}, m_displayName).isEmpty());
        QTRY_VERIFY(window.isVisible());
        QVERIFY(window.currentAccount());
        QCOMPARE(window.currentAccount()->id, id);
        dunstctl({u"close-all"_s}, m_displayName);
    }
};

QTEST_MAIN(TestDunst)
#include "tst_dunst.moc"
