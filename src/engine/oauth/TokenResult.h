#pragma once

#include "connect/ConnectResult.h"
#include "oauth/OAuthToken.h"
#include "vault/VaultResult.h"

#include <QStringList>

namespace keylink {

struct TokenResult {
    ConnectResult connect; // ok, or why no token came
    QString oauthError; // the provider's flat error code, e.g. "invalid_grant"
    OAuthToken token;
    QStringList extraGranted; // granted without being asked for
    VaultResult vault; // not ok: the keychain was the problem (connect.message says so too)

    bool ok() const { return connect.ok(); }
};

} // namespace keylink
