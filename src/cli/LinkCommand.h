#pragma once

#include "cli/CliCommand.h"
#include "connect/CredentialVerifier.h"
#include "link/LinkService.h"

namespace keylink {

// keylink link PROVIDER: reads the fields (secrets only from stdin or
// KEYLINK_FIELD_*), verifies them, checks the scopes, saves the link.
class LinkCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    bool collectFields();
    bool collectSelection();
    void startOAuth();
    void onVerified(const VerificationResult &result);
    void onSaved(const LinkOutcome &outcome, const VerificationResult &verification);

    const Provider *m_provider = nullptr;
    const AuthMethod *m_method = nullptr;
    SecretFields m_fields;
    QStringList m_scopes;
    CredentialVerifier *m_verifier = nullptr;
    class OAuthLink *m_oauth = nullptr;
    LinkService *m_links = nullptr;
};

} // namespace keylink
