#pragma once

#include "vault/CredentialVault.h"

#include <QMetaObject>
#include <QPointer>

// The real keychain, except that the next `failWrites` writes are refused
// (as a locked keychain would), to test what happens to refreshed tokens.
class FlakySecretStore : public keylink::SecretStore
{
public:
    explicit FlakySecretStore(keylink::SecretStore &real)
        : m_real(real)
    { }
    int failWrites = 0;
    int writes = 0;

    void write(const QString &id, const keylink::SecretFields &s, QObject *context, Callback done) override
    {
        ++writes;
        if (failWrites > 0) {
            --failWrites;
            QPointer<QObject> guard(context);
            QMetaObject::invokeMethod(
                context,
                [guard, done] {
                    if (guard)
                        done(keylink::CredentialVault::describe(keylink::VaultResult::Error::Locked, {}));
                },
                Qt::QueuedConnection);
            return;
        }
        m_real.write(id, s, context, std::move(done));
    }
    void read(const QString &id, QObject *context, Callback done) override
    {
        m_real.read(id, context, std::move(done));
    }
    void remove(const QString &id, QObject *context, Callback done) override
    {
        m_real.remove(id, context, std::move(done));
    }

private:
    keylink::SecretStore &m_real;
};
