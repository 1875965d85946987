#include "wizard/DonePage.h"

#include "ui_DonePage.h"
#include "wizard/PendingLink.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace keylink {

DonePage::DonePage(PendingLink &link, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DonePage>())
    , m_link(link)
{
    m_ui->setupUi(this);
    m_ui->permissions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->permissions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setFinalPage(true);
}

DonePage::~DonePage() = default;

void DonePage::initializePage()
{
    const Account &a = m_link.account();
    const VerificationResult &v = m_link.verification();
    QString identity = tr("<b>%1</b> account <b>%2</b>")
                           .arg(m_link.provider()->name.toHtmlEscaped(), a.identityName.toHtmlEscaped());
    if (a.identityId != a.identityName)
        identity += u" (%1)"_s.arg(a.identityId.toHtmlEscaped());
    identity += u"<br>"_s + tr("Environment: %1").arg(v.environmentLabel.toHtmlEscaped());
    if (!a.label.isEmpty())
        identity += u"<br>"_s + tr("Label: %1").arg(a.label.toHtmlEscaped());
    for (const QString &note : v.notes)
        identity += u"<br>"_s + note.toHtmlEscaped();
    m_ui->identity->setText(identity);

    m_ui->permissions->clear();
    QStringList broken;
    QStringList missingScopes;
    for (const ScopeCheck &check : v.scopes) {
        const QString state = check.state == ScopeCheck::State::Granted ? tr("Granted")
            : check.state == ScopeCheck::State::Missing                 ? tr("Missing")
                                                                        : tr("Not checked");
        new QTreeWidgetItem(m_ui->permissions, {check.scope, state, check.message});
        if (check.state != ScopeCheck::State::Missing)
            continue;
        missingScopes.append(check.scope);
        // The chosen actions that need this scope.
        for (const Action &action : m_link.method()->actions) {
            if (action.scopes.contains(check.scope) && m_link.hasAction(action.id) && !broken.contains(action.label))
                broken.append(action.label);
        }
    }
    m_ui->permissions->setVisible(!v.scopes.isEmpty());
    m_ui->missing->setVisible(!missingScopes.isEmpty());
    const QString what = broken.isEmpty() ? tr("Anything that needs %1 will fail.").arg(missingScopes.join(u", "_s))
                                          : tr("These actions will not work: %1.").arg(broken.join(u", "_s));
    const QString lacks = tr("The token lacks %n scope(s).", nullptr, int(missingScopes.size()));
    m_ui->missing->setText(u"⚠ "_s + lacks + u" "_s + what + u" "_s
        + tr("Add them in the provider's dashboard, then go Back and check again."));
}

} // namespace keylink
