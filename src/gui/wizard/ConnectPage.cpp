#include "wizard/ConnectPage.h"

#include "link/Linker.h"
#include "services/Services.h"
#include "ui_ConnectPage.h"
#include "wizard/PendingLink.h"

#include <QDesktopServices>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace keylink {

ConnectPage::ConnectPage(Services &services, PendingLink &link, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectPage>())
    , m_services(services)
    , m_link(link)
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
    const bool oauth = m_link.method()->kind == AuthMethod::Kind::OAuth2;
    const bool browser = oauth && m_ui->signIn->isChecked();
    LinkRequest request;
    request.provider = m_link.provider();
    request.method = m_link.method();
    request.fields = m_link.fields();
    request.actions = m_link.actions();
    request.scopes = m_link.scopes();
    request.label = m_link.label();
    request.relinkId = m_link.relinkId();
    if (oauth)
        request.grant = browser ? LinkRequest::Grant::AuthorizationCode : LinkRequest::Grant::ClientCredentials;

    m_linker = m_services.newLinker(this);
    connect(m_linker, &Linker::stepChanged, this, [this](Linker::Step step) {
        const QString provider = m_link.provider()->name;
        switch (step) {
        case Linker::Step::Checking:
            setBusy(true,
                m_link.method()->kind == AuthMethod::Kind::OAuth2
                    ? tr("Asking %1 for an access token…").arg(provider)
                    : tr("Checking the credentials with %1…").arg(provider));
            break;
        case Linker::Step::SigningIn:
            setBusy(true, tr("Opening the sign-in page in your browser…"));
            break;
        case Linker::Step::Saving:
            setBusy(true, tr("Saving the secret to your keychain…"));
            m_ui->browserUrl->hide();
            break;
        }
    });
    connect(m_linker, &Linker::browserStepReady, this, [this](const QUrl &url) {
        m_ui->step->setText(tr("Waiting for you to sign in in the browser…"));
        m_ui->browserUrl->setText(tr("If no browser opened, visit <a href=\"%1\">this sign-in page</a>.")
                                      .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
        m_ui->browserUrl->show();
        QDesktopServices::openUrl(url);
    });
    connect(m_linker, &Linker::stateRefused, this, [this](const QString &message) { m_ui->step->setText(message); });
    connect(m_linker, &Linker::finished, this, &ConnectPage::onFinished);
    m_linker->start(request);
    return false;
}

void ConnectPage::cancel()
{
    if (m_linker)
        m_linker->cancel(); // finishes with "Cancelled"
}

void ConnectPage::onFinished(const LinkResult &result)
{
    m_linker->deleteLater();
    m_ui->browserUrl->hide();
    m_link.setVerification(result.verification);
    if (!result.verification.ok()) {
        const ConnectResult &c = result.verification.connect;
        QStringList details;
        if (!c.providerMessage.isEmpty())
            details.append(tr("%1 said: %2").arg(m_link.provider()->name, c.providerMessage));
        if (!c.requestId.isEmpty())
            details.append(tr("Request id: %1").arg(c.requestId));
        if (c.httpStatus > 0)
            details.append(tr("HTTP status: %1").arg(c.httpStatus));
        showFailure(c.message, details.join(u'\n'));
        return;
    }
    if (!result.saved.ok()) {
        showFailure(result.saved.message, {});
        return;
    }
    m_link.setAccount(result.saved.account);
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
