#include "widgets/StatusColours.h"

namespace keylink {

bool StatusColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusColours::error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

QColor StatusColours::success(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x57, 0xd3, 0x8c) : QColor(0x1a, 0x7f, 0x37);
}

QColor StatusColours::warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xa6, 0x57) : QColor(0xb3, 0x4d, 0x00);
}

} // namespace keylink
