#include "accounts/AccountSortModel.h"

#include "accounts/AccountListModel.h"

#include <QDateTime>

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

void AccountSortModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    invalidate();
}

bool AccountSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_order == Order::ExpiresSoonest) {
        const QDateTime a = left.data(AccountListModel::ExpiresAtRole).toDateTime();
        const QDateTime b = right.data(AccountListModel::ExpiresAtRole).toDateTime();
        if (a.isValid() != b.isValid())
            return a.isValid();
        if (a.isValid() && a != b)
            return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace keylink
