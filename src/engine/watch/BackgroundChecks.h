#pragma once

#include "link/CheckOutcome.h"
#include "watch/WatchEvent.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace keylink {

class AccountChecker;
class AccountStore;
class Clock;

// Checks the linked accounts by the calendar while Keylink runs, through the
// engine's one checker, and says what is news (WatchEvent) without crying
// wolf: an account is due `interval` after its last check; one the provider
// could not be reached for is tried again after 5 minutes, then 10, 20…
// (never later than the interval), and at once when the network comes back.
// A few checks run at a time, one per provider, spaced by the requests they
// make (10 s each by default: at most 6 requests a minute to a provider,
// the lowest per-minute limit in the catalog being Easyship's sandbox, 6),
// and a provider's 429 with a retry time holds its next check until then. Expiry
// reminders (14, 3 and 1 days before the end date, and once it has passed)
// are given once each, remembered in the store.
class BackgroundChecks : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRunning = 3;
    static constexpr qint64 FirstRetrySeconds = qint64(5) * 60;
    static constexpr qint64 UnreachableNewsSeconds = qint64(24) * 60 * 60;
    static constexpr int ReminderDays[] = {14, 3, 1};

    BackgroundChecks(AccountStore &store, AccountChecker &checker, Clock &clock, QObject *parent = nullptr);

    // 0: no background checks (reminders are still given).
    void setIntervalHours(int hours);
    int intervalHours() const { return m_intervalHours; }
    // Per request of a check, before the next check of the same provider.
    void setProviderSpacing(qint64 ms) { m_spacingMs = ms; }

    // Looks at every account now and then whenever one is due.
    void start();
    // The network is back: the accounts that could not be reached are
    // checked now, whatever their backoff said.
    void networkReturned();
    // Calls networkReturned() whenever the system says it is online again
    // (QNetworkInformation); nothing where no backend can tell.
    void followNetwork();
    // When the account's next background check is due (invalid: none).
    QDateTime nextCheck(const QString &accountId) const;
    bool isChecking(const QString &accountId) const { return m_running.contains(accountId); }

Q_SIGNALS:
    // What a round of checks (or reminders) found, all at once, so that
    // several accounts make one notification.
    void noticed(const QList<keylink::WatchEvent> &events);

private:
    void evaluate();
    void launch();
    void remind(const QDateTime &now);
    void onFinished(const CheckOutcome &outcome);
    void flush();
    void arm(const QDateTime &now);
    QDateTime lastAttempt(const Account &account) const;

    AccountStore &m_store;
    AccountChecker &m_checker;
    Clock &m_clock;
    int m_intervalHours = 6;
    qint64 m_spacingMs = 10000;
    bool m_started = false;
    bool m_online = true;
    QTimer m_timer;
    QStringList m_queue;
    QHash<QString, Account> m_running; // the account as it was before its check
    QHash<QString, QString> m_busyProviders; // provider id → the account being checked
    // Provider id → not before: real time (monotonic), as rate limits count
    // it, not the calendar's clock.
    QHash<QString, QDeadlineTimer> m_providerFree;
    QHash<QString, QDateTime> m_attempts; // by account: the last background check started
    QSet<QString> m_retryNow; // the network came back
    QSet<QString> m_toldUnreachable; // a long outage already told, until it ends
    QSet<QString> m_remindedHere; // reminders told but not recorded (the write failed)
    QList<WatchEvent> m_news;
};

} // namespace keylink
