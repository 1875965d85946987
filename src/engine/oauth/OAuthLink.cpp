#include "oauth/OAuthLink.h"

#include "connect/CredentialVerifier.h"
#include "oauth/AuthorizationFlow.h"
#include "oauth/GrantedScopes.h"
#include "oauth/OAuthClient.h"

using namespace Qt::StringLiterals;

namespace keylink {

OAuthLink::OAuthLink(const ProviderAccess &access, const Provider &provider, const AuthMethod &method, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_provider(provider)
    , m_method(method)
    , m_client(new OAuthClient(m_access, provider, method, this))
{ }

OAuthLink::~OAuthLink() = default;

void OAuthLink::start(Grant grant, const SecretFields &fields, const QStringList &scopes)
{
    m_fields = fields;
    m_scopes = scopes;
    m_done = false;
    const QString clientId = fields.value(u"client_id"_s);
    const QString clientSecret = fields.value(u"client_secret"_s);
    if (grant == Grant::ClientCredentials) {
        m_client->clientCredentials(clientId, clientSecret, scopes, [this](const TokenResult &r) { onToken(r); });
        return;
    }
    m_flow = new AuthorizationFlow(*m_client, clientId, clientSecret, scopes, this);
    connect(m_flow, &AuthorizationFlow::finished, this, &OAuthLink::onToken);
    connect(m_flow, &AuthorizationFlow::refused, this, &OAuthLink::stateRefused);
    QString error;
    if (!m_flow->start(&error)) {
        ConnectResult r;
        r.error = ConnectResult::Error::Network;
        r.message = error;
        QMetaObject::invokeMethod(
            this, [this, r] { fail(r); }, Qt::QueuedConnection);
        return;
    }
    const QUrl url = m_flow->authorizeUrl();
    QMetaObject::invokeMethod(
        this, [this, url] { Q_EMIT browserStepReady(url); }, Qt::QueuedConnection);
}

void OAuthLink::cancel()
{
    if (m_flow)
        m_flow->cancel();
    else if (m_verifier)
        m_verifier->cancel();
}

void OAuthLink::onToken(const TokenResult &result)
{
    if (!result.ok()) {
        fail(result.connect);
        return;
    }
    m_token = result.token;
    SecretFields fields = m_fields;
    fields.insert(u"access_token"_s, m_token.accessToken);
    m_verifier = new CredentialVerifier(m_access, this);
    const QStringList extra = result.extraGranted;
    connect(m_verifier, &CredentialVerifier::finished, this, [this, extra](const VerificationResult &v) {
        VerificationResult out = v;
        // The token answer says which scopes were granted: no probing.
        out.scopes = GrantedScopes::check(m_provider.name, m_scopes, m_token.scopes);
        if (!extra.isEmpty())
            out.notes.append(tr("%1 also granted: %2.").arg(m_provider.name, extra.join(u", "_s)));
        m_done = true;
        Q_EMIT finished(out);
    });
    m_verifier->start(m_provider, m_method, fields, {});
}

void OAuthLink::fail(const ConnectResult &result)
{
    if (m_done)
        return;
    m_done = true;
    VerificationResult v;
    v.connect = result;
    Q_EMIT finished(v);
}

SecretFields OAuthLink::secrets() const
{
    SecretFields s {{u"client_secret"_s, m_fields.value(u"client_secret"_s)}};
    m_token.storeIn(s);
    return s;
}

} // namespace keylink
