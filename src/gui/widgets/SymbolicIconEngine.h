#pragma once

#include <QByteArray>
#include <QIconEngine>

#include <functional>

class QPalette;

namespace keylink {

// One of Keylink's bundled symbolic SVGs, drawn in a colour taken from the
// application palette each time it is painted, so the icon follows light and
// dark themes (and a palette change) like the desktop's symbolic icons do.
// The SVGs are drawn in #000000, which is replaced by that colour.
class SymbolicIconEngine : public QIconEngine
{
public:
    using Colour = std::function<QColor(const QPalette &palette, QIcon::Mode mode)>;

    SymbolicIconEngine(QByteArray svg, Colour colour);
    // The text colour for the mode: disabled, selected or normal.
    static QColor textColour(const QPalette &palette, QIcon::Mode mode);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QByteArray m_svg;
    Colour m_colour;
};

} // namespace keylink
