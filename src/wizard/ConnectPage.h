#pragma once

#include "wizard/LinkContext.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectPage;
}

namespace keylink {

class CredentialVerifier;
class LinkService;
class OAuthLink;
class PendingLink;
struct LinkOutcome;
struct VerificationResult;

// Page 5: Connect. validatePage() starts the check and returns false; while
// it runs the page is busy (Next disabled, so no double submission); when the
// provider has answered and the link is saved, the page moves on by itself.
// A failure shows the engine's message and the provider's own words, with
// Retry (the Next button) and Back.
class ConnectPage : public QWizardPage
{
    Q_OBJECT
public:
    ConnectPage(const LinkContext &context, PendingLink &link, QWidget *parent = nullptr);
    ~ConnectPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_busy; }
    void cancel();

private:
    void setBusy(bool busy, const QString &step = {});
    void onVerified(const VerificationResult &result);
    void onSaved(const LinkOutcome &outcome);
    void showFailure(const QString &message, const QString &details);

    std::unique_ptr<Ui::ConnectPage> m_ui;
    const LinkContext &m_context;
    PendingLink &m_link;
    QPointer<CredentialVerifier> m_verifier;
    QPointer<OAuthLink> m_oauth;
    LinkService *m_links = nullptr;
    bool m_busy = false;
    bool m_linked = false;
};

} // namespace keylink
