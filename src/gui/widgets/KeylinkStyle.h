#pragma once

#include <QProxyStyle>

namespace keylink {

// The desktop's style, with the few standard icons a Keylink window shows
// from the start (the menu bar's overflow arrow, the filter's clear button)
// taken from the icon theme or from Keylink's own SVGs. Fusion draws them
// from PNG files, and reading the first PNG makes Qt load every image-format
// plugin (TIFF, WebP, JPEG, …): about a tenth of the window's start-up
// (bench/bench_startup).
class KeylinkStyle : public QProxyStyle
{
    Q_OBJECT
public:
    KeylinkStyle();
    QIcon standardIcon(
        StandardPixmap icon, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
};

} // namespace keylink
