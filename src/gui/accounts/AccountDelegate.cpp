#include "accounts/AccountDelegate.h"

#include "accounts/AccountListModel.h"
#include "accounts/RelativeTime.h"
#include "widgets/Icons.h"
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
constexpr int StatusIconSize = 16;
constexpr int BadgePadding = 6;

Icons::Name statusIcon(const QModelIndex &index)
{
    return Icons::Name(index.data(AccountListModel::StatusIconRole).toInt());
}

QColor statusColour(const QModelIndex &index, const QPalette &palette)
{
    switch (statusIcon(index)) {
    case Icons::Name::Verified:
        return StatusColours::success(palette);
    case Icons::Name::Attention:
        return StatusColours::warning(palette);
    case Icons::Name::Failed:
    case Icons::Name::Expired:
        return StatusColours::error(palette);
    default:
        return palette.color(QPalette::PlaceholderText);
    }
}

// Production in blue, anything else (sandbox, test) in amber, by id: the
// label is translated ("Produktion").
std::pair<QColor, QColor> badgeColours(const QString &environmentId, const QPalette &palette)
{
    const bool production = environmentId == u"production"_s;
    if (StatusColours::isDark(palette))
        return production ? std::pair(QColor(0x1f, 0x3a, 0x5f), QColor(0xcf, 0xe3, 0xff))
                          : std::pair(QColor(0x4d, 0x3b, 0x00), QColor(0xff, 0xe8, 0xa3));
    return production ? std::pair(QColor(0xd1, 0xe7, 0xff), QColor(0x0b, 0x3d, 0x91))
                      : std::pair(QColor(0xfd, 0xe6, 0x8a), QColor(0x5c, 0x40, 0x00));
}

// Whole when it fits (elidedText cuts a text whose rounded width is exactly
// `width`), else elided; nothing when not even one letter and "…" fit,
// unless `keep` (the name always shows something).
QString fit(const QFontMetrics &metrics, const QString &text, int width, bool keep = false)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString elided = metrics.elidedText(text, Qt::ElideRight, qMax(0, width));
    return keep || elided.size() > 1 ? elided : QString();
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
    const QFontMetrics &metrics = opt.fontMetrics;
    const int line = metrics.height();
    const int secondLine = r.top() + line + 4;

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left(), r.top() + (r.height() - IconSize) / 2, IconSize, IconSize));
    const int x = r.left() + IconSize + Margin;
    const int available = r.right() + 1 - x;

    // What gives way when the row is narrow, first to last: the environment
    // badge, the status and "verified … ago" texts (the status icon stays),
    // and only then the name, which is what tells the rows apart.
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString fullName = index.data(Qt::DisplayRole).toString();
    const QString status = index.data(AccountListModel::StatusTextRole).toString();
    const QDateTime verified = index.data(AccountListModel::LastVerifiedRole).toDateTime();
    const QString when = verified.isValid() ? tr("verified %1").arg(RelativeTime::ago(verified)) : tr("never verified");
    const int statusWidth = StatusIconSize + 4 + metrics.horizontalAdvance(status);
    const int rightFull = qMax(statusWidth, metrics.horizontalAdvance(when));
    const QString badgeText = index.data(AccountListModel::EnvironmentRole).toString();
    const int badgeFull = metrics.horizontalAdvance(badgeText) + 2 * BadgePadding;

    const int nameWidth = qMin(boldMetrics.horizontalAdvance(fullName), available - Margin - StatusIconSize);
    int left = available - nameWidth - Margin;
    const int rightWidth = qBound(StatusIconSize, rightFull, qMax(StatusIconSize, left));
    left -= rightWidth;
    const QString badge = fit(metrics, badgeText, qMin(badgeFull, left - Margin) - 2 * BadgePadding);

    painter->setFont(bold);
    painter->setPen(text);
    const QString name = fit(boldMetrics, fullName, nameWidth, true);
    // Already fitted: drawn whole (a rectangle's rounding would clip a pixel).
    painter->drawText(QRect(x, r.top(), qMax(0, nameWidth), line), Qt::AlignLeft | Qt::TextDontClip, name);
    painter->setFont(opt.font);

    // Right column: the status icon and text on top, "verified … ago" below.
    const int right = r.right() + 1;
    const QString statusShown = fit(metrics, status, rightWidth - StatusIconSize - 4);
    const int statusShownWidth
        = StatusIconSize + (statusShown.isEmpty() ? 0 : 4 + metrics.horizontalAdvance(statusShown));
    const int iconX = right - statusShownWidth;
    Icons::icon(statusIcon(index))
        .paint(painter, QRect(iconX, r.top() + (line - StatusIconSize) / 2, StatusIconSize, StatusIconSize),
            Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
    if (!statusShown.isEmpty()) {
        painter->setPen(selected ? text : statusColour(index, pal));
        painter->drawText(QRect(iconX + StatusIconSize + 4, r.top(), statusShownWidth, line),
            Qt::AlignLeft | Qt::TextDontClip, statusShown);
    }
    const QString whenShown = fit(metrics, when, rightWidth);
    painter->setPen(dim);
    painter->drawText(
        QRect(right - rightWidth, secondLine, rightWidth, line), Qt::AlignRight | Qt::TextDontClip, whenShown);

    if (!badge.isEmpty()) {
        const int badgeWidth = metrics.horizontalAdvance(badge) + 2 * BadgePadding;
        const QRect badgeRect(x + boldMetrics.horizontalAdvance(name) + Margin, r.top(), badgeWidth, line);
        const auto [fill, ink] = badgeColours(index.data(AccountListModel::EnvironmentIdRole).toString(), pal);
        QPainterPath pill;
        pill.addRoundedRect(badgeRect, line / 2.0, line / 2.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(pill, fill);
        painter->setPen(ink);
        painter->drawText(badgeRect, Qt::AlignCenter | Qt::TextDontClip, badge);
    }

    painter->setPen(dim);
    const QString identity = index.data(AccountListModel::ProviderNameRole).toString() + u" · "_s
        + index.data(AccountListModel::IdentityRole).toString();
    const int identityWidth = qMax(0, right - rightWidth - Margin - x);
    painter->drawText(QRect(x, secondLine, identityWidth, line), Qt::AlignLeft | Qt::TextDontClip,
        fit(metrics, identity, identityWidth, true));
    painter->restore();
}

} // namespace keylink
