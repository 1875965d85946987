#pragma once

#include <QStyledItemDelegate>

namespace keylink {

// Draws one linked account: provider icon, name, identity, an environment
// badge, the status in its colour, and when it was last verified.
class AccountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace keylink
