#include "wizard/ActionFilterModel.h"

#include "wizard/ActionTableModel.h"

namespace keylink {

ActionFilterModel::ActionFilterModel(ActionTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

void ActionFilterModel::setSearch(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_needle.isEmpty() || m_source->searchText(sourceRow).contains(m_needle);
}

} // namespace keylink
