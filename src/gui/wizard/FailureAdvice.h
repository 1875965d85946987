#pragma once

#include "connect/ConnectResult.h"
#include "vault/VaultResult.h"

#include <QCoreApplication>

namespace keylink {

// What the Verify step says when linking did not work: a headline, what to
// do next, and whether pressing Retry as things stand can help. A rejected
// token does not become good by asking again; a network that was down may
// be back.
struct FailureAdvice {
    Q_DECLARE_TR_FUNCTIONS(keylink::FailureAdvice)

public:
    QString headline;
    QString advice;
    bool retryHelps = false;

    static FailureAdvice forConnect(const ConnectResult &result, const QString &provider);
    static FailureAdvice forKeychain(VaultResult::Error error);
};

} // namespace keylink
