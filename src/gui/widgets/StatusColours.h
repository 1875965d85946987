#pragma once

#include <QColor>
#include <QPalette>

namespace keylink {

// Red, green and orange that stay readable on the palette's background:
// deep tones on a light window, light tones on a dark one.
class StatusColours
{
public:
    static bool isDark(const QPalette &palette);
    static QColor error(const QPalette &palette);
    static QColor success(const QPalette &palette);
    static QColor warning(const QPalette &palette);
};

} // namespace keylink
