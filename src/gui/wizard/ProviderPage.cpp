#include "wizard/ProviderPage.h"

#include "ui_ProviderPage.h"
#include "widgets/ClearButton.h"
#include "wizard/PendingLink.h"

#include <QButtonGroup>
#include <QIcon>
#include <QKeyEvent>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace keylink {

ProviderPage::ProviderPage(const Catalog &catalog, PendingLink &link, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ProviderPage>())
    , m_catalog(catalog)
    , m_link(link)
    , m_methods(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    ClearButton::describe(m_ui->search);
    for (const Provider &p : m_catalog.providers()) {
        const QString category = categoryLabel(p.category);
        const QString second = category.isEmpty() ? p.description : u"%1 · %2"_s.arg(category, p.description);
        auto *item = new QListWidgetItem(QIcon(p.iconPath), u"%1\n%2"_s.arg(p.name, second), m_ui->providers);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::AccessibleTextRole, p.name);
        item->setData(Qt::AccessibleDescriptionRole, second);
        // What the search looks through: the name, what it does, its kind
        // (in the user's language and as the file says it) and keywords.
        item->setData(SearchTextRole,
            QStringList {p.name, p.description, category, p.category, p.keywords.join(u' ')}.join(u' '));
    }
    m_ui->methodsBox->hide();
    m_ui->warnings->hide();
    connect(m_ui->search, &QLineEdit::textChanged, this, &ProviderPage::filter);
    connect(m_ui->providers, &QListWidget::currentItemChanged, this, &ProviderPage::onProviderChosen);
    connect(m_methods, &QButtonGroup::idClicked, this, &ProviderPage::apply);
    m_ui->search->installEventFilter(this);
}

// Down in the search field goes on into the list, as in a file chooser.
bool ProviderPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        QListWidget *list = m_ui->providers;
        if (!list->currentItem() || list->currentItem()->isHidden()) {
            for (int row = 0; row < list->count(); ++row) {
                if (!list->item(row)->isHidden()) {
                    list->setCurrentRow(row);
                    break;
                }
            }
        }
        list->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

ProviderPage::~ProviderPage() = default;

QString ProviderPage::categoryLabel(const QString &id)
{
    static const QHash<QString, const char *> labels {
        {u"commerce"_s, QT_TR_NOOP("Commerce")},
        {u"communication"_s, QT_TR_NOOP("Communication")},
        {u"crm"_s, QT_TR_NOOP("CRM")},
        {u"developer"_s, QT_TR_NOOP("Developer tools")},
        {u"finance"_s, QT_TR_NOOP("Payments and finance")},
        {u"marketing"_s, QT_TR_NOOP("Marketing")},
        {u"monitoring"_s, QT_TR_NOOP("Monitoring")},
        {u"productivity"_s, QT_TR_NOOP("Productivity")},
        {u"support"_s, QT_TR_NOOP("Customer support")},
        {u"shipping"_s, QT_TR_NOOP("Shipping")},
        {u"contracts"_s, QT_TR_NOOP("Contracts")},
        {u"infrastructure"_s, QT_TR_NOOP("Infrastructure")},
    };
    const char *label = labels.value(id);
    return label ? tr(label) : QString();
}

// Every word typed must appear somewhere in what the search looks through.
void ProviderPage::filter(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (int row = 0; row < m_ui->providers->count(); ++row) {
        QListWidgetItem *item = m_ui->providers->item(row);
        const QString haystack = item->data(SearchTextRole).toString();
        bool match = true;
        for (const QString &word : words)
            match = match && haystack.contains(word, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void ProviderPage::onProviderChosen()
{
    const QListWidgetItem *item = m_ui->providers->currentItem();
    const Provider *provider = item ? m_catalog.provider(item->data(Qt::UserRole).toString()) : nullptr;
    showMethods(provider);
    apply();
}

void ProviderPage::showMethods(const Provider *provider)
{
    for (QAbstractButton *button : m_methods->buttons()) {
        m_methods->removeButton(button);
        delete button;
    }
    m_ui->methodsBox->setVisible(provider && provider->authMethods.size() > 1);
    if (!provider)
        return;
    for (int i = 0; i < provider->authMethods.size(); ++i) {
        const AuthMethod &m = provider->authMethods.at(i);
        auto *button = new QRadioButton(m.label, m_ui->methodsBox);
        button->setToolTip(m.description);
        button->setAccessibleDescription(m.description);
        m_methods->addButton(button, i);
        m_ui->methodsBox->layout()->addWidget(button);
        button->setChecked(i == 0);
    }
}

void ProviderPage::apply()
{
    const QListWidgetItem *item = m_ui->providers->currentItem();
    const Provider *provider = item ? m_catalog.provider(item->data(Qt::UserRole).toString()) : nullptr;
    const int index = qMax(0, m_methods->checkedId());
    const AuthMethod *method
        = provider && index < provider->authMethods.size() ? &provider->authMethods.at(index) : nullptr;
    m_link.setProvider(provider, method);
    // The provider's warnings hold for every method; a method's, for it alone.
    QStringList warnings = provider ? provider->warnings : QStringList();
    if (method)
        warnings += method->warnings;
    m_ui->warnings->setVisible(!warnings.isEmpty());
    m_ui->warnings->setText(u"⚠ "_s + warnings.join(u"\n⚠ "_s));
    Q_EMIT completeChanged();
}

bool ProviderPage::select(const QString &providerId, const QString &methodId)
{
    for (int row = 0; row < m_ui->providers->count(); ++row) {
        if (m_ui->providers->item(row)->data(Qt::UserRole).toString() != providerId)
            continue;
        m_ui->providers->setCurrentRow(row);
        if (!methodId.isEmpty()) {
            const Provider *provider = m_catalog.provider(providerId);
            for (int i = 0; i < provider->authMethods.size(); ++i) {
                if (provider->authMethods.at(i).id == methodId) {
                    m_methods->button(i) ? m_methods->button(i)->setChecked(true) : void();
                    apply();
                    return true;
                }
            }
            return false;
        }
        return true;
    }
    return false;
}

bool ProviderPage::isComplete() const
{
    return m_link.provider() && m_link.method();
}

} // namespace keylink
