#include "oauth/TokenAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
// Ten years in seconds: no token lifetime is longer, every Unix time since 1980 is.
constexpr qint64 LongestLifetime = 10LL * 365 * 24 * 3600;
// 9999-12-31T23:59:59Z: the latest time QDateTime and any provider can mean.
constexpr qint64 LatestTime = 253'402'300'799LL;

// A JSON number of seconds as an integer. Anything that is not a finite,
// positive number is 0 ("not said"); converting 1e119 straight to qint64 is
// undefined behaviour (found by fuzz_tokenanswer).
qint64 seconds(const QJsonValue &value)
{
    const double d = value.toDouble(0);
    if (!(d > 0))
        return 0;
    return d >= double(LatestTime) ? LatestTime : qint64(d);
}
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
    t.expiresAt = expiry(seconds(o.value(u"expires_in"_s)), seconds(o.value(u"created_at"_s)), now);
    *token = t;
    return true;
}

} // namespace keylink
