#include "accounts/AccountDetailsView.h"
#include "accounts/AccountListModel.h"
#include "accounts/AccountSortModel.h"
#include "accounts/CheckTimeline.h"
#include "core/Translations.h"
#include "link/LinkService.h"
#include "services/Services.h"
#include "store/AccountStore.h"
#include "tray/NoticeComposer.h"
#include "tray/TrayIcon.h"

#include "MemorySecretStore.h"
#include "TestServices.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace keylink;

// What Keylink says about its accounts without being asked: the tray's
// icon, tooltip and menu, the words of a notification for one event or a
// round of several, the sort by expiry, and the details pane's timeline.
class TestTray : public QObject
{
    Q_OBJECT

private:
    static QString seed(Services &services, const QString &identity, Account::Status status)
    {
        Account a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.providerId = u"front"_s;
        a.methodId = u"api-token"_s;
        a.identityId = identity;
        a.identityName = identity;
        a.environmentId = u"production"_s;
        a.linkedAt = QDateTime::currentDateTimeUtc();
        a.status = status;
        a.statusMessage = status == Account::Status::NeedsAttention ? u"Front refused the token."_s : QString();
        QString error;
        if (!services.store().insert(a, &error))
            qFatal("%s", qPrintable(error));
        return a.id;
    }

    static void setStatus(Services &services, const QString &id, Account::Status status)
    {
        QString error;
        QCOMPARE(services.store().update(
                     id,
                     [status](Account &a) {
                         a.status = status;
                         return true;
                     },
                     &error),
            AccountStore::Result::Done);
    }

    static QStringList texts(const QMenu *menu)
    {
        QStringList list;
        for (const QAction *a : menu->actions())
            list << (a->isSeparator() ? u"--"_s : a->text());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the app does: English plural forms come from keylink_en.
        QCOMPARE(Translations::install(qApp, u"en"_s), u"en"_s);
    }

    void theTrayListsWhatNeedsAttention()
    {
        MemorySecretStore secrets;
        TestServices services({}, &secrets);
        const QString fine = seed(*services, u"Globex"_s, Account::Status::Verified);
        const QString refused = seed(*services, u"Initech"_s, Account::Status::NeedsAttention);
        TrayIcon tray(services->catalog(), services->store());
        QCOMPARE(tray.state(), TrayIcon::State::Attention);
        QCOMPARE(texts(tray.menu()),
            (QStringList {u"1 account needs attention"_s, u"Relink Front — Initech…"_s, u"--"_s,
                u"&Verify all accounts"_s, u"&Open Keylink"_s, u"--"_s, u"&Quit Keylink"_s}));
        QVERIFY(tray.toolTip().contains(u"1 account needs attention"_s));

        QSignalSpy relink(&tray, &TrayIcon::relinkRequested);
        tray.menu()->actions().at(1)->trigger();
        QCOMPARE(relink.size(), 1);
        QCOMPARE(relink.first().first().toString(), refused);

        // Fixed: the entry goes, the icon is fine again. An unreachable
        // account is no alarm, but the tooltip says it.
        setStatus(*services, refused, Account::Status::Verified);
        setStatus(*services, fine, Account::Status::Unreachable);
        QCOMPARE(tray.state(), TrayIcon::State::Fine);
        QCOMPARE(texts(tray.menu()).first(), u"&Verify all accounts"_s);
        QVERIFY(tray.toolTip().contains(u"No account needs attention"_s));
        QVERIFY(tray.toolTip().contains(u"1 could not be checked"_s));
        tray.setNews(u"Front — Initech works again"_s);
        QVERIFY(tray.toolTip().endsWith(u"Front — Initech works again"_s));
    }

