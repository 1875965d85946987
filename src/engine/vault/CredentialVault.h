#pragma once

#include "core/Timeouts.h"
#include "vault/SecretStore.h"

#include <QObject>
#include <QString>

#include <memory>

namespace keylink {

// The system keychain through QtKeychain: service "keylink", one entry per
// account holding all of that account's secret fields as one JSON object.
// Every call is asynchronous and answers within the timeout; there is no
// plaintext fallback, ever. Where QtKeychain cannot tell a locked collection
// from a missing entry, the Secret Service is asked (SecretServiceState).
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
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void write(const QString &accountId, const SecretFields &secrets, QObject *context, Callback done) override;
    void read(const QString &accountId, QObject *context, Callback done) override;
    void remove(const QString &accountId, QObject *context, Callback done) override;

private:
    class Answer;
    std::shared_ptr<Answer> answerFor(const QString &accountId, QObject *context, Callback done);

    int m_timeoutMs = Timeouts::DefaultKeychainMs;
};

} // namespace keylink
