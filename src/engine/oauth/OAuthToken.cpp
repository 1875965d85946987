#include "oauth/OAuthToken.h"

using namespace Qt::StringLiterals;

namespace keylink {

void OAuthToken::storeIn(SecretFields &secrets) const
{
    secrets.insert(u"access_token"_s, accessToken);
    secrets.insert(u"refresh_token"_s, refreshToken);
    secrets.insert(u"token_type"_s, tokenType);
    secrets.insert(u"expires_at"_s, expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate) : QString());
    secrets.insert(u"granted_scope"_s, scopes.join(u' '));
}

OAuthToken OAuthToken::fromSecrets(const SecretFields &secrets)
{
    OAuthToken t;
    t.accessToken = secrets.value(u"access_token"_s);
    t.refreshToken = secrets.value(u"refresh_token"_s);
    t.tokenType = secrets.value(u"token_type"_s);
    t.expiresAt = QDateTime::fromString(secrets.value(u"expires_at"_s), Qt::ISODate);
    t.scopes = secrets.value(u"granted_scope"_s).split(u' ', Qt::SkipEmptyParts);
    return t;
}

} // namespace keylink
