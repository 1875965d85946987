#include "watch/BackgroundChecks.h"

#include "core/Clock.h"
#include "core/LoggingCategories.h"
#include "link/AccountChecker.h"
#include "store/AccountStore.h"

#include <QNetworkInformation>

#include <algorithm>

namespace keylink {

namespace {
constexpr qint64 DaySeconds = qint64(24) * 60 * 60;
constexpr qint64 MaxWaitMs = qint64(5) * 60 * 1000; // the wall clock may jump (suspend): look again at least this often

// How many checks in a row, counting back from the last, could not reach the provider.
int failuresInARow(const Account &account)
{
    int n = 0;
    for (auto it = account.history.crbegin(); it != account.history.crend(); ++it) {
        if (it->outcome != CheckRecord::Outcome::Unreachable)
            break;
        ++n;
    }
    return n;
}

// The reminder due for an end date `secondsLeft` away: 14, 3 or 1 (days
// before), 0 once it has passed, -1 for none yet.
int reminderStage(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return 0;
    int stage = -1;
    for (int days : BackgroundChecks::ReminderDays) {
        if (secondsLeft <= days * DaySeconds)
            stage = days;
    }
    return stage;
}
} // namespace

BackgroundChecks::BackgroundChecks(AccountStore &store, AccountChecker &checker, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_checker(checker)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundChecks::evaluate);
    connect(&m_clock, &Clock::jumped, this, [this] {
        if (m_started)
            evaluate();
    });
    connect(&m_checker, &AccountChecker::finished, this, &BackgroundChecks::onFinished);
    // A newly linked or relinked account starts its own schedule.
    connect(&m_store, &AccountStore::accountAdded, this, [this](const QString &) {
        if (m_started)
            arm(m_clock.now());
    });
}

void BackgroundChecks::setIntervalHours(int hours)
{
    m_intervalHours = std::max(0, hours);
    if (m_started)
        evaluate();
}

void BackgroundChecks::start()
{
    m_started = true;
    evaluate();
}

void BackgroundChecks::networkReturned()
{
    for (const Account &a : m_store.accounts()) {
        if (a.status == Account::Status::Unreachable)
            m_retryNow.insert(a.id);
    }
    qCInfo(lcWatch) << "network back:" << m_retryNow.size() << "unreachable account(s) checked now";
    if (m_started)
        evaluate();
}

void BackgroundChecks::followNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcWatch) << "no network information backend: checks do not follow the network";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    m_online = info->reachability() == QNetworkInformation::Reachability::Online;
    connect(
        info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability reachability) {
            const bool online = reachability == QNetworkInformation::Reachability::Online;
            if (online && !m_online)
                networkReturned();
            m_online = online;
        });
}

QDateTime BackgroundChecks::lastAttempt(const Account &account) const
{
    QDateTime last = m_attempts.value(account.id);
    if (!account.history.isEmpty())
        last = std::max(last, account.history.last().time);
    if (!last.isValid())
        last = account.lastVerified.isValid() ? account.lastVerified : account.linkedAt;
    return last;
}

QDateTime BackgroundChecks::nextCheck(const QString &accountId) const
{
    const Account *a = m_store.account(accountId);
    if (!a || m_intervalHours == 0)
        return {};
    if (m_retryNow.contains(accountId))
        return m_clock.now();
    const qint64 interval = qint64(m_intervalHours) * 60 * 60;
    qint64 wait = interval;
    if (const int failures = failuresInARow(*a); failures > 0 && a->status == Account::Status::Unreachable)
        wait = std::min(interval, FirstRetrySeconds << std::min(failures - 1, 20));
    const QDateTime last = lastAttempt(*a);
    return last.isValid() ? last.addSecs(wait) : m_clock.now();
}

void BackgroundChecks::evaluate()
{
    const QDateTime now = m_clock.now();
    if (m_intervalHours > 0) {
        for (const QString &id : m_store.ids()) {
            if (m_running.contains(id) || m_queue.contains(id) || m_checker.isChecking(id))
                continue;
            if (nextCheck(id) <= now)
                m_queue.append(id);
        }
        launch();
    }
    remind(now);
    if (m_running.isEmpty() && m_queue.isEmpty())
        flush();
    arm(now);
}

void BackgroundChecks::launch()
{
    const QDateTime now = m_clock.now();
    for (auto it = m_queue.begin(); it != m_queue.end() && m_running.size() < MaxRunning;) {
        const Account *a = m_store.account(*it);
        if (!a || m_checker.isChecking(*it)) {
            it = m_queue.erase(it); // gone, or the user's own check is on it
            continue;
        }
        const auto freeAt = m_providerFree.constFind(a->providerId);
        if (m_busyProviders.contains(a->providerId) || (freeAt != m_providerFree.constEnd() && !freeAt->hasExpired())) {
            ++it; // one check per provider at a time, spaced
            continue;
        }
        const QString id = *it;
        it = m_queue.erase(it);
        m_running.insert(id, *a);
        m_busyProviders.insert(a->providerId, id);
        m_attempts.insert(id, now);
        m_retryNow.remove(id);
        qCDebug(lcWatch) << "checking" << id;
        m_checker.check(id); // may finish at once (onFinished) when the account cannot be read
    }
}

