#include "accounts/StatusChip.h"

#include "widgets/StatusColours.h"

#include <QPainter>
#include <QPainterPath>

namespace keylink {

namespace {
constexpr int IconSize = 16;
constexpr int Padding = 8;
constexpr int Gap = 6;
} // namespace

StatusChip::StatusChip(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusChip::setStatus(Icons::Name icon, const QString &text)
{
    m_icon = icon;
    setText(text);
    updateGeometry();
    update();
}

QSize StatusChip::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {2 * Padding + IconSize + Gap + metrics.horizontalAdvance(text()), qMax(IconSize, metrics.height()) + 8};
}

QColor StatusChip::colour() const
{
    switch (m_icon) {
    case Icons::Name::Verified:
        return StatusColours::success(palette());
    case Icons::Name::Attention:
        return StatusColours::warning(palette());
    case Icons::Name::Failed:
    case Icons::Name::Expired:
        return StatusColours::error(palette());
    default:
        return palette().color(QPalette::PlaceholderText);
    }
}

void StatusChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = colour();
    QColor tint = ink;
    tint.setAlphaF(StatusColours::isDark(palette()) ? 0.22 : 0.12);
    const QRectF chip = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter.fillPath(path, tint);
    const QRect icon(Padding, (height() - IconSize) / 2, IconSize, IconSize);
    Icons::icon(m_icon).paint(&painter, icon);
    painter.setPen(ink);
    painter.drawText(QRect(icon.right() + 1 + Gap, 0, width() - icon.right() - Gap - Padding, height()),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, text());
}

} // namespace keylink
