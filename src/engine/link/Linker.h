#pragma once

#include "catalog/Provider.h"
#include "connect/ProviderAccess.h"
#include "connect/VerificationResult.h"
#include "link/LinkOutcome.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

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
    QDateTime expiresOn; // the end date the user knows for the credential; invalid: none given
    QString relinkId; // relinking: the account to update, keeping its id
    Grant grant = Grant::None; // OAuth methods: how to get the token
    // A new link whose identity is linked already: stop before saving and
    // emit replaceNeeded() (the wizard asks). Without it the account is
    // updated and the result says what changed (the command line reports).
    bool confirmReplace = false;
};

struct LinkResult {
    VerificationResult verification; // what the provider said
    LinkOutcome saved; // what was saved, when the provider said yes
    bool declined = false; // the account existed and the user kept it as it was: nothing saved
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
    // once saving has begun it runs to its end. While replaceNeeded() waits
    // for an answer, this is the answer "keep the existing account".
    void cancel();
    // The answer to replaceNeeded(): update the existing account.
    void confirmReplace();

Q_SIGNALS:
    void stepChanged(keylink::Linker::Step step);
    // Authorization code grant: open this in the browser (or show it).
    void browserStepReady(const QUrl &authorizeUrl);
    void stateRefused(const QString &message);
    // confirmReplace set and the identity is linked as `existing`: saving
    // `draft` would update it. Answer with confirmReplace() or cancel().
    void replaceNeeded(const keylink::Account &existing, const keylink::Account &draft);
    void finished(const keylink::LinkResult &result);

private:
    void onVerified(const VerificationResult &verification);
    void save();
    void fail(const ConnectResult &result);

    const ProviderAccess m_access;
    LinkService &m_links;
    LinkRequest m_request;
    QPointer<CredentialVerifier> m_verifier;
    QPointer<OAuthLink> m_oauth;
    bool m_saving = false;
    // Verified and waiting for replaceNeeded()'s answer.
    struct Waiting {
        VerificationResult verification;
        Account draft;
        SecretFields secrets;
    };
    std::optional<Waiting> m_waiting;
};

} // namespace keylink
