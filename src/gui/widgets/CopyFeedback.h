#pragma once

#include <QCoreApplication>

class QAbstractButton;

namespace keylink {

// A copy button confirms for a moment: its text reads "Copied" with a tick,
// then returns. The button keeps its width, so nothing beside it moves.
class CopyFeedback
{
    Q_DECLARE_TR_FUNCTIONS(keylink::CopyFeedback)

public:
    static constexpr int ShownMs = 1500;
    static void confirm(QAbstractButton *button);
};

} // namespace keylink
