#pragma once

#include "connect/VerificationResult.h"
#include "store/CheckRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace keylink {

// One linked account's metadata. Never holds a secret: those stay in the
// keychain entry named by `id`.
struct Account {
    enum class Status {
        NotChecked,
        Verified,
        NeedsAttention, // the provider refused the credential (or a scope asked for is missing)
        Unreachable, // the last check could not ask the provider; the last good check is lastVerified
        Expired, // never stored: statusAt() says it once the credential's end date has passed
    };

    QString id;
    QString providerId;
    QString methodId;
    QString label;
    QString identityId;
    QString identityName;
    QString environmentId;
    // The non-secret field values (such as a user email), needed to
    // verify again. Secret fields are only ever in the keychain.
    QMap<QString, QString> fields;
    QStringList actions;
    QStringList scopes;
    QList<ScopeCheck> permissions;
    QDateTime linkedAt;
    QDateTime lastVerified;
    QDateTime tokenExpiresAt; // OAuth accounts: when the access token expires (not a secret)
    // When the provider says the credential itself expires (a GitHub or
    // GitLab token with an end date); nothing refreshes it.
    QDateTime credentialExpiresAt;
    // The end date the user typed in for a token created with one (the
    // provider does not tell); the earlier of the two counts.
    QDateTime userExpiresAt;
    Status status = Status::NotChecked;
    QString statusMessage;
    // Since when checks could not reach the provider (Unreachable).
    QDateTime unreachableSince;
    // The last checks, oldest first, at most CheckRecord::Kept.
    QList<CheckRecord> history;
    // The expiry reminder already given (14, 3, 1 days before; 0 once
    // expired) for the end date `remindedFor`: each is given once.
    QDateTime remindedFor;
    int remindedStage = -1;
    // The provider's default account, chosen with `keylink default` or in
    // the window; without one the provider's first linked account is.
    bool isDefault = false;
    // Which keychain entry this metadata goes with: +1 each time the secret
    // is replaced (relink). Kept by the store, not part of toJson().
    int secretVersion = 0;

    // Same provider, environment and identity: linking it again updates it.
    bool isSameAccountAs(const Account &other) const
    {
        return providerId == other.providerId && environmentId == other.environmentId && identityId == other.identityId;
    }
    QString displayName() const { return label.isEmpty() ? identityName : label; }
    // When the credential stops working: the earlier of the provider's and
    // the user's date; invalid when neither is known.
    QDateTime expiresAt() const;
    // The status as of `now`: Expired once the end date has passed, unless
    // a check since then found the credential still working.
    Status statusAt(const QDateTime &now) const;
    // Adds a check to the history, dropping the oldest beyond Kept.
    void record(const CheckRecord &check);

    QJsonObject toJson() const;
    // Returns false (and says why) for an entry Keylink cannot use.
    static bool fromJson(const QJsonObject &json, Account *account, QString *error);
    static QString statusName(Status status);
};

} // namespace keylink
