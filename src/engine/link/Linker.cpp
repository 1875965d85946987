#include "link/Linker.h"

#include "connect/CredentialVerifier.h"
#include "link/LinkService.h"
#include "oauth/OAuthLink.h"

using namespace Qt::StringLiterals;

namespace keylink {

Linker::Linker(const ProviderAccess &access, LinkService &links, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_links(links)
{ }

Linker::~Linker() = default;

void Linker::start(const LinkRequest &request)
{
    m_request = request;
    m_saving = false;
    m_waiting.reset();
    const AuthMethod &method = *request.method;
    if (method.kind != AuthMethod::Kind::OAuth2) {
        Q_EMIT stepChanged(Step::Checking);
        m_verifier = new CredentialVerifier(m_access, this);
        connect(m_verifier, &CredentialVerifier::finished, this, &Linker::onVerified);
        m_verifier->start(*request.provider, method, request.fields, request.scopes);
        return;
    }
    if (request.grant == LinkRequest::Grant::None) {
        ConnectResult r;
        r.error = ConnectResult::Error::InvalidInput;
        r.message = tr("%1 signs in with OAuth 2: choose how to get the token.").arg(method.label);
        QMetaObject::invokeMethod(
            this, [this, r] { fail(r); }, Qt::QueuedConnection);
        return;
    }
    const bool browser = request.grant == LinkRequest::Grant::AuthorizationCode;
    Q_EMIT stepChanged(browser ? Step::SigningIn : Step::Checking);
    m_oauth = new OAuthLink(m_access, *request.provider, method, this);
    connect(m_oauth, &OAuthLink::browserStepReady, this, &Linker::browserStepReady);
    connect(m_oauth, &OAuthLink::stateRefused, this, &Linker::stateRefused);
    connect(m_oauth, &OAuthLink::finished, this, &Linker::onVerified);
    m_oauth->start(browser ? OAuthLink::Grant::AuthorizationCode : OAuthLink::Grant::ClientCredentials, request.fields,
        request.scopes);
}

void Linker::cancel()
{
    if (m_saving)
        return;
    if (m_waiting) {
        LinkResult result;
        result.verification = m_waiting->verification;
        result.declined = true;
        m_waiting.reset();
        Q_EMIT finished(result);
        return;
    }
    if (m_verifier)
        m_verifier->cancel();
    if (m_oauth)
        m_oauth->cancel();
}

void Linker::fail(const ConnectResult &result)
{
    LinkResult r;
    r.verification.connect = result;
    Q_EMIT finished(r);
}

void Linker::onVerified(const VerificationResult &verification)
{
    if (m_verifier)
        m_verifier->deleteLater();
    LinkResult result;
    result.verification = verification;
    if (!verification.ok()) {
        Q_EMIT finished(result);
        return;
    }
    const LinkRequest &q = m_request;
    Account draft
        = LinkService::accountFrom(*q.provider, *q.method, verification, q.fields, q.actions, q.scopes, q.label);
    draft.id = q.relinkId; // empty for a new link: the service finds or makes one
    draft.userExpiresAt = q.expiresOn;
    SecretFields secrets = LinkService::secretsOf(*q.method, q.fields);
    if (m_oauth) {
        draft.tokenExpiresAt = m_oauth->token().expiresAt;
        secrets = m_oauth->secrets(); // the client secret and the tokens
        m_oauth->deleteLater();
    }
    m_waiting = Waiting {verification, draft, secrets};
    if (q.confirmReplace && q.relinkId.isEmpty()) {
        if (const std::optional<Account> existing = m_links.sameIdentity(draft)) {
            Q_EMIT replaceNeeded(*existing, draft);
            return;
        }
    }
    save();
}

void Linker::confirmReplace()
{
    if (m_waiting && !m_saving)
        save();
}

void Linker::save()
{
    const Waiting waiting = *m_waiting;
    m_waiting.reset();
    m_saving = true;
    Q_EMIT stepChanged(Step::Saving);
    LinkResult result;
    result.verification = waiting.verification;
    m_links.save(waiting.draft, waiting.secrets, [this, result](const LinkOutcome &outcome) mutable {
        result.saved = outcome;
        m_saving = false;
        Q_EMIT finished(result);
    });
}

} // namespace keylink
