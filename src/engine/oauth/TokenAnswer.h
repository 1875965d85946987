#pragma once

#include "oauth/OAuthToken.h"

#include <QByteArray>
#include <QDateTime>

namespace keylink {

// Reads a token endpoint's answer: access_token, token_type, expires_in,
// refresh_token, scope, created_at; or a flat OAuth error
// {"error": "...", "error_description": "..."}.
class TokenAnswer
{
public:
    // False when the body is not a usable token; *error then holds the
    // provider's error code and *description its words, when it sent them.
    static bool parse(
        const QByteArray &body, const QDateTime &now, OAuthToken *token, QString *error, QString *description);
    // expires_in is documented as seconds, but a provider's example may look like a
    // Unix time (catalog topic "oauth-expires-in"): a value larger than
    // created_at (or, without it, than any plausible lifetime) is a time.
    static QDateTime expiry(qint64 expiresIn, qint64 createdAt, const QDateTime &now);
};

} // namespace keylink
