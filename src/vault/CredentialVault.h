#pragma once

#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

namespace keylink {

// The secret fields of one account, by field id. Lives only in memory and in
// the keychain entry.
using SecretFields = QMap<QString, QString>;

struct VaultResult {
    enum class Error {
        None,
        NotFound, // no entry: "no secret", not a failure of the keychain
        NoKeychain, // no Secret Service / keychain on this system
        Locked, // the keychain refused access (locked, or the user said no)
        Corrupt, // an entry that Keylink cannot read back
        Failed, // anything else the keychain reported
    };
    Error error = Error::None;
    QString message; // for people; never contains a secret
    SecretFields secrets;

    bool ok() const { return error == Error::None; }
};

// The system keychain through QtKeychain: service "keylink", one entry per
// account holding all of that account's secret fields as one JSON object.
// Every call is asynchronous; there is no plaintext fallback, ever.
class CredentialVault : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const VaultResult &)>;

    static QString serviceName();

    explicit CredentialVault(QObject *parent = nullptr);

    // `done` runs once, later, on the event loop, unless `context` is gone.
    void write(const QString &accountId, const SecretFields &secrets, QObject *context, Callback done);
    void read(const QString &accountId, QObject *context, Callback done);
    // Removing an entry that does not exist succeeds.
    void remove(const QString &accountId, QObject *context, Callback done);
};

} // namespace keylink
