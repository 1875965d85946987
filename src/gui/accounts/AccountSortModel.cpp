#include "accounts/AccountSortModel.h"

#include "accounts/AccountListModel.h"

namespace keylink {

AccountSortModel::AccountSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(AccountListModel::FilterRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(0);
}

} // namespace keylink
