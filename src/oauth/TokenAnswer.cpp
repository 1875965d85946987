#include "oauth/TokenAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
// Ten years in seconds: no token lifetime is longer, every Unix time since 1980 is.
constexpr qint64 LongestLifetime = 10LL * 365 * 24 * 3600;
} // namespace

QDateTime TokenAnswer::expiry(qint64 expiresIn, qint64 createdAt, const QDateTime &now)
{
    if (expiresIn <= 0)
        return {};
    const bool isTime = createdAt > 0 ? expiresIn > createdAt : expiresIn > LongestLifetime;
    if (isTime)
        return QDateTime::fromSecsSinceEpoch(expiresIn, Qt::UTC);
    const QDateTime start = createdAt > 0 ? QDateTime::fromSecsSinceEpoch(createdAt, Qt::UTC) : now;
    return start.addSecs(expiresIn);
}

bool TokenAnswer::parse(
    const QByteArray &body, const QDateTime &now, OAuthToken *token, QString *error, QString *description)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.contains(u"error"_s)) {
        *error = o.value(u"error"_s).toString();
        *description = o.value(u"error_description"_s).toString();
        return false;
    }
    OAuthToken t;
    t.accessToken = o.value(u"access_token"_s).toString();
    if (t.accessToken.isEmpty()) {
        *error = u"no_access_token"_s;
        description->clear();
        return false;
    }
    t.tokenType = o.value(u"token_type"_s).toString(u"Bearer"_s);
    t.refreshToken = o.value(u"refresh_token"_s).toString();
    t.scopes = o.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    t.expiresAt = expiry(qint64(o.value(u"expires_in"_s).toDouble()), qint64(o.value(u"created_at"_s).toDouble()), now);
    *token = t;
    return true;
}

} // namespace keylink
