#include "wizard/ConnectPage.h"

#include "connect/CredentialVerifier.h"
#include "link/LinkService.h"
#include "ui_ConnectPage.h"
#include "wizard/PendingLink.h"

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
    setButtonText(QWizard::NextButton, tr("&Connect"));
    const AuthMethod *method = m_link.method();
    const Environment *env = method->environmentFor(m_link.fields().value(method->environmentField));
    const int scopes = int(m_link.scopes().size());
    QString summary = tr("Keylink will ask %1 (%2) whether these credentials work")
                          .arg(m_link.provider()->name, env ? env->baseUrl.host() : QString());
    summary += scopes == 0 ? u"."_s
        : scopes == 1      ? tr(", then check the selected scope.")
                           : tr(", then check the %1 selected scopes.").arg(scopes);
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
}

void ConnectPage::onVerified(const VerificationResult &result)
{
    m_verifier->deleteLater();
    m_verifier.clear();
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
    const Account draft = LinkService::accountFrom(*m_link.provider(), *m_link.method(), result, m_link.fields(),
        m_link.actions(), m_link.scopes(), m_link.label());
    m_links->save(draft, LinkService::secretsOf(*m_link.method(), m_link.fields()),
        [this](const LinkOutcome &outcome) { onSaved(outcome); });
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
