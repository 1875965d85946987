#include "link/AccountChecker.h"
#include "link/LinkService.h"
#include "services/Services.h"
#include "store/AccountStore.h"
#include "watch/BackgroundChecks.h"

#include "Answer.h"
#include "FakeClock.h"
#include "FakeProviders.h"
#include "ProviderAnswers.h"
#include "TestSecrets.h"
#include "TestServices.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// The calendar's checks, against the real keychain and Front played on
// loopback, with a clock the test moves on by hours: what becomes news
// (a refusal, a lost scope, a recovery, a day-long outage, an end date) and
// what does not (an outage, a rate limit), the backoff, and the history.
class TestBackgroundChecks : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Hour = 60 * 60;
    static constexpr qint64 Day = 24 * Hour;
    FakeProviders m_providers;

    static QString token(const QString &name)
    {
        return u"eyJhbGciOiJIUzI1NiJ9.watch-"_s + name + u"."_s + QLatin1String(KEYLINK_TEST_SECRET_MARKER);
    }

    // A Front account linked for real, then checked once (Verified, one
    // history entry) so the schedule starts from a known check.
    static QString linkFront(Services &services, const QString &identity, const QStringList &actions)
    {
        const Provider *front = services.catalog().provider(u"front"_s);
        const AuthMethod *method = front->authMethod(u"api-token"_s);
        Account draft;
        draft.providerId = front->id;
        draft.methodId = method->id;
        draft.identityId = identity;
        draft.identityName = u"Initech"_s;
        draft.environmentId = u"production"_s;
        draft.actions = actions;
        draft.scopes = method->scopesForActions(draft.actions);
        Answer<LinkOutcome> saved;
        services.links().save(draft, {{u"token"_s, token(identity)}}, saved.callback());
        if (!QTest::qWaitFor([&] { return saved.arrived(); }, 10000) || !saved.value().ok())
            return {};
        const QString id = saved.value().account.id;
        QSignalSpy finished(&services.checker(), &AccountChecker::finished);
        services.checker().check(id);
        return finished.wait(15000) ? id : QString();
    }

    // Moves the clock on and waits for the checks that start to finish.
    static bool advanceAndWait(FakeClock &clock, Services &services, qint64 seconds, int checks = 1)
    {
        QSignalSpy finished(&services.checker(), &AccountChecker::finished);
        clock.advance(seconds);
        return QTest::qWaitFor([&] { return finished.size() >= checks; }, 15000);
    }

    static QList<WatchEvent> events(const QSignalSpy &spy)
    {
        QList<WatchEvent> all;
        for (const QList<QVariant> &call : spy)
            all.append(call.first().value<QList<WatchEvent>>());
        return all;
    }

    static QList<CheckRecord::Outcome> outcomes(const Account &a)
    {
        QList<CheckRecord::Outcome> list;
        for (const CheckRecord &c : a.history)
            list.append(c.outcome);
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckOutcome>();
        qRegisterMetaType<QList<WatchEvent>>();
        QVERIFY(m_providers.start());
    }

    void init()
    {
        QVERIFY(m_providers.front.goOnline()); // a test that failed offline left it so
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontMe());
        m_providers.front.on(u"/events"_s, ProviderAnswers::frontList());
        m_providers.front.clearRequests();
    }

    void aRevokedTokenIsNewsOnce()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString id = linkFront(*services, u"cmp_revoke"_s, {u"front_list_conversations"_s});
        QVERIFY(!id.isEmpty());
        QCOMPARE(services->store().account(id)->status, Account::Status::Verified);
        BackgroundChecks &watch = services->background();
        watch.setProviderSpacing(0); // spacing has a test of its own
        watch.setIntervalHours(1);
        QSignalSpy noticed(&watch, &BackgroundChecks::noticed);
        watch.start();
        QCOMPARE(m_providers.front.count(u"/me"_s), 1); // just checked: not due

        m_providers.front.on(u"/me"_s, ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token"));
        QVERIFY(advanceAndWait(clock, *services, Hour + 1));
        QCOMPARE(services->store().account(id)->status, Account::Status::NeedsAttention);
        QTRY_COMPARE(noticed.size(), 1);
        const QList<WatchEvent> news = events(noticed);
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.first().kind, WatchEvent::Kind::NeedsAttention);
        QCOMPARE(news.first().accountId, id);

        // Still refused an hour later: not news again.
        QVERIFY(advanceAndWait(clock, *services, Hour + 1));
        QCOMPARE(m_providers.front.count(u"/me"_s), 3);
        QCOMPARE(noticed.size(), 1);

        // Working again: told as a recovery.
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontMe());
        QVERIFY(advanceAndWait(clock, *services, Hour + 1));
        QTRY_COMPARE(noticed.size(), 2);
        QCOMPARE(events(noticed).last().kind, WatchEvent::Kind::Recovered);
        QCOMPARE(outcomes(*services->store().account(id)),
            (QList<CheckRecord::Outcome> {CheckRecord::Outcome::Verified, CheckRecord::Outcome::Rejected,
                CheckRecord::Outcome::Rejected, CheckRecord::Outcome::Verified}));
    }

    void anOutageIsUnreachableQuietAndBacksOff()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString id = linkFront(*services, u"cmp_outage"_s, {u"front_list_conversations"_s});
        QVERIFY(!id.isEmpty());
        const QDateTime lastGood = services->store().account(id)->lastVerified;
        BackgroundChecks &watch = services->background();
        watch.setProviderSpacing(0); // spacing has a test of its own
        watch.setIntervalHours(1);
        QSignalSpy noticed(&watch, &BackgroundChecks::noticed);
        watch.start();

        m_providers.front.goOffline();
        QVERIFY(advanceAndWait(clock, *services, Hour + 1));
        const Account down = *services->store().account(id);
        QCOMPARE(down.status, Account::Status::Unreachable);
        QVERIFY(down.unreachableSince.isValid());
        QCOMPARE(down.lastVerified, lastGood); // the time of the last good check stays
        QVERIFY(down.statusMessage.startsWith(u"The last check could not finish"_s));
        QCOMPARE(down.history.last().outcome, CheckRecord::Outcome::Unreachable);
        // Tried again after 5 minutes, then 10: not after the full hour.
        QCOMPARE(clock.now().secsTo(watch.nextCheck(id)), BackgroundChecks::FirstRetrySeconds);
        QVERIFY(advanceAndWait(clock, *services, BackgroundChecks::FirstRetrySeconds));
        QCOMPARE(clock.now().secsTo(watch.nextCheck(id)), 2 * BackgroundChecks::FirstRetrySeconds);
        QCOMPARE(services->store().account(id)->unreachableSince, down.unreachableSince);

        // The network comes back: checked at once, not after its backoff.
        QVERIFY(m_providers.front.goOnline());
        QSignalSpy finished(&services->checker(), &AccountChecker::finished);
        watch.networkReturned();
        QVERIFY(finished.wait(15000));
        const Account up = *services->store().account(id);
        QCOMPARE(up.status, Account::Status::Verified);
        QVERIFY(!up.unreachableSince.isValid());
        QCOMPARE(clock.now().secsTo(watch.nextCheck(id)), Hour);
        QCOMPARE(noticed.size(), 0); // an outage under a day is nobody's news
    }

    void aRateLimitIsNotAnAlarm()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString id = linkFront(*services, u"cmp_limited"_s, {u"front_list_conversations"_s});
        QVERIFY(!id.isEmpty());
        BackgroundChecks &watch = services->background();
        watch.setProviderSpacing(0); // spacing has a test of its own
        watch.setIntervalHours(6);
        QSignalSpy noticed(&watch, &BackgroundChecks::noticed);
        watch.start();
        FakeResponse limited = ProviderAnswers::frontError(429, "Too Many Requests", "Rate limit exceeded");
        limited.headers = {{"retry-after", "20"}};
        m_providers.front.on(u"/me"_s, limited);
        QVERIFY(advanceAndWait(clock, *services, 6 * Hour + 1));
        QCOMPARE(services->store().account(id)->status, Account::Status::Unreachable);
        QCOMPARE(noticed.size(), 0);
    }

    void anOutageOverADayIsToldOnceAndItsEnd()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString id = linkFront(*services, u"cmp_longoutage"_s, {u"front_list_conversations"_s});
        QVERIFY(!id.isEmpty());
        BackgroundChecks &watch = services->background();
        watch.setProviderSpacing(0); // spacing has a test of its own
        watch.setIntervalHours(6);
        QSignalSpy noticed(&watch, &BackgroundChecks::noticed);
        watch.start();
        m_providers.front.goOffline();
        QVERIFY(advanceAndWait(clock, *services, 6 * Hour + 1));
        QCOMPARE(noticed.size(), 0);
        // The outage began at the real time of that check; a day on (in the
        // clock's time) the next check finds it still down: told once.
        QVERIFY(advanceAndWait(clock, *services, Day + Hour));
        QTRY_COMPARE(noticed.size(), 1);
        QCOMPARE(events(noticed).first().kind, WatchEvent::Kind::UnreachableLong);
        QVERIFY(advanceAndWait(clock, *services, 6 * Hour + 1));
        QCOMPARE(noticed.size(), 1);

        QVERIFY(m_providers.front.goOnline());
        QVERIFY(advanceAndWait(clock, *services, 6 * Hour + 1));
        QTRY_COMPARE(noticed.size(), 2);
        QCOMPARE(events(noticed).last().kind, WatchEvent::Kind::Recovered);
    }

    void aLostScopeIsTold()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString id
            = linkFront(*services, u"cmp_scope"_s, {u"front_list_conversations"_s, u"front_list_events"_s});
        QVERIFY(!id.isEmpty());
        QCOMPARE(services->store().account(id)->status, Account::Status::Verified);
        BackgroundChecks &watch = services->background();
        watch.setProviderSpacing(0); // spacing has a test of its own
        watch.setIntervalHours(24);
        QSignalSpy noticed(&watch, &BackgroundChecks::noticed);
        watch.start();
        m_providers.front.on(
            u"/events"_s, ProviderAnswers::frontError(403, "Forbidden", "Missing required scopes: [events:*:read]"));
        QVERIFY(advanceAndWait(clock, *services, Day + 1));
        QTRY_COMPARE(noticed.size(), 1);
        const WatchEvent lost = events(noticed).first();
        QCOMPARE(lost.kind, WatchEvent::Kind::ScopeLost);
        QCOMPARE(lost.scopes.size(), 1);
        QCOMPARE(services->store().account(id)->history.last().outcome, CheckRecord::Outcome::ScopesMissing);
    }

    void oneCheckPerProviderAtATime()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        QStringList ids;
        for (const QString &name : {u"cmp_a"_s, u"cmp_b"_s, u"cmp_c"_s})
            ids.append(linkFront(*services, name, {u"front_list_conversations"_s}));
        QVERIFY(!ids.contains(QString()));
        FakeResponse slow = ProviderAnswers::frontMe();
        slow.delayMs = 100;
        m_providers.front.on(u"/me"_s, slow);
        BackgroundChecks &watch = services->background();
        watch.setProviderSpacing(0); // spacing has a test of its own
        watch.setIntervalHours(1);
        watch.start();
        const int before = m_providers.front.count(u"/me"_s);
        QVERIFY(advanceAndWait(clock, *services, Hour + 1, 3));
        QCOMPARE(m_providers.front.count(u"/me"_s), before + 3);
        QCOMPARE(m_providers.front.maxInFlight(), 1);
    }

    void checksOfOneProviderAreSpacedInRealTime()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString a = linkFront(*services, u"cmp_space_a"_s, {u"front_list_conversations"_s});
        const QString b = linkFront(*services, u"cmp_space_b"_s, {u"front_list_conversations"_s});
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        BackgroundChecks &watch = services->background();
        watch.setIntervalHours(1);
        watch.setProviderSpacing(400);
        watch.start();
        QElapsedTimer elapsed;
        elapsed.start();
        QList<qint64> starts;
        connect(&services->checker(), &AccountChecker::started, this, [&] { starts << elapsed.elapsed(); });
        QVERIFY(advanceAndWait(clock, *services, Hour + 1, 2));
        QCOMPARE(starts.size(), 2);
        // One request and one scope probe: twice the spacing.
        QVERIFY2(starts.at(1) - starts.at(0) >= 800, qPrintable(QString::number(starts.at(1) - starts.at(0))));
    }

    void offMeansNoChecks()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString id = linkFront(*services, u"cmp_off"_s, {u"front_list_conversations"_s});
        QVERIFY(!id.isEmpty());
        BackgroundChecks &watch = services->background();
        watch.setProviderSpacing(0); // spacing has a test of its own
        watch.setIntervalHours(0);
        watch.start();
        const int before = m_providers.front.requests().size();
        clock.advance(3 * Day);
        QVERIFY(!watch.nextCheck(id).isValid());
        QCOMPARE(m_providers.front.requests().size(), before);
    }

    void expiryRemindersComeOnceEach()
    {
        FakeClock clock;
        TestServices services(m_providers.hostMap(), nullptr, {}, &clock);
        const QString id = linkFront(*services, u"cmp_expiry"_s, {u"front_list_conversations"_s});
        QVERIFY(!id.isEmpty());
        QString error;
        const QDateTime end = clock.now().addSecs(20 * Day);
        QVERIFY2(services->links().setExpiry(id, end, &error), qPrintable(error));
        auto watch = std::make_unique<BackgroundChecks>(services->store(), services->checker(), clock);
        watch->setIntervalHours(0); // reminders need no checks
        QSignalSpy noticed(watch.get(), &BackgroundChecks::noticed);
        watch->start();
        QCOMPARE(noticed.size(), 0);

        clock.advance(7 * Day); // 13 days left
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(events(noticed).last().kind, WatchEvent::Kind::Expiring);
        QCOMPARE(events(noticed).last().daysLeft, 13);
        clock.advance(Day); // 12 days left: the 14-day reminder was given
        QCOMPARE(noticed.size(), 1);
        clock.advance(9 * Day + Hour); // under 3 days
        QCOMPARE(noticed.size(), 2);
        QCOMPARE(events(noticed).last().daysLeft, 3);
        clock.advance(2 * Day); // under a day
        QCOMPARE(noticed.size(), 3);
        QCOMPARE(events(noticed).last().daysLeft, 1);
        clock.advance(Day);
        QCOMPARE(noticed.size(), 4);
        QCOMPARE(events(noticed).last().kind, WatchEvent::Kind::Expired);
        QCOMPARE(services->store().account(id)->statusAt(clock.now()), Account::Status::Expired);

        // Remembered in the store: another start tells nothing again.
        watch.reset();
        BackgroundChecks again(services->store(), services->checker(), clock);
        again.setIntervalHours(0);
        QSignalSpy second(&again, &BackgroundChecks::noticed);
        again.start();
        QCOMPARE(second.size(), 0);
        // A new date starts its reminders afresh.
        QVERIFY(services->links().setExpiry(id, clock.now().addSecs(2 * Day), &error));
        clock.advance(1);
        QCOMPARE(second.size(), 1);
        QCOMPARE(events(second).first().daysLeft, 2);
    }

    void theHistoryKeepsTheLastFifty()
    {
        Account a;
        a.id = u"a"_s;
        a.providerId = u"front"_s;
        a.methodId = u"api-token"_s;
        for (int i = 0; i < CheckRecord::Kept + 7; ++i)
            a.record({QDateTime::fromSecsSinceEpoch(i), CheckRecord::Outcome::Verified, QString::number(i)});
        QCOMPARE(a.history.size(), CheckRecord::Kept);
        QCOMPARE(a.history.first().reason, u"7"_s);
        Account back;
        QString error;
        QVERIFY(Account::fromJson(a.toJson(), &back, &error));
        QCOMPARE(back.history.size(), CheckRecord::Kept);
        QCOMPARE(back.history.last().reason, QString::number(CheckRecord::Kept + 6));
        QCOMPARE(back.history.last().time, a.history.last().time);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundChecks)
#include "tst_backgroundchecks.moc"
