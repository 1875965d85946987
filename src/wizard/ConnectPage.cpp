#include "wizard/ConnectPage.h"

#include "connect/CredentialVerifier.h"
#include "link/LinkService.h"
#include "oauth/OAuthLink.h"
#include "ui_ConnectPage.h"
#include "wizard/PendingLink.h"

#include <QDesktopServices>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace keylink {

ConnectPage::ConnectPage(const LinkContext &context, PendingLink &link, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectPage>())
    , m_context(context)
    , m_link(link)
    , m_links(new LinkService(*context.secrets, *context.store, this))
{
    m_ui->setupUi(this);
    connect(m_ui->stop, &QPushButton::clicked, this, &ConnectPage::cancel);
    setBusy(false);
}

ConnectPage::~ConnectPage() = default;

void ConnectPage::initializePage()
{
    m_linked = false;
    m_ui->error->hide();
    m_ui->details->hide();
    m_ui->step->clear();
    m_ui->browserUrl->hide();
    const bool oauth = m_link.method()->kind == AuthMethod::Kind::OAuth2;
    m_ui->grantBox->setVisible(oauth);
    if (oauth)
        m_ui->signIn->setText(tr("Sign in with %1 in your browser (authorization code)").arg(m_link.provider()->name));
    setButtonText(QWizard::NextButton, tr("&Connect"));
    const AuthMethod *method = m_link.method();
    const Environment *env = method->environmentFor(m_link.fields().value(method->environmentField));
    const int scopes = int(m_link.scopes().size());
    QString summary = tr("Keylink will ask %1 (%2) whether these credentials work")
                          .arg(m_link.provider()->name, env ? env->baseUrl.host() : QString());
    summary += scopes == 0 ? u"."_s : tr(", then check the %n selected scope(s).", nullptr, int(scopes));
    if (method->kind == AuthMethod::Kind::OAuth2) // scopes are asked for, not probed
        summary = tr("Keylink will get an access token from %1 for the scopes you selected, then check it with %1 "
                     "(%2).")
                      .arg(m_link.provider()->name, env ? env->baseUrl.host() : QString());
    summary += u" "_s + tr("Nothing is saved until the provider has said yes.");
    m_ui->summary->setText(summary);
}

void ConnectPage::cleanupPage()
{
    cancel();
    QWizardPage::cleanupPage();
}

bool ConnectPage::validatePage()
{
    if (m_linked)
        return true;
    if (m_busy)
        return false;
    m_ui->error->hide();
    m_ui->details->hide();
    if (m_link.method()->kind == AuthMethod::Kind::OAuth2) {
        const bool browser = m_ui->signIn->isChecked();
        setBusy(true,
            browser ? tr("Opening the sign-in page in your browser…")
                    : tr("Asking %1 for an access token…").arg(m_link.provider()->name));
        m_oauth = new OAuthLink(m_context.network, m_context.hostMap, *m_link.provider(), *m_link.method(), this);
        m_oauth->setTimeout(m_context.timeoutMs);
        connect(m_oauth, &OAuthLink::browserStepReady, this, [this](const QUrl &url) {
            m_ui->step->setText(tr("Waiting for you to sign in in the browser…"));
            m_ui->browserUrl->setText(tr("If no browser opened, visit <a href=\"%1\">this sign-in page</a>.")
                                          .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
            m_ui->browserUrl->show();
            QDesktopServices::openUrl(url);
        });
        connect(
            m_oauth, &OAuthLink::stateRefused, this, [this](const QString &message) { m_ui->step->setText(message); });
        connect(m_oauth, &OAuthLink::finished, this, &ConnectPage::onVerified);
        m_oauth->start(browser ? OAuthLink::Grant::AuthorizationCode : OAuthLink::Grant::ClientCredentials,
            m_link.fields(), m_link.scopes());
        return false;
    }
    setBusy(true, tr("Checking the credentials with %1…").arg(m_link.provider()->name));
    m_verifier = new CredentialVerifier(m_context.network, m_context.hostMap, this);
    m_verifier->setTimeout(m_context.timeoutMs);
    connect(m_verifier, &CredentialVerifier::finished, this, &ConnectPage::onVerified);
    m_verifier->start(*m_link.provider(), *m_link.method(), m_link.fields(), m_link.scopes());
    return false;
}

void ConnectPage::cancel()
{
    if (m_verifier)
        m_verifier->cancel(); // finishes with "Cancelled"
    if (m_oauth)
        m_oauth->cancel();
}

void ConnectPage::onVerified(const VerificationResult &result)
{
    if (m_verifier)
        m_verifier->deleteLater();
    m_verifier.clear();
    m_ui->browserUrl->hide();
    m_link.setVerification(result);
    if (!result.ok()) {
        QStringList details;
        if (!result.connect.providerMessage.isEmpty())
            details.append(tr("%1 said: %2").arg(m_link.provider()->name, result.connect.providerMessage));
        if (!result.connect.requestId.isEmpty())
            details.append(tr("Request id: %1").arg(result.connect.requestId));
        if (result.connect.httpStatus > 0)
            details.append(tr("HTTP status: %1").arg(result.connect.httpStatus));
        showFailure(result.connect.message, details.join(u'\n'));
        return;
    }
    setBusy(true, tr("Saving the secret to your keychain…"));
    Account draft = LinkService::accountFrom(*m_link.provider(), *m_link.method(), result, m_link.fields(),
        m_link.actions(), m_link.scopes(), m_link.label());
    draft.id = m_link.relinkId(); // empty for a new link: the service finds or makes one
    SecretFields secrets = LinkService::secretsOf(*m_link.method(), m_link.fields());
    if (m_oauth) {
        draft.tokenExpiresAt = m_oauth->token().expiresAt;
        secrets = m_oauth->secrets(); // the client secret and the tokens
        m_oauth->deleteLater();
        m_oauth.clear();
    }
    m_links->save(draft, secrets, [this](const LinkOutcome &outcome) { onSaved(outcome); });
}

void ConnectPage::onSaved(const LinkOutcome &outcome)
{
    if (!outcome.ok()) {
        showFailure(outcome.message, {});
        return;
    }
    m_link.setAccount(outcome.account);
    m_linked = true;
    setBusy(false);
    wizard()->next();
}

void ConnectPage::showFailure(const QString &message, const QString &details)
{
    setBusy(false);
    m_ui->error->setText(message);
    m_ui->error->show();
    m_ui->details->setPlainText(details);
    m_ui->details->setVisible(!details.isEmpty());
    setButtonText(QWizard::NextButton, tr("&Retry"));
}

void ConnectPage::setBusy(bool busy, const QString &step)
{
    m_busy = busy;
    m_ui->progress->setVisible(busy);
    m_ui->stop->setVisible(busy);
    m_ui->step->setText(step);
    m_ui->step->setVisible(busy);
    Q_EMIT completeChanged();
}

bool ConnectPage::isComplete() const
{
    return !m_busy;
}

} // namespace keylink
