#pragma once

#include "vault/CredentialVault.h"

#include <QMetaObject>
#include <QPointer>

// A keychain that is locked: every call fails the way QtKeychain reports a
// refusal, asynchronously like the real one.
class RefusingSecretStore : public keylink::SecretStore
{
public:
    int calls = 0;
    void write(const QString &, const keylink::SecretFields &, QObject *context, Callback done) override
    {
        refuse(context, std::move(done));
    }
    void read(const QString &, QObject *context, Callback done) override { refuse(context, std::move(done)); }
    void remove(const QString &, QObject *context, Callback done) override { refuse(context, std::move(done)); }

private:
    void refuse(QObject *context, Callback done)
    {
        ++calls;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, done = std::move(done)] {
                if (!guard)
                    return;
                done(keylink::CredentialVault::describe(keylink::VaultResult::Error::Locked, {}));
            },
            Qt::QueuedConnection);
    }
};
