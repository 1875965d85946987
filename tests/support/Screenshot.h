#pragma once

#include <QString>

class QWidget;

// Pictures for docs/screenshots, taken only when scripts/screenshots asks:
//   KEYLINK_SCREENSHOTS=<dir>            where the PNGs go
//   KEYLINK_SCREENSHOT_SUFFIX=-dark      appended to each name
//   KEYLINK_SCREENSHOT_PALETTE=dark      Fusion with a dark palette, as a dark
//                                        desktop theme gives the app
class Screenshot
{
public:
    static void preparePalette();
    static void take(QWidget &widget, const QString &name);
};
