#include "widgets/ClearButton.h"

#include <QLineEdit>
#include <QToolButton>

namespace keylink {

void ClearButton::describe(QLineEdit *edit)
{
    // Qt makes the button when clearButtonEnabled is set (in the .ui file).
    for (QToolButton *button : edit->findChildren<QToolButton *>()) {
        button->setAccessibleName(tr("Clear"));
        button->setAccessibleDescription(tr("Empties the search field"));
    }
}

} // namespace keylink
