#include "tray/DesktopNotifier.h"

#include "NotificationServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// Desktop notifications against a notification server on the test's own
// session bus (scripts/test runs every test under dbus-run-session): what
// Keylink sends with Notify, replacing by tag, actions coming back, and a
// desktop without a notification service.
class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private:
    NotificationServer m_server;

    static DesktopNotifier::Notification attention()
    {
        return {u"news"_s, u"Front — Initech needs attention"_s, u"Front said: <b>Invalid</b> token & more"_s,
            {{u"relink:a1"_s, u"Relink"_s}, {u"details:a1"_s, u"Details"_s}}, u"io.keylink.Keylink"_s, true};
    }

private Q_SLOTS:
    void init()
    {
        m_server.setCapabilities({u"actions"_s, u"body"_s, u"body-markup"_s});
        QVERIFY(m_server.start());
        m_server.clear();
    }

    void aNotificationArrivesAsDocumented()
    {
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.show(attention());
        QVERIFY(shown.wait(5000));
        QCOMPARE(m_server.received().size(), 1);
        const NotificationServer::Received &n = m_server.received().first();
        QCOMPARE(n.appName, u"Keylink"_s);
        QCOMPARE(n.replacesId, 0u);
        QCOMPARE(n.icon, u"io.keylink.Keylink"_s);
        QCOMPARE(n.summary, u"Front — Initech needs attention"_s);
        // Plain text, escaped for a server that reads markup.
        QCOMPARE(n.body, u"Front said: &lt;b&gt;Invalid&lt;/b&gt; token &amp; more"_s);
        QCOMPARE(n.actions, (QStringList {u"relink:a1"_s, u"Relink"_s, u"details:a1"_s, u"Details"_s}));
        QCOMPARE(n.hints.value(u"desktop-entry"_s).toString(), u"io.keylink.Keylink"_s);
        QCOMPARE(n.hints.value(u"urgency"_s).value<uchar>(), uchar(2));
        QCOMPARE(n.timeout, -1);
        QCOMPARE(shown.first().at(1).toUInt(), n.id);
    }

    void theSameTagReplacesTheLastOne()
    {
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.show(attention());
        QVERIFY(shown.wait(5000));
        DesktopNotifier::Notification again = attention();
        again.summary = u"2 accounts need attention"_s;
        notifier.show(again);
        QVERIFY(shown.wait(5000));
        QCOMPARE(m_server.received().size(), 2);
        QCOMPARE(m_server.received().at(1).replacesId, m_server.received().at(0).id);
    }

    void anActionComesBackByTag()
    {
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
        notifier.show(attention());
        QVERIFY(shown.wait(5000));
        // Another program's notification: not ours to answer.
        m_server.invokeAction(9999, u"relink:a1"_s);
        m_server.invokeAction(m_server.received().first().id, u"relink:a1"_s);
        QVERIFY(invoked.wait(5000));
        QCOMPARE(invoked.size(), 1);
        QCOMPARE(invoked.first().at(0).toString(), u"news"_s);
        QCOMPARE(invoked.first().at(1).toString(), u"relink:a1"_s);
    }

    void noActionsWhereTheServerShowsNone()
    {
        m_server.setCapabilities({u"body"_s});
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.show(attention());
        QVERIFY(shown.wait(5000));
        QVERIFY(m_server.received().first().actions.isEmpty());
        QCOMPARE(m_server.received().first().summary, attention().summary);
        // Without body-markup the server shows the body as it is: not escaped.
        QCOMPARE(m_server.received().first().body, attention().body);
    }

    void withdrawCloses()
    {
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.show(attention());
        QVERIFY(shown.wait(5000));
        notifier.withdraw(u"news"_s);
        QTRY_COMPARE(m_server.closed().size(), 1);
        QCOMPARE(m_server.closed().first(), m_server.received().first().id);
    }

    void noServiceIsSaidAndNothingFails()
    {
        m_server.stop();
        DesktopNotifier notifier;
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.show(attention());
        QVERIFY(unavailable.wait(10000));
        QVERIFY(notifier.lastCallFailed());
        QCOMPARE(shown.size(), 0);
        // Back: the next notification gets through.
        QVERIFY(m_server.start());
        notifier.show(attention());
        QVERIFY(shown.wait(5000));
        QVERIFY(!notifier.lastCallFailed());
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
