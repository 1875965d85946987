#include "FakeOAuthServer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
FakeResponse oauthError(int status, const QByteArray &error, const QByteArray &description)
{
    return FakeResponse::json(status, R"({"error":")" + error + R"(","error_description":")" + description + R"("})");
}
} // namespace

FakeOAuthServer::FakeOAuthServer(QObject *parent)
    : FakeProviderServer(parent)
{
    on(u"/oauth2/authorize"_s, [this](const QHttpServerRequest &request) {
        const QUrlQuery query(request.url());
        const QString redirect = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        const QString code = u"code-%1"_s.arg(++m_serial);
        m_codes.insert(code, redirect);
        QUrl back(redirect);
        back.setQuery(u"code=%1&state=%2"_s.arg(code, query.queryItemValue(u"state"_s)));
        FakeResponse found = FakeResponse::json(302, "{}");
        found.headers.append({QByteArray("Location"), back.toEncoded()});
        return found;
    });
    on(u"/oauth2/token"_s, [this](const QHttpServerRequest &request) {
        FakeResponse r = token(request.body());
        r.delayMs = tokenDelayMs;
        return r;
    });
}

QString FakeOAuthServer::issueRefreshToken()
{
    const QString t = u"rt-kLsEcReT-%1"_s.arg(++m_serial);
    validRefreshTokens.insert(t);
    return t;
}

FakeResponse FakeOAuthServer::tokenAnswer(const QString &scope, bool withRefresh, const char *grant)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject o {{u"access_token"_s, u"at-%1-kLsEcReT-%2"_s.arg(QLatin1String(grant)).arg(++m_serial)},
        {u"token_type"_s, u"Bearer"_s}, {u"expires_in"_s, epochExpiresIn ? now + lifetimeSeconds : lifetimeSeconds},
        {u"scope"_s, scope}, {u"created_at"_s, now}};
    if (withRefresh)
        o.insert(u"refresh_token"_s, issueRefreshToken());
    return FakeResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

FakeResponse FakeOAuthServer::token(const QByteArray &body)
{
    ++tokenRequests;
    lastTokenRequestBody = body;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (clientRevoked || o.value(u"client_id"_s).toString() != QLatin1String(ClientId)
        || o.value(u"client_secret"_s).toString() != QLatin1String(ClientSecret))
        return oauthError(401, "unauthorized_client", "The client is not authorized to use this grant.");
    const QString grant = o.value(u"grant_type"_s).toString();
    if (grant == u"client_credentials"_s)
        return tokenAnswer(o.value(u"scope"_s).toString(), false, "cc");
    if (grant == u"authorization_code"_s) {
        const QString code = o.value(u"code"_s).toString();
        if (!m_codes.contains(code) || m_codes.value(code) != o.value(u"redirect_uri"_s).toString())
            return oauthError(400, "invalid_grant", "The code is unknown or was issued for another redirect URI.");
        m_codes.remove(code); // codes are single-use too
        return tokenAnswer(u"public.shipment:read"_s, true, "ac");
    }
    if (grant == u"refresh_token"_s) {
        const QString refresh = o.value(u"refresh_token"_s).toString();
        if (!validRefreshTokens.contains(refresh))
            return oauthError(400, "invalid_grant", "The refresh token is invalid or was already used.");
        ++refreshes;
        if (!rotateRefreshTokens)
            return tokenAnswer(u"public.shipment:read"_s, false, "ac");
        validRefreshTokens.remove(refresh);
        return tokenAnswer(u"public.shipment:read"_s, true, "ac");
    }
    return oauthError(400, "unsupported_grant_type", "Unknown grant.");
}
