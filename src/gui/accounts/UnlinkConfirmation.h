#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace keylink {

// Asks before an account is unlinked, saying what unlinking does and does
// not do (the token stays valid at the provider). Window-modal, no nested
// event loop: `confirmed` runs only when the user picks Unlink.
class UnlinkConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(keylink::UnlinkConfirmation)
public:
    static void ask(QWidget *parent, const QString &accountName, const QString &providerName,
        const std::function<void()> &confirmed);
};

} // namespace keylink
