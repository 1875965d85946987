#pragma once

#include <QSortFilterProxyModel>

namespace keylink {

// The linked accounts as the list pane shows them: by name, case-insensitive,
// or by the credential that expires soonest (those without an end date last,
// by name), narrowed by the filter text (matched against name, provider,
// identity and label), re-sorted as rows change.
class AccountSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Order { Name, ExpiresSoonest };

    explicit AccountSortModel(QObject *parent = nullptr);
    void setOrder(Order order);
    Order order() const { return m_order; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Order m_order = Order::Name;
};

} // namespace keylink
