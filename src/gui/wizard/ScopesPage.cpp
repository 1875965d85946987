#include "wizard/ScopesPage.h"

#include "link/DeepLink.h"
#include "ui_ScopesPage.h"
#include "widgets/ClearButton.h"
#include "widgets/CopyFeedback.h"
#include "wizard/ActionFilterModel.h"
#include "wizard/ActionTableModel.h"
#include "wizard/PendingLink.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSet>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
constexpr int ScopeIdRole = Qt::UserRole + 1;
}

ScopesPage::ScopesPage(PendingLink &link, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ScopesPage>())
    , m_link(link)
    , m_actions(new ActionTableModel(this))
    , m_filter(new ActionFilterModel(m_actions, this))
{
    m_ui->setupUi(this);
    ClearButton::describe(m_ui->actionSearch);
    m_ui->actionTable->setModel(m_filter);
    m_ui->actionTable->horizontalHeader()->setSectionResizeMode(
        ActionTableModel::ActionColumn, QHeaderView::ResizeToContents);
    m_ui->noResults->hide();
    m_ui->mixWarning->hide();
    m_ui->scopeTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    const QList<std::pair<QString, QString>> separators {{tr("Space"), u" "_s}, {tr("Comma"), u","_s},
        {tr("Semicolon"), u";"_s}, {tr("Pipe"), u"|"_s}, {tr("Newline"), u"\n"_s}};
    for (const auto &[label, separator] : separators)
        m_ui->separator->addItem(label, separator);

    connect(m_ui->actionSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        m_ui->noResults->setVisible(m_filter->rowCount() == 0);
    });
    connect(m_ui->selectAll, &QPushButton::clicked, this, [this] { selectAllShown(true); });
    connect(m_ui->clear, &QPushButton::clicked, this, [this] { m_actions->setCheckedActions({}); });
    connect(
        m_actions, &ActionTableModel::checkedChanged, this, [this] { m_link.setActions(m_actions->checkedActions()); });
    connect(m_ui->scopeTree, &QTreeWidget::itemChanged, this, &ScopesPage::onScopeItemChanged);
    connect(m_ui->separator, &QComboBox::currentIndexChanged, this, &ScopesPage::refresh);
    connect(m_ui->copyScopes, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(scopesText());
        CopyFeedback::confirm(m_ui->copyScopes);
    });
    connect(m_ui->copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->deepLink->text());
        CopyFeedback::confirm(m_ui->copyLink);
    });
    connect(&m_link, &PendingLink::selectionChanged, this, &ScopesPage::refresh);
}

ScopesPage::~ScopesPage() = default;

void ScopesPage::initializePage()
{
    const AuthMethod *method = m_link.method();
    const bool byActions = method && !method->actions.isEmpty();
    m_ui->modes->setCurrentWidget(byActions ? m_ui->actionsMode : m_ui->scopesMode);
    setSubTitle(byActions ? tr("Pick the actions you want; the scopes follow, and the guide adapts.")
                          : tr("Pick the scopes the token needs; the guide adapts."));
    if (byActions) {
        if (m_actions->rowCount() == 0 || m_actions->checkedActions() != m_link.actions()) {
            m_actions->setMethod(method);
            m_actions->setCheckedActions(m_link.actions());
            // Once the page is laid out: scrolling a view not yet sized goes nowhere.
            QMetaObject::invokeMethod(this, &ScopesPage::showFirstChecked, Qt::QueuedConnection);
        }
    } else {
        fillScopeTree();
    }
    refresh();
}

void ScopesPage::showFirstChecked()
{
    // A deep link may tick an action far down the list: show it.
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, ActionTableModel::ActionColumn);
        if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked) {
            m_ui->actionTable->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_ui->actionTable->setCurrentIndex(index);
            return;
        }
    }
}

void ScopesPage::fillScopeTree()
{
    const AuthMethod *method = m_link.method();
    m_filling = true;
    m_ui->scopeTree->clear();
    QHash<QString, QTreeWidgetItem *> parents;
    auto parentFor = [&](const Scope &scope) -> QTreeWidgetItem * {
        QTreeWidgetItem *family = nullptr;
        if (!scope.family.isEmpty()) {
            family = parents.value(scope.family);
            if (!family) {
                QString label = scope.family;
                for (const ScopeFamily &f : method->scopeFamilies)
                    label = f.id == scope.family ? f.label : label;
                family = new QTreeWidgetItem(m_ui->scopeTree, {label});
                family->setFlags(family->flags() | Qt::ItemIsAutoTristate | Qt::ItemIsUserCheckable);
                family->setCheckState(0, Qt::Unchecked);
                parents.insert(scope.family, family);
            }
        }
        const QString groupKey = scope.family + u'/' + scope.group;
        QTreeWidgetItem *group = parents.value(groupKey);
        if (!group) {
            group = family ? new QTreeWidgetItem(family, {scope.group})
                           : new QTreeWidgetItem(m_ui->scopeTree, {scope.group});
            group->setFlags(group->flags() | Qt::ItemIsAutoTristate | Qt::ItemIsUserCheckable);
            group->setCheckState(0, Qt::Unchecked);
            parents.insert(groupKey, group);
        }
        return group;
    };
    for (const Scope &scope : method->scopes) {
        auto *item = new QTreeWidgetItem(parentFor(scope), {scope.id, scope.description});
        item->setData(0, ScopeIdRole, scope.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, m_link.directScopes().contains(scope.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->scopeTree->expandAll();
    m_filling = false;
}

void ScopesPage::onScopeItemChanged(QTreeWidgetItem *item)
{
    if (m_filling || item->data(0, ScopeIdRole).isNull())
        return;
    QSet<QString> checked;
    for (QTreeWidgetItemIterator it(m_ui->scopeTree, QTreeWidgetItemIterator::Checked); *it; ++it) {
        const QString id = (*it)->data(0, ScopeIdRole).toString();
        if (!id.isEmpty())
            checked.insert(id);
    }
    QStringList chosen; // in the catalog's order, not the tree's grouping
    for (const Scope &scope : m_link.method()->scopes) {
        if (checked.contains(scope.id))
            chosen.append(scope.id);
    }
    m_link.setDirectScopes(chosen);
}

void ScopesPage::selectAllShown(bool checked)
{
    QList<int> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    m_actions->setChecked(rows, checked);
}

QString ScopesPage::scopesText() const
{
    return m_link.scopes().join(m_ui->separator->currentData().toString());
}

void ScopesPage::refresh()
{
    m_ui->scopesOutput->setPlainText(scopesText());
    if (m_link.provider()) {
        // A method with actions is reproduced by its actions; one without, by
        // the scopes chosen directly.
        const bool byActions = !m_link.method()->actions.isEmpty();
        DeepLink link {m_link.provider()->id, m_link.method()->id, m_link.actions(),
            byActions ? QStringList() : m_link.directScopes()};
        m_ui->deepLink->setText(link.toUrl().toString());
    }
    const QString problem = m_link.selectionProblem();
    m_ui->mixWarning->setVisible(!problem.isEmpty());
    m_ui->mixWarning->setText(u"⚠ "_s + problem);
    Q_EMIT completeChanged();
}

bool ScopesPage::isComplete() const
{
    return !m_link.scopes().isEmpty() && m_link.selectionProblem().isEmpty();
}

} // namespace keylink
