#pragma once

#include "vault/SecretStore.h"

#include <QObject>
#include <QString>

namespace keylink {

// The system keychain through QtKeychain: service "keylink", one entry per
// account holding all of that account's secret fields as one JSON object.
// Every call is asynchronous; there is no plaintext fallback, ever.
class CredentialVault
    : public QObject
    , public SecretStore
{
    Q_OBJECT
public:
    static QString serviceName();
    // The result, worded for people, for each kind of keychain failure.
    static VaultResult describe(VaultResult::Error error, const QString &accountId, const QString &detail = {});

    explicit CredentialVault(QObject *parent = nullptr);

    void write(const QString &accountId, const SecretFields &secrets, QObject *context, Callback done) override;
    void read(const QString &accountId, QObject *context, Callback done) override;
    void remove(const QString &accountId, QObject *context, Callback done) override;
};

} // namespace keylink
