#pragma once

#include <QProxyStyle>

namespace keylink {

// The desktop's style, with two corrections:
// - the few standard icons a Keylink window shows from the start (the menu
//   bar's overflow arrow, the filter's clear button) come from Icons. Fusion
//   draws them from PNG files, and reading the first PNG makes Qt load every
//   image-format plugin (TIFF, WebP, JPEG, …): about a tenth of the window's
//   start-up (bench/bench_startup);
// - on Fusion, scroll bars are drawn as a dark thumb on a plain track, as
//   GNOME and KDE draw them. Fusion's thumb is almost white on a grey track
//   in a light palette, so the grey part below it reads as the thumb and the
//   bar looks as if it ran backwards. Other styles keep their own;
// - on Fusion, the check boxes in lists and tables get a visible outline
//   and a filled box when checked: Fusion's are drawn in the base colour and
//   vanish on a dark palette's rows.
class KeylinkStyle : public QProxyStyle
{
    Q_OBJECT
public:
    KeylinkStyle();
    QIcon standardIcon(
        StandardPixmap icon, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex *option, SubControl subControl,
        const QWidget *widget = nullptr) const override;
    SubControl hitTestComplexControl(ComplexControl control, const QStyleOptionComplex *option, const QPoint &position,
        const QWidget *widget = nullptr) const override;

private:
    bool ownsScrollBars() const;
};

} // namespace keylink
