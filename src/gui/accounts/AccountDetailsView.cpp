#include "accounts/AccountDetailsView.h"

#include "accounts/AccountListModel.h"
#include "accounts/CheckTimeline.h"
#include "accounts/PermissionList.h"
#include "accounts/RelativeTime.h"
#include "accounts/StatusChip.h"
#include "catalog/Catalog.h"
#include "store/Account.h"
#include "vault/CredentialVault.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent, bool wrap = true)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // provider texts are never markup
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void dim(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
}
} // namespace

AccountDetailsView::AccountDetailsView(QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap instead
    setAccessibleName(tr("Account details"));
    setAccessibleDescription(tr("Everything Keylink knows about the selected account, except its secret"));
}

AccountDetailsView::~AccountDetailsView() = default;

void AccountDetailsView::setActions(QAction *verify, QAction *relink, QAction *openDashboard, QAction *copyId)
{
    m_verifyAction = verify;
    m_relinkAction = relink;
    m_dashboardAction = openDashboard;
    m_copyAction = copyId;
}

QPushButton *AccountDetailsView::buttonFor(QAction *action, const QString &text, const QString &description)
{
    auto *button = new QPushButton(action->icon(), text, m_buttons);
    button->setAccessibleDescription(description);
    button->setEnabled(action->isEnabled());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

QLabel *AccountDetailsView::sectionHeader(const QString &title)
{
    auto *header = new QLabel(title, m_content);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    return header;
}

void AccountDetailsView::build()
{
    m_content = new QWidget;
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(18, 6, 12, 12);
    layout->setSpacing(6);

    // Header: provider icon, the account's name, provider and identity.
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    m_icon = new QLabel(m_content);
    m_icon->setFixedSize(40, 40);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_name = plainLabel({}, m_content);
    QFont large = m_name->font();
    large.setBold(true);
    if (large.pointSizeF() > 0)
        large.setPointSizeF(large.pointSizeF() * 1.3);
    else
        large.setPixelSize(large.pixelSize() * 13 / 10);
    m_name->setFont(large);
    m_subtitle = plainLabel({}, m_content);
    dim(m_subtitle);
    titles->addWidget(m_name);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_chip = new StatusChip(m_content);
    layout->addSpacing(4);
    layout->addWidget(m_chip);
    m_statusMessage = plainLabel({}, m_content);
    layout->addWidget(m_statusMessage);

    m_buttons = new QWidget(m_content);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 6, 0, 0);
    if (m_verifyAction)
        buttons->addWidget(buttonFor(m_verifyAction, tr("Verify"), tr("Check the account with its provider again")));
    if (m_relinkAction)
        buttons->addWidget(
            buttonFor(m_relinkAction, tr("Relink…"), tr("Enter new credentials for this account, keeping it")));
    if (m_dashboardAction)
        buttons->addWidget(
            buttonFor(m_dashboardAction, tr("Open dashboard"), tr("Open the provider's dashboard in your browser")));
    buttons->addStretch();
    layout->addWidget(m_buttons);

    layout->addSpacing(12);
    layout->addWidget(sectionHeader(tr("Account")));
    m_accountRows = new QWidget(m_content);
    m_accountForm = new QFormLayout(m_accountRows);
    m_accountForm->setContentsMargins(0, 0, 0, 0);
    m_accountForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_accountForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_accountRows);
    m_expiryButton = new QToolButton(m_content);
    m_expiryButton->setAutoRaise(true);
    m_expiryButton->setAccessibleDescription(
        tr("The day the token stops working, if it was created with one, for reminders before"));
    connect(m_expiryButton, &QToolButton::clicked, this, &AccountDetailsView::expiryEditRequested);
    layout->addWidget(m_expiryButton, 0, Qt::AlignLeft);

    m_permissionsSection = new QWidget(m_content);
    auto *permissions = new QVBoxLayout(m_permissionsSection);
    permissions->setContentsMargins(0, 12, 0, 0);
    permissions->setSpacing(6);
    permissions->addWidget(sectionHeader(tr("Permissions")));
    m_permissions = new PermissionList(m_permissionsSection);
    permissions->addWidget(m_permissions);
    layout->addWidget(m_permissionsSection);

    layout->addSpacing(12);
    layout->addWidget(sectionHeader(tr("Checks")));
    m_timeline = new CheckTimeline(m_content);
    layout->addWidget(m_timeline);

    layout->addSpacing(12);
    layout->addWidget(sectionHeader(tr("Secret")));
    m_secret = plainLabel(tr("Kept in the system keychain, never in a file. Keylink shows it to no one; use "
                             "Relink to replace it."),
        m_content);
    layout->addWidget(m_secret);

    layout->addSpacing(6);
    m_advancedToggle = new QToolButton(m_content);
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setAccessibleDescription(tr("Shows the account id and the keychain entry"));
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        if (open && !m_advanced)
            buildAdvanced();
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addStretch();
    setWidget(m_content);
}

void AccountDetailsView::buildAdvanced()
{
    m_advanced = new QWidget(m_content);
    auto *form = new QFormLayout(m_advanced);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *idRow = new QHBoxLayout;
    m_accountId = plainLabel(m_id, m_advanced, false);
    m_accountId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    idRow->addWidget(m_accountId, 1);
    m_copy = new QPushButton(Icons::icon(Icons::Name::Copy), tr("Copy"), m_advanced);
    m_copy->setAccessibleDescription(tr("Copy the account id to the clipboard"));
    if (m_copyAction)
        connect(m_copy, &QPushButton::clicked, m_copyAction, &QAction::trigger);
    idRow->addWidget(m_copy);
    auto *idLabel = new QLabel(tr("Account id"), m_advanced);
    dim(idLabel);
    form->addRow(idLabel, idRow);
    auto *entryLabel = new QLabel(tr("Keychain entry"), m_advanced);
    dim(entryLabel);
    m_keychainEntry = plainLabel({}, m_advanced);
    form->addRow(entryLabel, m_keychainEntry);
    m_keychainEntry->setText(tr("service “%1”, named by the account id").arg(CredentialVault::serviceName()));
    qobject_cast<QVBoxLayout *>(m_content->layout())
        ->insertWidget(m_content->layout()->indexOf(m_advancedToggle) + 1, m_advanced);
}

