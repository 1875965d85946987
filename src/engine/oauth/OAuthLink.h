#pragma once

#include "catalog/Provider.h"
#include "connect/ProviderAccess.h"
#include "connect/VerificationResult.h"
#include "oauth/OAuthToken.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace keylink {

class AuthorizationFlow;
class CredentialVerifier;
class OAuthClient;
struct TokenResult;

// Links an OAuth 2 application: gets a token by the chosen grant (for the
// authorization code grant, after the browser step), then verifies it with
// the provider's API like any token. The wizard and `keylink link` share it.
class OAuthLink : public QObject
{
    Q_OBJECT
public:
    enum class Grant { ClientCredentials, AuthorizationCode };

    OAuthLink(
        const ProviderAccess &access, const Provider &provider, const AuthMethod &method, QObject *parent = nullptr);
    ~OAuthLink() override;

    // `fields` holds client_id and client_secret.
    void start(Grant grant, const SecretFields &fields, const QStringList &scopes);
    void cancel();
    const OAuthToken &token() const { return m_token; }
    // What goes to the keychain: the client secret and the tokens.
    SecretFields secrets() const;

Q_SIGNALS:
    // Authorization code grant: open this in the browser (or show it).
    void browserStepReady(const QUrl &authorizeUrl);
    void stateRefused(const QString &message);
    void finished(const keylink::VerificationResult &result);

private:
    void onToken(const TokenResult &result);
    void fail(const ConnectResult &result);

    const ProviderAccess m_access;
    const Provider &m_provider;
    const AuthMethod &m_method;
    OAuthClient *m_client = nullptr;
    QPointer<AuthorizationFlow> m_flow;
    QPointer<CredentialVerifier> m_verifier;
    SecretFields m_fields;
    QStringList m_scopes;
    OAuthToken m_token;
    bool m_done = false;
};

} // namespace keylink
