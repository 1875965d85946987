#pragma once

#include <QMap>
#include <QString>

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
        Timeout, // the keychain did not answer in time (the change may still happen)
        Failed, // anything else the keychain reported
    };
    Error error = Error::None;
    QString message; // for people; never contains a secret
    SecretFields secrets;

    bool ok() const { return error == Error::None; }
};

} // namespace keylink
