#pragma once

#include "accounts/AccountStore.h"
#include "catalog/Provider.h"
#include "connect/VerificationResult.h"
#include "link/LinkOutcome.h"
#include "vault/SecretStore.h"

#include <QObject>

#include <functional>

namespace keylink {

// Saves and removes links as one unit: the secret goes to the keychain first,
// then the metadata to the account store. If the metadata fails, the
// keychain is put back as it was; if the secret fails, nothing is saved.
class LinkService : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const LinkOutcome &)>;

    LinkService(SecretStore &secrets, AccountStore &store, QObject *parent = nullptr);

    // The account a successful verification describes (no id yet).
    static Account accountFrom(const Provider &provider, const AuthMethod &method,
        const VerificationResult &verification, const SecretFields &fields, const QStringList &actions,
        const QStringList &scopes, const QString &label);
    // Applies a later verification to an account: status, permissions, time.
    static void applyVerification(Account &account, const VerificationResult &verification);
    // The secret fields (for the keychain) and the others (for the store).
    static SecretFields secretsOf(const AuthMethod &method, const SecretFields &fields);
    static SecretFields plainFieldsOf(const AuthMethod &method, const SecretFields &fields);

    // Links `draft`: updates the account with the same id, or else the one
    // with the same provider, environment and identity, or adds a new one.
    void save(Account draft, const SecretFields &secrets, Callback done);
    void unlink(const QString &accountId, Callback done);

private:
    void writeMetadata(const Account &account, bool update, const std::optional<SecretFields> &previous, Callback done);

    SecretStore &m_secrets;
    AccountStore &m_store;
};

} // namespace keylink
