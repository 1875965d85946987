#include "accounts/AccountDelegate.h"

#include "accounts/AccountListModel.h"
#include "accounts/RelativeTime.h"
#include "store/Account.h"
#include "widgets/StatusColours.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
constexpr int Margin = 8;
constexpr int IconSize = 32;

QColor statusColour(const QModelIndex &index, const QPalette &palette)
{
    if (index.data(AccountListModel::BusyRole).toBool())
        return palette.color(QPalette::PlaceholderText);
    if (!index.data(AccountListModel::KeychainProblemRole).toString().isEmpty())
        return StatusColours::error(palette);
    switch (Account::Status(index.data(AccountListModel::StatusRole).toInt())) {
    case Account::Status::Verified:
        return StatusColours::success(palette);
    case Account::Status::NeedsAttention:
        return StatusColours::warning(palette);
    case Account::Status::NotChecked:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}
} // namespace

QSize AccountDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {300, qMax(IconSize, 2 * line + 4) + 2 * Margin};
}

void AccountDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? text : pal.color(QPalette::PlaceholderText);
    const QRect r = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int line = opt.fontMetrics.height();

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left(), r.top() + (r.height() - IconSize) / 2, IconSize, IconSize));
    const int x = r.left() + IconSize + Margin;

    // Right column: status on top, "verified … ago" below.
    QFont bold = opt.font;
    bold.setBold(true);
    const QString status = u"● "_s + index.data(AccountListModel::StatusTextRole).toString();
    const QString when
        = tr("verified %1").arg(RelativeTime::ago(index.data(AccountListModel::LastVerifiedRole).toDateTime()));
    const int rightWidth = qMax(opt.fontMetrics.horizontalAdvance(status), opt.fontMetrics.horizontalAdvance(when));
    const QRect right(r.right() - rightWidth, r.top(), rightWidth, r.height());
    painter->setPen(selected ? text : statusColour(index, pal));
    painter->drawText(QRect(right.left(), right.top(), rightWidth, line), Qt::AlignRight, status);
    painter->setPen(dim);
    painter->drawText(QRect(right.left(), right.top() + line + 4, rightWidth, line), Qt::AlignRight, when);

    // Left: name and environment badge, identity below.
    const int textWidth = right.left() - Margin - x;
    painter->setFont(bold);
    const QFontMetrics boldMetrics(bold);
    const QString badge = index.data(AccountListModel::EnvironmentRole).toString();
    const int badgeWidth = opt.fontMetrics.horizontalAdvance(badge) + 12;
    const QString name = boldMetrics.elidedText(
        index.data(Qt::DisplayRole).toString(), Qt::ElideRight, qMax(0, textWidth - badgeWidth - Margin));
    painter->setPen(text);
    painter->drawText(QRect(x, r.top(), textWidth, line), Qt::AlignLeft, name);

    painter->setFont(opt.font);
    const QRect badgeRect(x + boldMetrics.horizontalAdvance(name) + Margin, r.top(), badgeWidth, line);
    const bool sandbox = badge.compare(u"Production"_s, Qt::CaseInsensitive) != 0;
    QPainterPath pill;
    pill.addRoundedRect(badgeRect, line / 2.0, line / 2.0);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(pill, sandbox ? QColor(0xfd, 0xe6, 0x8a) : QColor(0xd1, 0xe7, 0xff));
    painter->setPen(QColor(0x24, 0x29, 0x2f));
    painter->drawText(badgeRect, Qt::AlignCenter, badge);

    painter->setPen(dim);
    const QString identity = index.data(AccountListModel::ProviderNameRole).toString() + u" · "_s
        + index.data(AccountListModel::IdentityRole).toString();
    painter->drawText(QRect(x, r.top() + line + 4, textWidth, line), Qt::AlignLeft,
        opt.fontMetrics.elidedText(identity, Qt::ElideRight, textWidth));
    painter->restore();
}

} // namespace keylink