void AccountDetailsView::addRow(QFormLayout *form, const QString &label, const QString &value)
{
    auto *key = new QLabel(label, m_accountRows);
    key->setTextFormat(Qt::PlainText);
    dim(key);
    form->addRow(key, plainLabel(value, m_accountRows));
}

void AccountDetailsView::showAccount(
    const Catalog &catalog, const QModelIndex &index, const Account &account, const AccountUsage &usage)
{
    if (!m_content)
        build();
    m_id = account.id;
    const Provider *provider = catalog.provider(account.providerId);
    const AuthMethod *method = provider ? provider->authMethod(account.methodId) : nullptr;

    m_icon->setPixmap(index.data(Qt::DecorationRole).value<QIcon>().pixmap(40, 40));
    m_name->setText(index.data(Qt::DisplayRole).toString());
    m_subtitle->setText(index.data(AccountListModel::ProviderNameRole).toString() + u" · "_s
        + index.data(AccountListModel::IdentityRole).toString());
    m_chip->setStatus(Icons::Name(index.data(AccountListModel::StatusIconRole).toInt()),
        index.data(AccountListModel::StatusTextRole).toString());
    const QString message = index.data(AccountListModel::StatusMessageRole).toString();
    m_statusMessage->setText(message);
    m_statusMessage->setVisible(!message.isEmpty());

    // Label and value pairs; the form is rebuilt only when they change.
    QStringList rows {tr("Provider"), provider ? provider->name : account.providerId, tr("Sign-in method"),
        method ? method->label : account.methodId, tr("Identity"),
        index.data(AccountListModel::IdentityRole).toString(), tr("Environment"),
        index.data(AccountListModel::EnvironmentRole).toString()};
    for (auto it = account.fields.cbegin(); it != account.fields.cend(); ++it) {
        const Field *f = method ? method->field(it.key()) : nullptr;
        rows << (f ? f->label : it.key()) << it.value();
    }
    QStringList actions;
    for (const QString &id : account.actions) {
        const Action *action = method ? method->action(id) : nullptr;
        actions << (action ? action->label : id);
    }
    if (!actions.isEmpty())
        rows << tr("Actions") << actions.join(u", "_s);
    rows << tr("Linked") << QLocale().toString(account.linkedAt.toLocalTime(), QLocale::ShortFormat);
    rows << tr("Last verified") << RelativeTime::ago(account.lastVerified);
    if (usage.isDefault)
        rows << tr("Default") << tr("Used where a command names %1 instead of an account").arg(account.providerId);
    if (usage.lastUsed.isValid())
        rows << tr("Last used")
             << (usage.lastUsedBy.isEmpty() ? RelativeTime::ago(usage.lastUsed)
                                            : tr("%1 by %2").arg(RelativeTime::ago(usage.lastUsed), usage.lastUsedBy));
    if (const QDateTime end = account.expiresAt(); end.isValid()) { // nothing renews it
        const bool entered = end != account.credentialExpiresAt;
        rows << tr("Expires")
             << tr("%1, on %2 (%3)")
                    .arg(RelativeTime::until(end), QLocale().toString(end.toLocalTime().date(), QLocale::LongFormat),
                        entered ? tr("as you entered it") : tr("as the provider says"));
    }
    if (account.tokenExpiresAt.isValid()) // OAuth: refreshed by itself before use
        rows << tr("Access token")
             << tr("expires %1; Keylink refreshes it before use").arg(RelativeTime::until(account.tokenExpiresAt));
    if (rows != m_rows) {
        m_rows = rows;
        while (m_accountForm->rowCount() > 0)
            m_accountForm->removeRow(0);
        for (qsizetype i = 0; i + 1 < rows.size(); i += 2)
            addRow(m_accountForm, rows.at(i), rows.at(i + 1));
    }

    const bool oauth = method && method->kind == AuthMethod::Kind::OAuth2; // renewed by Keylink
    m_expiryButton->setVisible(!oauth);
    m_expiryButton->setText(account.userExpiresAt.isValid() ? tr("Change the end date…") : tr("Set an end date…"));
    m_timeline->setHistory(account.history);
    m_permissions->setPermissions(account.permissions);
    m_permissionsSection->setVisible(!account.permissions.isEmpty());
    if (m_accountId)
        m_accountId->setText(account.id);
    m_content->show();
}

void AccountDetailsView::clearAccount()
{
    m_id.clear();
    if (m_content)
        m_content->hide();
}

void AccountDetailsView::confirmCopied()
{
    if (!m_copy)
        return;
    m_copy->setText(tr("Copied"));
    m_copy->setIcon(Icons::icon(Icons::Name::Verified));
    QTimer::singleShot(2000, m_copy, [copy = m_copy] {
        copy->setText(tr("Copy"));
        copy->setIcon(Icons::icon(Icons::Name::Copy));
    });
}

QString AccountDetailsView::text() const
{
    QStringList lines;
    if (!m_content || m_content->isHidden())
        return {};
    for (const QLabel *label : m_content->findChildren<QLabel *>()) {
        if (label->isVisibleTo(m_content) && !label->text().isEmpty())
            lines << label->text();
    }
    return lines.join(u'\n');
}

} // namespace keylink
