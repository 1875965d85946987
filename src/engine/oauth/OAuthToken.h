#pragma once

#include "vault/VaultResult.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace keylink {

// An OAuth 2 access token with what came with it. Kept in the account's
// keychain entry, beside the client secret.
struct OAuthToken {
    QString accessToken;
    QString refreshToken; // empty for the client credentials grant
    QString tokenType;
    QDateTime expiresAt; // invalid: the provider did not say
    QStringList scopes; // as granted

    static constexpr int RefreshMarginSeconds = 60;
    bool isValid() const { return !accessToken.isEmpty(); }
    // Expired, or about to: refresh before use.
    bool needsRefresh(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return expiresAt.isValid() && now.secsTo(expiresAt) < RefreshMarginSeconds;
    }

    // The token's part of a keychain entry, and back.
    void storeIn(SecretFields &secrets) const;
    static OAuthToken fromSecrets(const SecretFields &secrets);
};

} // namespace keylink
