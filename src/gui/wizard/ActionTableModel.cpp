#include "wizard/ActionTableModel.h"

using namespace Qt::StringLiterals;

namespace keylink {

ActionTableModel::ActionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ActionTableModel::setMethod(const AuthMethod *method)
{
    beginResetModel();
    m_method = method;
    const qsizetype n = method ? method->actions.size() : 0;
    m_checked = QList<bool>(n, false);
    m_search.clear();
    m_search.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Action &a = method->actions.at(i);
        m_search.append((a.label + u' ' + a.id + u' ' + a.scopes.join(u' ')).toLower());
    }
    endResetModel();
}

QStringList ActionTableModel::checkedActions() const
{
    QStringList ids;
    for (qsizetype i = 0; i < m_checked.size(); ++i) {
        if (m_checked.at(i))
            ids.append(m_method->actions.at(i).id);
    }
    return ids;
}

void ActionTableModel::setCheckedActions(const QStringList &ids)
{
    for (qsizetype i = 0; i < m_checked.size(); ++i)
        m_checked[i] = ids.contains(m_method->actions.at(i).id);
    if (!m_checked.isEmpty())
        Q_EMIT dataChanged(index(0, ActionColumn), index(rowCount() - 1, ActionColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

void ActionTableModel::setChecked(const QList<int> &rows, bool checked)
{
    for (int row : rows)
        m_checked[row] = checked;
    if (!m_checked.isEmpty())
        Q_EMIT dataChanged(index(0, ActionColumn), index(rowCount() - 1, ActionColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int ActionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checked.size());
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_method)
        return {};
    const Action &a = m_method->actions.at(index.row());
    if (index.column() == ActionColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return a.label;
        if (role == Qt::CheckStateRole)
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return a.id;
    } else if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        return a.scopes.join(u", "_s);
    }
    return {};
}

bool ActionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ActionColumn || role != Qt::CheckStateRole)
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags ActionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ActionColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ActionColumn ? tr("Action") : tr("Scopes");
}

} // namespace keylink
