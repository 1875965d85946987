#include "widgets/KeylinkStyle.h"

#include "widgets/Icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionSlider>

namespace keylink {

namespace {
constexpr int MinimumThumb = 24;

// The thumb's length and offset along the track, from the bar's range.
QRect thumbRect(const QStyleOptionSlider &bar)
{
    const bool horizontal = bar.orientation == Qt::Horizontal;
    const int track = horizontal ? bar.rect.width() : bar.rect.height();
    const qint64 range = qint64(bar.maximum) - bar.minimum;
    int length = track;
    if (range > 0)
        length = int(qMax<qint64>(MinimumThumb, qint64(track) * bar.pageStep / (range + bar.pageStep)));
    length = qMin(length, track);
    const int offset
        = QStyle::sliderPositionFromValue(bar.minimum, bar.maximum, bar.sliderPosition, track - length, bar.upsideDown);
    return horizontal ? QRect(bar.rect.left() + offset, bar.rect.top(), length, bar.rect.height())
                      : QRect(bar.rect.left(), bar.rect.top() + offset, bar.rect.width(), length);
}
} // namespace

KeylinkStyle::KeylinkStyle() = default;

QIcon KeylinkStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_LineEditClearButton:
        return Icons::icon(Icons::Name::Clear);
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
        return Icons::icon(Icons::Name::Overflow);
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

bool KeylinkStyle::ownsScrollBars() const
{
    return baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

QRect KeylinkStyle::subControlRect(
    ComplexControl control, const QStyleOptionComplex *option, SubControl subControl, const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !bar || !ownsScrollBars())
        return QProxyStyle::subControlRect(control, option, subControl, widget);
    // No arrow buttons: the whole bar is the track.
    const QRect thumb = thumbRect(*bar);
    const bool horizontal = bar->orientation == Qt::Horizontal;
    switch (subControl) {
    case SC_ScrollBarGroove:
        return bar->rect;
    case SC_ScrollBarSlider:
        return thumb;
    case SC_ScrollBarSubPage:
        return horizontal ? QRect(bar->rect.topLeft(), QPoint(thumb.left() - 1, bar->rect.bottom()))
                          : QRect(bar->rect.topLeft(), QPoint(bar->rect.right(), thumb.top() - 1));
    case SC_ScrollBarAddPage:
        return horizontal ? QRect(QPoint(thumb.right() + 1, bar->rect.top()), bar->rect.bottomRight())
                          : QRect(QPoint(bar->rect.left(), thumb.bottom() + 1), bar->rect.bottomRight());
    default: // SubLine, AddLine, First, Last
        return {};
    }
}

QStyle::SubControl KeylinkStyle::hitTestComplexControl(
    ComplexControl control, const QStyleOptionComplex *option, const QPoint &position, const QWidget *widget) const
{
    if (control != CC_ScrollBar || !ownsScrollBars())
        return QProxyStyle::hitTestComplexControl(control, option, position, widget);
    for (const SubControl part : {SC_ScrollBarSlider, SC_ScrollBarSubPage, SC_ScrollBarAddPage}) {
        if (subControlRect(control, option, part, widget).contains(position))
            return part;
    }
    return SC_None;
}

void KeylinkStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element != PE_IndicatorItemViewItemCheck || !ownsScrollBars()) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option->palette;
    const bool enabled = option->state & State_Enabled;
    const bool on = option->state & State_On;
    const bool partial = option->state & State_NoChange;
    const int side = qMin(option->rect.width(), option->rect.height()) - 2;
    const QRectF box(QRectF(option->rect).center() - QPointF(side / 2.0, side / 2.0), QSizeF(side, side));
    QColor outline = palette.color(QPalette::WindowText);
    outline.setAlphaF(enabled ? 0.6F : 0.3F);
    const QColor accent = palette.color(enabled ? QPalette::Highlight : QPalette::Mid);
    painter->setPen(on || partial ? QPen(accent, 1) : QPen(outline, 1));
    painter->setBrush(on || partial ? accent : palette.color(QPalette::Base));
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5);
    QPen mark(
        palette.color(QPalette::HighlightedText), qMax(1.5, side / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(mark);
    painter->setBrush(Qt::NoBrush);
    const qreal x = box.left(), y = box.top(), w = box.width();
    if (on) {
        painter->drawPolyline(QPolygonF {QPointF(x + w * 0.25, y + w * 0.52), QPointF(x + w * 0.43, y + w * 0.7),
            QPointF(x + w * 0.76, y + w * 0.32)});
    } else if (partial) {
        painter->drawLine(QPointF(x + w * 0.27, y + w / 2), QPointF(x + w * 0.73, y + w / 2));
    }
    painter->restore();
}

void KeylinkStyle::drawComplexControl(
    ComplexControl control, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !bar || !ownsScrollBars()) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = bar->palette;
    painter->fillRect(bar->rect, palette.color(QPalette::Base));
    // A hairline between the track and what it scrolls.
    QColor line = palette.color(QPalette::WindowText);
    line.setAlphaF(0.12F);
    painter->setPen(line);
    if (bar->orientation == Qt::Vertical)
        painter->drawLine(bar->rect.topLeft(), bar->rect.bottomLeft());
    else
        painter->drawLine(bar->rect.topLeft(), bar->rect.topRight());

    if (bar->maximum > bar->minimum && (bar->state & State_Enabled)) {
        const bool hovered = (bar->activeSubControls & SC_ScrollBarSlider) && (bar->state & State_MouseOver);
        const bool pressed = (bar->activeSubControls & SC_ScrollBarSlider) && (bar->state & State_Sunken);
        QColor thumb = palette.color(QPalette::WindowText);
        thumb.setAlphaF(pressed ? 0.65F : hovered ? 0.5F : 0.35F);
        const int inset = hovered || pressed ? 2 : 3;
        const QRectF shape = QRectF(thumbRect(*bar)).adjusted(inset, inset, -inset, -inset);
        const qreal radius = qMin(shape.width(), shape.height()) / 2;
        QPainterPath path;
        path.addRoundedRect(shape, radius, radius);
        painter->fillPath(path, thumb);
    }
    painter->restore();
}

} // namespace keylink
