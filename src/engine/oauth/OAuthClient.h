#pragma once

#include "catalog/Provider.h"
#include "connect/ProviderAccess.h"
#include "oauth/TokenResult.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace keylink {

struct HttpOutcome;

// Talks to a provider's OAuth 2 token endpoint with the JSON body it
// declares: the client credentials, authorization code and refresh grants.
class OAuthClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TokenResult &)>;

    OAuthClient(
        const ProviderAccess &access, const Provider &provider, const AuthMethod &method, QObject *parent = nullptr);

    void clientCredentials(
        const QString &clientId, const QString &clientSecret, const QStringList &scopes, Callback done);
    void exchangeCode(const QString &clientId, const QString &clientSecret, const QString &code,
        const QString &redirectUri, const QStringList &scopes, Callback done);
    void refresh(const QString &clientId, const QString &clientSecret, const QString &refreshToken,
        const QStringList &scopes, Callback done);

    // The browser's first stop for the authorization code grant.
    QUrl authorizeUrl(
        const QString &clientId, const QStringList &scopes, const QString &redirectUri, const QString &state) const;

private:
    void request(const QJsonObject &body, const QStringList &scopes, Callback done);
    TokenResult interpret(const HttpOutcome &outcome, const QStringList &scopes) const;

    const ProviderAccess m_access;
    const Provider &m_provider;
    const AuthMethod &m_method;
};

} // namespace keylink
