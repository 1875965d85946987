#include "wizard/DonePage.h"

#include "ui_DonePage.h"
#include "widgets/Icons.h"
#include "widgets/StatusColours.h"
#include "wizard/PendingLink.h"
#include "wizard/PermissionSummary.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
using Kind = PermissionSummary::Kind;

Icons::Name iconFor(Kind kind)
{
    switch (kind) {
    case Kind::Granted:
        return Icons::Name::Verified;
    case Kind::Missing:
        return Icons::Name::Failed;
    case Kind::NotCheckable:
    case Kind::NotChecked:
        break;
    }
    return Icons::Name::NotChecked;
}

QString objectNameFor(Kind kind)
{
    switch (kind) {
    case Kind::Granted:
        return u"summaryGranted"_s;
    case Kind::Missing:
        return u"summaryMissing"_s;
    case Kind::NotCheckable:
        return u"summaryNotCheckable"_s;
    case Kind::NotChecked:
        break;
    }
    return u"summaryNotChecked"_s;
}
} // namespace

DonePage::DonePage(PendingLink &link, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DonePage>())
    , m_link(link)
{
    m_ui->setupUi(this);
    QFont bold = m_ui->headline->font();
    bold.setBold(true);
    m_ui->permissionsHeading->setFont(bold);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->headline->setFont(bold);
    m_ui->permissions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->permissions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->summaryLines->setColumnStretch(1, 1);
    connect(m_ui->showScopes, &QToolButton::toggled, this, &DonePage::showScopes);
    showScopes(false);
    setFinalPage(true);
}

DonePage::~DonePage() = default;

void DonePage::initializePage()
{
    const PermissionSummary summary(m_link.provider() ? *m_link.provider() : Provider(),
        m_link.method() ? *m_link.method() : AuthMethod(), m_link.actions(), m_link.verification().scopes);
    showAccount(summary.missingScopes().isEmpty());
    showPermissions();

    // The summary: a line per kind of result, in its status colour.
    QGridLayout *grid = m_ui->summaryLines;
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int side = fontMetrics().height();
    int row = 0;
    for (const PermissionSummary::Line &line : summary.lines()) {
        auto *mark = new QLabel(m_ui->permissionSummary);
        mark->setPixmap(Icons::icon(iconFor(line.kind)).pixmap(side, side));
        auto *text = new QLabel(line.text, m_ui->permissionSummary);
        text->setObjectName(objectNameFor(line.kind));
        text->setTextFormat(Qt::PlainText); // scope names and reasons come from the provider
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Not checked is no failure: the text keeps the window's colour,
        // the grey mark says it.
        if (line.kind == Kind::Granted || line.kind == Kind::Missing) {
            QPalette coloured = text->palette();
            coloured.setColor(QPalette::WindowText,
                line.kind == Kind::Granted ? StatusColours::success(palette()) : StatusColours::error(palette()));
            text->setPalette(coloured);
        }
        grid->addWidget(mark, row, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(text, row, 1);
        ++row;
    }
    const bool any = !summary.lines().isEmpty();
    m_ui->permissionsHeading->setVisible(any);
    m_ui->permissionSummary->setVisible(any);

    // The account is saved, so there is no going back to fix it here: the
    // scopes are added at the provider, and the account list checks again.
    const int missing = int(summary.missingScopes().size());
    m_ui->missing->setVisible(missing > 0);
    const QString provider = m_link.provider() ? m_link.provider()->name : QString();
    m_ui->missing->setText(tr("To use the missing scope(s), add them to the token in the %1 dashboard, then select "
                              "the account in the account list and choose Verify. If %1 cannot change an existing "
                              "token, create a new one and choose Relink.",
        nullptr, missing)
                               .arg(provider));
}

void DonePage::showAccount(bool complete)
{
    const Account &a = m_link.account();
    const VerificationResult &v = m_link.verification();
    const QString provider = m_link.provider() ? m_link.provider()->name : QString();
    const int side = 2 * fontMetrics().height();
    m_ui->statusIcon->setPixmap(
        Icons::icon(complete ? Icons::Name::Verified : Icons::Name::Attention).pixmap(side, side));
    m_ui->statusIcon->setAccessibleName(complete ? tr("Linked") : tr("Linked, with permissions missing"));
    m_ui->headline->setText(tr("%1 account “%2” is linked").arg(provider, a.identityName));

    m_ui->identity->setText(
        a.identityId == a.identityName ? a.identityName : tr("%1 (%2)").arg(a.identityName, a.identityId));
    const QString environment = v.environmentLabel.isEmpty() ? a.environmentId : v.environmentLabel;
    m_ui->environment->setText(environment);
    m_ui->details->setRowVisible(m_ui->environment, !environment.isEmpty());
    m_ui->label->setText(a.label);
    m_ui->details->setRowVisible(m_ui->label, !a.label.isEmpty());
    m_ui->notes->setText(v.notes.join(u'\n'));
    m_ui->details->setRowVisible(m_ui->notes, !v.notes.isEmpty());
}

void DonePage::showPermissions()
{
    const QList<ScopeCheck> &scopes = m_link.verification().scopes;
    m_ui->permissions->clear();
    for (const ScopeCheck &check : scopes) {
        const QString state = check.state == ScopeCheck::State::Granted ? tr("Granted")
            : check.state == ScopeCheck::State::Missing                 ? tr("Missing")
                                                                        : tr("Not checked");
        auto *item = new QTreeWidgetItem(m_ui->permissions, {check.scope, state, check.message});
        item->setToolTip(2, check.message); // the column is cut at the page's edge
        if (check.state == ScopeCheck::State::Granted)
            item->setForeground(1, StatusColours::success(palette()));
        else if (check.state == ScopeCheck::State::Missing)
            item->setForeground(1, StatusColours::error(palette()));
    }
    m_ui->showScopes->setText(tr("Show all %n scope(s)", nullptr, int(scopes.size())));
    m_ui->showScopes->setVisible(!scopes.isEmpty());
    m_ui->showScopes->setChecked(false);
    showScopes(false);
}

void DonePage::showScopes(bool shown)
{
    m_ui->permissions->setVisible(shown);
    m_ui->showScopes->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

} // namespace keylink
