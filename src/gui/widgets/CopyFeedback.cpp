#include "widgets/CopyFeedback.h"

#include "widgets/Icons.h"

#include <QAbstractButton>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keylink {

void CopyFeedback::confirm(QAbstractButton *button)
{
    static const char *const Original = "keylinkCopyOriginal";
    if (!button->property(Original).isValid()) { // a second click while confirming keeps the first text
        button->setProperty(Original, button->text());
        button->setProperty("keylinkCopyIcon", button->icon());
    }
    button->setMinimumWidth(button->width());
    button->setText(tr("Copied"));
    button->setIcon(Icons::icon(Icons::Name::Verified));
    QTimer::singleShot(ShownMs, button, [button = QPointer<QAbstractButton>(button)] {
        if (!button || !button->property(Original).isValid())
            return;
        button->setText(button->property(Original).toString());
        button->setIcon(button->property("keylinkCopyIcon").value<QIcon>());
        button->setProperty(Original, QVariant());
    });
}

} // namespace keylink
