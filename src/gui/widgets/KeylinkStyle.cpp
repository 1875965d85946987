#include "widgets/KeylinkStyle.h"

#include "widgets/Icons.h"

namespace keylink {

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

} // namespace keylink
