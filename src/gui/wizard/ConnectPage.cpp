#include "wizard/ConnectPage.h"

#include "link/LinkChanges.h"
#include "link/Linker.h"
#include "services/Services.h"
#include "ui_ConnectPage.h"
#include "widgets/Icons.h"
#include "wizard/FailureAdvice.h"
#include "wizard/PendingLink.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
// Before this many seconds a check is quick enough that counting is noise.
constexpr qint64 ShowElapsedAfterSeconds = 2;
} // namespace

ConnectPage::ConnectPage(Services &services, PendingLink &link, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectPage>())
    , m_services(services)
    , m_link(link)
    , m_clock(new QTimer(this))
{
    m_ui->setupUi(this);
    QFont bold = m_ui->headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->headline->setFont(bold);
    m_ui->stop->setIcon(Icons::icon(Icons::Name::Stop));
    m_ui->resultRow->setStretch(1, 1); // the words take the width, the icon its own size
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &ConnectPage::showElapsed);
    connect(m_ui->stop, &QPushButton::clicked, this, &ConnectPage::cancel);
    m_ui->result->hide();
    setBusy(false);
}

ConnectPage::~ConnectPage() = default;

void ConnectPage::initializePage()
{
    m_linked = false;
    m_canRetry = true;
    m_ui->result->hide();
    m_ui->browserUrl->hide();
    const AuthMethod *method = m_link.method();
    const bool oauth = method->kind == AuthMethod::Kind::OAuth2;
    m_ui->grantBox->setVisible(oauth);
    if (oauth)
        m_ui->signIn->setText(tr("Sign in with %1 in your browser (authorization code)").arg(m_link.provider()->name));
    setButtonText(QWizard::NextButton, oauth ? tr("&Connect") : tr("&Retry"));
    const Environment *env = method->environmentFor(m_link.fields().value(method->environmentField));
    const QString host = env ? env->baseUrl.host() : QString();
    QString summary;
    if (oauth) { // scopes are asked for, not probed
        summary = tr("Keylink will get an access token from %1 for the scopes you selected, then check it with %1 "
                     "(%2).")
                      .arg(m_link.provider()->name, host);
    } else {
        summary = tr("Keylink asks %1 (%2) whether these credentials work").arg(m_link.provider()->name, host);
        const int scopes = int(m_link.scopes().size());
        summary += scopes == 0 ? u"."_s : tr(", then checks the %n selected scope(s).", nullptr, scopes);
    }
    m_ui->summary->setText(summary + u" "_s + tr("Nothing is saved until the provider has said yes."));
    if (!oauth)
        start(); // the button that opened this page said "Verify"
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
    if (!m_busy)
        start();
    return false;
}

void ConnectPage::start()
{
    m_ui->result->hide();
    const bool oauth = m_link.method()->kind == AuthMethod::Kind::OAuth2;
    LinkRequest request;
    request.provider = m_link.provider();
    request.method = m_link.method();
    request.fields = m_link.fields();
    request.actions = m_link.actions();
    request.scopes = m_link.scopes();
    request.label = m_link.label();
    request.expiresOn = m_link.expiresOn();
    request.relinkId = m_link.relinkId();
    request.confirmReplace = true; // an identity linked already is not overwritten without asking
    if (oauth)
        request.grant
            = m_ui->signIn->isChecked() ? LinkRequest::Grant::AuthorizationCode : LinkRequest::Grant::ClientCredentials;

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
    connect(m_linker, &Linker::replaceNeeded, this, &ConnectPage::askToReplace);
    connect(m_linker, &Linker::finished, this, &ConnectPage::onFinished);
    m_elapsed.start();
    m_linker->start(request);
}

void ConnectPage::cancel()
{
    if (m_question)
        m_question->reject(); // the same as "Keep": nothing is saved
    if (m_linker)
        m_linker->cancel(); // finishes with "Cancelled"
}

