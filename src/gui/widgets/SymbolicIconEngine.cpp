#include "widgets/SymbolicIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace keylink {

SymbolicIconEngine::SymbolicIconEngine(QByteArray svg, Colour colour)
    : m_svg(std::move(svg))
    , m_colour(std::move(colour))
{ }

QColor SymbolicIconEngine::textColour(const QPalette &palette, QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::HighlightedText);
    default:
        return palette.color(QPalette::WindowText);
    }
}

void SymbolicIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QColor colour = m_colour(QGuiApplication::palette(), mode);
    if (mode == QIcon::Disabled && m_colour) // coloured status icons fade when disabled
        colour.setAlphaF(0.45F);
    QByteArray svg = m_svg;
    svg.replace("#000000", colour.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    painter->save();
    painter->setOpacity(painter->opacity() * colour.alphaF());
    renderer.render(painter, QRectF(rect));
    painter->restore();
}

QPixmap SymbolicIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SymbolicIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.fill(Qt::transparent);
    pixmap.setDevicePixelRatio(scale);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *SymbolicIconEngine::clone() const
{
    return new SymbolicIconEngine(m_svg, m_colour);
}

QString SymbolicIconEngine::key() const
{
    return QStringLiteral("keylink-symbolic");
}

} // namespace keylink
