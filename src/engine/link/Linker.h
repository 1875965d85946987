#pragma once

#include "catalog/Provider.h"
#include "connect/ProviderAccess.h"
#include "connect/VerificationResult.h"
#include "link/LinkOutcome.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace keylink {

class CredentialVerifier;
class LinkService;
class OAuthLink;

// What to link, from the wizard or from `keylink link`.
struct LinkRequest {
    enum class Grant { None, ClientCredentials, AuthorizationCode };

    const Provider *provider = nullptr;
    const AuthMethod *method = nullptr;
    SecretFields fields; // every field of the method, secret or not
    QStringList actions;
    QStringList scopes; // what the credential needs
    QString label;
    QString relinkId; // relinking: the account to update, keeping its id
    Grant grant = Grant::None; // OAuth methods: how to get the token
};

struct LinkResult {
    VerificationResult verification; // what the provider said
    LinkOutcome saved; // what was saved, when the provider said yes
    bool ok() const { return verification.ok() && saved.ok(); }
};

// Linking, one use case for every front end: verifies the credential the way
// the catalog describes (or gets an OAuth token, through the browser if need
// be, and verifies that), then saves the secret and the account as one unit
// (LinkService). Nothing is saved unless the provider said yes. Emits
// finished() exactly once.
class Linker : public QObject
{
    Q_OBJECT
public:
    enum class Step { Checking, SigningIn, Saving };
    Q_ENUM(Step)

    Linker(const ProviderAccess &access, LinkService &links, QObject *parent = nullptr);
    ~Linker() override;

    void start(const LinkRequest &request);
    // Stops a check or sign-in still running (finished() says "Cancelled");
    // once saving has begun it runs to its end.
    void cancel();

Q_SIGNALS:
    void stepChanged(keylink::Linker::Step step);
    // Authorization code grant: open this in the browser (or show it).
    void browserStepReady(const QUrl &authorizeUrl);
    void stateRefused(const QString &message);
    void finished(const keylink::LinkResult &result);

private:
    void onVerified(const VerificationResult &verification);
    void fail(const ConnectResult &result);

    const ProviderAccess m_access;
    LinkService &m_links;
    LinkRequest m_request;
    QPointer<CredentialVerifier> m_verifier;
    QPointer<OAuthLink> m_oauth;
    bool m_saving = false;
};

} // namespace keylink
