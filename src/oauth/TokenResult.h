#pragma once

#include "connect/ConnectResult.h"
#include "oauth/OAuthToken.h"

#include <QStringList>

namespace keylink {

struct TokenResult {
    ConnectResult connect; // ok, or why no token came
    QString oauthError; // the provider's flat error code, e.g. "invalid_grant"
    OAuthToken token;
    QStringList extraGranted; // granted without being asked for

    bool ok() const { return connect.ok(); }
};

} // namespace keylink