void ConnectPage::askToReplace(const Account &existing, const Account &draft)
{
    setBusy(true, tr("Waiting for your answer…"));
    m_clock->stop();
    m_ui->elapsed->clear();
    const QStringList changes = LinkChanges::between(existing, draft).describe(m_link.method());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Update the linked account?"),
        tr("%1 account “%2” is linked already.").arg(m_link.provider()->name, existing.displayName()),
        QMessageBox::NoButton, this);
    box->setObjectName(u"replaceQuestion"_s);
    box->setInformativeText(changes.isEmpty()
            ? tr("Linking it again replaces its secret in your keychain; nothing else changes.")
            : tr("Linking it again replaces its secret in your keychain and changes this:") + u"\n• "_s
                + changes.join(u"\n• "_s));
    QPushButton *update = box->addButton(tr("&Update account"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(tr("&Keep it as it is"), QMessageBox::RejectRole);
    update->setAccessibleDescription(tr("Save the new credentials and the changes listed over the linked account"));
    keep->setAccessibleDescription(tr("Save nothing; the linked account stays as it was"));
    box->setDefaultButton(keep); // overwriting is never what Enter does by accident
    box->setEscapeButton(keep);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    connect(box, &QMessageBox::finished, this, [this, box, update] {
        const bool replace = box->clickedButton() == update;
        if (!m_linker)
            return;
        if (replace)
            m_linker->confirmReplace();
        else
            m_linker->cancel(); // finishes as declined
    });
    box->open();
}

void ConnectPage::onFinished(const LinkResult &result)
{
    m_linker->deleteLater();
    m_ui->browserUrl->hide();
    m_link.setVerification(result.verification);
    const QString provider = m_link.provider()->name;
    if (result.declined) {
        showFailure(Icons::Name::NotChecked, tr("Nothing changed"),
            tr("You kept the linked account as it was; nothing was saved."),
            tr("To link it with these credentials after all, verify again."), {}, true);
        return;
    }
    if (!result.verification.ok()) {
        const ConnectResult &c = result.verification.connect;
        QStringList details;
        if (!c.providerMessage.isEmpty() && !c.message.contains(c.providerMessage))
            details.append(tr("%1 said: %2").arg(provider, c.providerMessage));
        if (!c.requestId.isEmpty())
            details.append(tr("Request id: %1").arg(c.requestId));
        // A status says something only when it is an error status.
        if (c.httpStatus >= 400 && !details.isEmpty())
            details.append(tr("HTTP status: %1").arg(c.httpStatus));
        const FailureAdvice advice = FailureAdvice::forConnect(c, provider);
        const bool stopped = c.error == ConnectResult::Error::Cancelled;
        const Icons::Name icon = stopped ? Icons::Name::NotChecked
            : advice.retryHelps          ? Icons::Name::Attention
                                         : Icons::Name::Failed;
        showFailure(icon, advice.headline, c.message, advice.advice, details.join(u'\n'), advice.retryHelps);
        return;
    }
    if (!result.saved.ok()) {
        const FailureAdvice advice = FailureAdvice::forKeychain(result.saved.vaultError);
        showFailure(
            Icons::Name::Attention, advice.headline, result.saved.message, advice.advice, {}, advice.retryHelps);
        return;
    }
    m_link.setAccount(result.saved.account);
    m_linked = true;
    setBusy(false);
    wizard()->next();
}

void ConnectPage::showFailure(Icons::Name icon, const QString &headline, const QString &message, const QString &advice,
    const QString &details, bool retry)
{
    m_canRetry = retry;
    setBusy(false);
    const int side = 2 * fontMetrics().height();
    m_ui->resultIcon->setPixmap(Icons::icon(icon).pixmap(side, side));
    m_ui->headline->setText(headline);
    m_ui->error->setText(message);
    m_ui->advice->setText(advice);
    m_ui->advice->setVisible(!advice.isEmpty());
    m_ui->details->setText(details);
    m_ui->details->setVisible(!details.isEmpty());
    m_ui->result->show();
    setButtonText(QWizard::NextButton, tr("&Retry"));
    Q_EMIT completeChanged();
}

void ConnectPage::setBusy(bool busy, const QString &step)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->spinner), static_cast<QWidget *>(m_ui->stop),
             static_cast<QWidget *>(m_ui->step), static_cast<QWidget *>(m_ui->elapsed)})
        w->setVisible(busy);
    m_ui->step->setText(step);
    m_ui->grantBox->setEnabled(!busy);
    if (busy && !m_clock->isActive()) {
        m_ui->elapsed->clear();
        m_clock->start();
    } else if (!busy) {
        m_clock->stop();
    }
    Q_EMIT completeChanged();
}

void ConnectPage::showElapsed()
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_ui->elapsed->setText(seconds < ShowElapsedAfterSeconds ? QString() : tr("%n s", nullptr, int(seconds)));
}

bool ConnectPage::isComplete() const
{
    return !m_busy && (m_linked || m_canRetry);
}

} // namespace keylink
