#pragma once

#include <QCoreApplication>

class QLineEdit;

namespace keylink {

// A line edit's built-in clear button has no accessible name; screen readers
// would announce "button". Names it after what it does.
class ClearButton
{
    Q_DECLARE_TR_FUNCTIONS(keylink::ClearButton)

public:
    static void describe(QLineEdit *edit);
};

} // namespace keylink
