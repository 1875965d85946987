#include "widgets/KeylinkStyle.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace keylink {

KeylinkStyle::KeylinkStyle() = default;

QIcon KeylinkStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    QString theme, own;
    switch (icon) {
    case SP_LineEditClearButton:
        theme = u"edit-clear"_s;
        own = u":/icons/edit-clear.svg"_s;
        break;
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
        theme = u"go-next"_s;
        own = u":/icons/toolbar-extension.svg"_s;
        break;
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
    if (QIcon::hasThemeIcon(theme))
        return QIcon::fromTheme(theme);
    return QIcon(own);
}

} // namespace keylink