void BackgroundChecks::onFinished(const CheckOutcome &outcome)
{
    const auto running = m_running.constFind(outcome.accountId);
    if (running == m_running.constEnd())
        return; // the user's own check: the window shows its result
    const Account before = *running;
    m_running.erase(running);
    m_busyProviders.remove(before.providerId);
    const QDateTime now = m_clock.now();
    // A check is one request plus one probe per scope: the next check of
    // the provider waits the spacing for each.
    qint64 waitMs = m_spacingMs * (1 + before.permissions.size());
    const QDateTime retryAt = outcome.verification.connect.retryAt;
    if (outcome.verification.connect.error == ConnectResult::Error::RateLimited && retryAt.isValid())
        waitMs = std::max(waitMs, QDateTime::currentDateTimeUtc().msecsTo(retryAt)); // the provider said when
    m_providerFree.insert(before.providerId, QDeadlineTimer(std::max(qint64(0), waitMs)));

    if (outcome.kind == CheckOutcome::Kind::Checked) {
        const Account &after = outcome.account;
        m_news.append(WatchEvent::between(before, after));
        if (after.status == Account::Status::Unreachable) {
            if (after.unreachableSince.isValid() && after.unreachableSince.secsTo(now) >= UnreachableNewsSeconds
                && !m_toldUnreachable.contains(after.id)) {
                m_toldUnreachable.insert(after.id);
                m_news.append(
                    WatchEvent::of(WatchEvent::Kind::UnreachableLong, after.id, outcome.verification.connect.message));
            }
        } else if (m_toldUnreachable.remove(after.id) && after.status == Account::Status::Verified) {
            m_news.append(WatchEvent::of(WatchEvent::Kind::Recovered, after.id));
        }
    } else {
        // The keychain or the store could not be read: the window says so;
        // the account itself has not changed.
        qCInfo(lcWatch) << "background check of" << outcome.accountId << "did not run:" << outcome.message;
    }
    launch();
    if (m_running.isEmpty() && m_queue.isEmpty())
        flush();
    arm(now);
}

void BackgroundChecks::remind(const QDateTime &now)
{
    for (const QString &id : m_store.ids()) {
        const Account *a = m_store.account(id);
        if (!a || !a->expiresAt().isValid())
            continue;
        const QDateTime end = a->expiresAt();
        const qint64 left = now.secsTo(end);
        const int stage = reminderStage(left);
        if (stage < 0 || (left <= 0 && a->statusAt(now) == Account::Status::Verified))
            continue; // not yet; or past a user's date yet still working
        if (a->remindedFor == end && a->remindedStage >= 0 && a->remindedStage <= stage)
            continue; // this one (or a later one) was given
        const QString key = id + u'/' + end.toString(Qt::ISODate) + u'/' + QString::number(stage);
        if (m_remindedHere.contains(key))
            continue;
        WatchEvent e = WatchEvent::of(stage == 0 ? WatchEvent::Kind::Expired : WatchEvent::Kind::Expiring, id);
        e.expiresAt = end;
        e.daysLeft = int((left + DaySeconds - 1) / DaySeconds);
        m_news.append(e);
        QString error;
        const AccountStore::Result saved = m_store.update(
            id,
            [&](Account &stored) {
                stored.remindedFor = end;
                stored.remindedStage = stage;
                return true;
            },
            &error);
        if (saved == AccountStore::Result::Failed) {
            // Told now all the same; not again while this process runs.
            qCWarning(lcWatch) << "could not record the expiry reminder of" << id << ":" << error;
            m_remindedHere.insert(key);
        }
    }
}

void BackgroundChecks::flush()
{
    if (m_news.isEmpty())
        return;
    const QList<WatchEvent> news = std::exchange(m_news, {});
    Q_EMIT noticed(news);
}

void BackgroundChecks::arm(const QDateTime &now)
{
    QDateTime next;
    auto earliest = [&next](const QDateTime &t) {
        if (t.isValid() && (!next.isValid() || t < next))
            next = t;
    };
    if (m_intervalHours > 0) {
        for (const QString &id : m_store.ids()) {
            if (!m_running.contains(id) && !m_queue.contains(id))
                earliest(nextCheck(id));
        }
        // Queued behind a provider's spacing (a busy provider's end of check
        // launches the next by itself).
        for (const QString &id : std::as_const(m_queue)) {
            const Account *a = m_store.account(id);
            if (a && !m_busyProviders.contains(a->providerId) && m_providerFree.contains(a->providerId))
                earliest(now.addMSecs(m_providerFree.value(a->providerId).remainingTime()));
        }
    }
    // The next reminder moments still ahead: each stage's, then the end.
    auto upcoming = [&](const QDateTime &t) {
        if (t > now)
            earliest(t);
    };
    for (const QString &id : m_store.ids()) {
        const Account *a = m_store.account(id);
        const QDateTime end = a ? a->expiresAt() : QDateTime();
        if (!end.isValid())
            continue;
        for (int days : ReminderDays)
            upcoming(end.addSecs(-days * DaySeconds));
        upcoming(end);
    }
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    // At least a second: an account due but held (the user's own check of
    // it runs) must not make this spin.
    m_timer.start(int(std::clamp(now.msecsTo(next), qint64(1000), MaxWaitMs)));
}

} // namespace keylink
