#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace keylink {

struct Account;

// Something about a linked account worth telling the user without being
// asked: the background checks' news. Only the provider's refusal, a lost
// scope, a recovery, a long outage and an end date are news; an outage by
// itself is not.
struct WatchEvent {
    enum class Kind {
        NeedsAttention, // the provider refused the credential
        ScopeLost, // a scope that was granted is missing now
        Recovered, // it works again after needing attention (or a long outage)
        UnreachableLong, // checks could not reach the provider for over a day
        Expiring, // the credential's end date is 14, 3 or 1 days away
        Expired, // the end date has passed
    };
    Kind kind = Kind::NeedsAttention;
    QString accountId;
    QString reason; // the provider's or the engine's words
    QStringList scopes; // ScopeLost: which
    QDateTime expiresAt; // Expiring, Expired
    int daysLeft = 0; // Expiring: whole days, rounded up

    static WatchEvent of(Kind kind, const QString &accountId, const QString &reason = {})
    {
        WatchEvent e;
        e.kind = kind;
        e.accountId = accountId;
        e.reason = reason;
        return e;
    }
    // What changed between an account before a check and after it.
    static QList<WatchEvent> between(const Account &before, const Account &after);
};

} // namespace keylink

Q_DECLARE_METATYPE(keylink::WatchEvent)
