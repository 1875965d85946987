#pragma once

#include "vault/SecretStore.h"

#include <QHash>
#include <QMetaObject>
#include <QPointer>

// The keychain in memory, answering later on the event loop as the real one
// does: for widget tests, which are about the window, not the keychain (the
// vault, store and end-to-end tests keep the real Secret Service).
class MemorySecretStore : public keylink::SecretStore
{
public:
    QHash<QString, keylink::SecretFields> entries;

    void write(const QString &id, const keylink::SecretFields &secrets, QObject *context, Callback done) override
    {
        entries.insert(id, secrets);
        answer(context, std::move(done), {});
    }
    void read(const QString &id, QObject *context, Callback done) override
    {
        keylink::VaultResult r;
        if (entries.contains(id))
            r.secrets = entries.value(id);
        else
            r.error = keylink::VaultResult::Error::NotFound;
        answer(context, std::move(done), r);
    }
    void remove(const QString &id, QObject *context, Callback done) override
    {
        entries.remove(id);
        answer(context, std::move(done), {});
    }

private:
    static void answer(QObject *context, Callback done, const keylink::VaultResult &result)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, done = std::move(done), result] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    }
};
