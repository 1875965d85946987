#include "oauth/OAuthClient.h"

#include "connect/HttpExchange.h"
#include "connect/ProviderAnswer.h"
#include "core/SafeText.h"
#include "oauth/TokenAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace keylink {

OAuthClient::OAuthClient(
    const ProviderAccess &access, const Provider &provider, const AuthMethod &method, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_provider(provider)
    , m_method(method)
{ }

QUrl OAuthClient::authorizeUrl(
    const QString &clientId, const QStringList &scopes, const QString &redirectUri, const QString &state) const
{
    QUrl url = m_method.oauth->authorizeUrl;
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, clientId);
    query.addQueryItem(u"redirect_uri"_s, redirectUri);
    query.addQueryItem(u"scope"_s, scopes.join(m_method.oauth->scopeSeparator));
    query.addQueryItem(u"state"_s, state);
    url.setQuery(query);
    // The browser goes where the token requests go (a local server in tests).
    return m_access.hostMap.apply(url);
}

void OAuthClient::clientCredentials(
    const QString &clientId, const QString &clientSecret, const QStringList &scopes, Callback done)
{
    request({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, clientId}, {u"client_secret"_s, clientSecret},
                {u"scope"_s, scopes.join(m_method.oauth->scopeSeparator)}},
        scopes, std::move(done));
}

void OAuthClient::exchangeCode(const QString &clientId, const QString &clientSecret, const QString &code,
    const QString &redirectUri, const QStringList &scopes, Callback done)
{
    request({{u"grant_type"_s, u"authorization_code"_s}, {u"client_id"_s, clientId}, {u"client_secret"_s, clientSecret},
                {u"code"_s, code}, {u"redirect_uri"_s, redirectUri}},
        scopes, std::move(done));
}

void OAuthClient::refresh(const QString &clientId, const QString &clientSecret, const QString &refreshToken,
    const QStringList &scopes, Callback done)
{
    request({{u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, clientId}, {u"client_secret"_s, clientSecret},
                {u"refresh_token"_s, refreshToken}},
        scopes, std::move(done));
}

void OAuthClient::request(const QJsonObject &body, const QStringList &scopes, Callback done)
{
    QNetworkRequest req(m_access.hostMap.apply(m_method.oauth->tokenUrl));
    const bool json = m_method.oauth->tokenRequestFormat == u"json"_s;
    QByteArray payload;
    if (json) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    } else {
        QUrlQuery form;
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            form.addQueryItem(it.key(), it.value().toString());
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        payload = form.toString(QUrl::FullyEncoded).toUtf8();
    }
    req.setRawHeader("Accept", "application/json");
    auto *exchange = new HttpExchange(m_access.network, this);
    exchange->setTimeout(m_access.timeoutMs);
    // What the provider might echo back: never shown.
    QStringList secrets;
    for (const char *key : {"client_secret", "refresh_token", "code"})
        secrets.append(body.value(QLatin1String(key)).toString());
    connect(
        exchange, &HttpExchange::finished, this, [this, exchange, scopes, secrets, done](const HttpOutcome &outcome) {
            exchange->deleteLater();
            TokenResult result = interpret(outcome, scopes);
            for (QString *text : {&result.connect.message, &result.connect.providerMessage, &result.oauthError})
                *text = SafeText::redact(*text, secrets);
            done(result);
        });
    exchange->post(req, payload);
}

TokenResult OAuthClient::interpret(const HttpOutcome &outcome, const QStringList &scopes) const
{
    TokenResult result;
    const QString name = m_provider.name;
    if (outcome.kind == HttpOutcome::Kind::Answered && outcome.status >= 200 && outcome.status < 500
        && outcome.status != 429) {
        QString error, description;
        if (TokenAnswer::parse(outcome.body, QDateTime::currentDateTimeUtc(), &result.token, &error, &description)
            && outcome.status < 300) {
            for (const QString &s : std::as_const(result.token.scopes)) {
                if (!scopes.contains(s))
                    result.extraGranted.append(s);
            }
            return result;
        }
        result.connect.httpStatus = outcome.status;
        result.oauthError = error;
        description = SafeText::clean(description);
        error = SafeText::clean(error);
        result.connect.providerMessage = description;
        if (error == u"no_access_token"_s || error.isEmpty()) {
            result.connect.error = ConnectResult::Error::Malformed;
            result.connect.message = tr("%1's token endpoint answered without an access token.").arg(name);
            return result;
        }
        result.connect.error = ConnectResult::Error::InvalidCredentials;
        const QString said = description.isEmpty() ? QString() : u" "_s + tr("%1 said: “%2”").arg(name, description);
        if (error == u"invalid_grant"_s)
            result.connect.message
                = tr("%1 no longer accepts this sign-in (%2); sign in again.").arg(name, error) + said;
        else
            result.connect.message = tr("%1 refused the application's credentials (%2).").arg(name, error) + said;
        return result;
    }
    // Rate limits, server trouble, network, TLS, timeouts: the common wording.
    result.connect = ProviderAnswer(m_provider, outcome, m_access.timeoutMs).result();
    return result;
}

} // namespace keylink