    void oneEventIsOneNotificationWithItsActions()
    {
        MemorySecretStore secrets;
        TestServices services({}, &secrets);
        const QString id = seed(*services, u"Initech"_s, Account::Status::NeedsAttention);
        const DesktopNotifier::Notification n = NoticeComposer::compose(
            {WatchEvent::of(WatchEvent::Kind::NeedsAttention, id, u"Front says the token is not valid."_s)},
            services->catalog(), services->store());
        QCOMPARE(n.summary, u"Front — Initech needs attention"_s);
        QVERIFY(n.body.startsWith(u"Front says the token is not valid."_s));
        QVERIFY(n.urgent);
        QStringList keys;
        for (const DesktopNotifier::Action &a : n.actions)
            keys << a.key;
        QCOMPARE(keys, (QStringList {u"relink:"_s + id, u"details:"_s + id, u"default"_s}));
        QCOMPARE(n.actions.first().label, u"Relink"_s);

        WatchEvent soon = WatchEvent::of(WatchEvent::Kind::Expiring, id);
        soon.daysLeft = 3;
        soon.expiresAt = QDateTime::currentDateTimeUtc().addDays(3);
        const DesktopNotifier::Notification reminder
            = NoticeComposer::compose({soon}, services->catalog(), services->store());
        QCOMPARE(reminder.summary, u"Front — Initech expires in 3 days"_s);
        QVERIFY(!reminder.urgent);

        const DesktopNotifier::Notification back = NoticeComposer::compose(
            {WatchEvent::of(WatchEvent::Kind::Recovered, id)}, services->catalog(), services->store());
        QCOMPARE(back.summary, u"Front — Initech works again"_s);
        QCOMPARE(back.actions.first().key, u"details:"_s + id); // nothing to relink
    }

    void severalEventsAreOneNotification()
    {
        MemorySecretStore secrets;
        TestServices services({}, &secrets);
        QList<WatchEvent> events;
        for (const QString &name : {u"A"_s, u"B"_s, u"C"_s})
            events << WatchEvent::of(
                WatchEvent::Kind::NeedsAttention, seed(*services, name, Account::Status::NeedsAttention), u"refused"_s);
        events << WatchEvent::of(WatchEvent::Kind::Recovered, seed(*services, u"D"_s, Account::Status::Verified));
        const DesktopNotifier::Notification n = NoticeComposer::compose(events, services->catalog(), services->store());
        QCOMPARE(n.summary, u"3 accounts need attention"_s);
        QCOMPARE(n.body.split(u'\n').size(), 4);
        QVERIFY(n.body.contains(u"Front — D works again"_s));
        QCOMPARE(n.actions.first().key, u"details:"_s); // no single account to relink
    }

    void theListSortsByExpirySoonest()
    {
        MemorySecretStore secrets;
        TestServices services({}, &secrets);
        const QString none = seed(*services, u"Aaa"_s, Account::Status::Verified);
        const QString later = seed(*services, u"Bbb"_s, Account::Status::Verified);
        const QString sooner = seed(*services, u"Ccc"_s, Account::Status::Verified);
        QString error;
        QVERIFY(services->links().setExpiry(later, QDateTime::currentDateTimeUtc().addDays(40), &error));
        QVERIFY(services->links().setExpiry(sooner, QDateTime::currentDateTimeUtc().addDays(4), &error));
        AccountListModel model(services->catalog(), services->store());
        AccountSortModel sorted;
        sorted.setSourceModel(&model);
        auto order = [&] {
            QStringList ids;
            for (int row = 0; row < sorted.rowCount(); ++row)
                ids << sorted.index(row, 0).data(AccountListModel::AccountIdRole).toString();
            return ids;
        };
        QCOMPARE(order(), (QStringList {none, later, sooner}));
        sorted.setOrder(AccountSortModel::Order::ExpiresSoonest);
        QCOMPARE(order(), (QStringList {sooner, later, none}));
        // Past its end date: Expired, whatever the last check said.
        QVERIFY(services->links().setExpiry(sooner, QDateTime::currentDateTimeUtc().addSecs(-60), &error));
        QCOMPARE(model.indexOf(sooner).data(AccountListModel::StatusTextRole).toString(), u"Expired"_s);
    }

    void theTimelineFoldsRunsOfTheSameOutcome()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<CheckRecord> history;
        for (int i = 5; i >= 3; --i)
            history << CheckRecord {now.addDays(-i), CheckRecord::Outcome::Verified, {}};
        history << CheckRecord {now.addSecs(-7200), CheckRecord::Outcome::Unreachable, u"Connection refused"_s};
        history << CheckRecord {now.addSecs(-3600), CheckRecord::Outcome::Unreachable, u"Connection refused"_s};
        history << CheckRecord {now.addSecs(-60), CheckRecord::Outcome::Rejected, u"Invalid token"_s};
        CheckTimeline timeline;
        timeline.setHistory(history);
        const QStringList lines = timeline.summary().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"Refused by the provider, "_s), qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).endsWith(u": Invalid token"_s));
        QVERIFY2(lines.at(1).startsWith(u"Could not reach the provider, 2 checks, from "_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"Verified, 3 checks, from "_s), qPrintable(lines.at(2)));
        QCOMPARE(timeline.accessibleDescription(), timeline.summary());
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
