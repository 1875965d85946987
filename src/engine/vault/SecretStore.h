#pragma once

#include "vault/VaultResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace keylink {

// Where account secrets live. The real one is CredentialVault (the system
// keychain); tests put a refusing one in its place to inject failures.
class SecretStore
{
public:
    using Callback = std::function<void(const VaultResult &)>;

    virtual ~SecretStore() = default;
    // Each call answers once, later, on the event loop, unless `context` is gone.
    virtual void write(const QString &accountId, const SecretFields &secrets, QObject *context, Callback done) = 0;
    virtual void read(const QString &accountId, QObject *context, Callback done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &accountId, QObject *context, Callback done) = 0;
};

} // namespace keylink
