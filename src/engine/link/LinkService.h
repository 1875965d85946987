#pragma once

#include "catalog/Provider.h"
#include "connect/VerificationResult.h"
#include "link/LinkOutcome.h"
#include "store/AccountLocks.h"
#include "store/AccountStore.h"
#include "vault/SecretStore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace keylink {

// Saves and removes links as one unit, safely beside other Keylink processes:
// each holds the account's lock (AccountLocks) from the keychain change to the
// metadata change, so the secret and the metadata always come from the same
// writer. A new link reserves its identity with a write-ahead mark first, so
// two processes linking the same identity end with one account. If the
// metadata cannot be saved, the keychain is put back as it was; if the secret
// cannot be saved, nothing is.
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

    // Links `draft`: updates the account with the same id (a relink), or else
    // the one with the same provider, environment and identity, or adds a
    // new one.
    void save(Account draft, const SecretFields &secrets, Callback done);
    void unlink(const QString &accountId, Callback done);
    // A new label, on the account as stored now; false and why when it
    // cannot be saved or the account is gone.
    // The end date the user knows for the account's credential (invalid:
    // none). A new date gets its reminders afresh.
    bool setExpiry(const QString &accountId, const QDateTime &expiresOn, QString *error);
    bool rename(const QString &accountId, const QString &label, QString *error);
    // The linked account a save of `draft` would update (same provider,
    // environment and identity), as stored now; none for a new identity.
    std::optional<Account> sameIdentity(const Account &draft);

private:
    void linkNew(Account draft, const SecretFields &secrets, Callback done);
    // `orNew`: the account was found by its identity; if it is unlinked
    // meanwhile, link it as a new one instead.
    void replace(Account draft, const SecretFields &secrets, bool orNew, Callback done);
    void undoReplace(const Account &draft, const std::optional<SecretFields> &previous, const QString &error,
        AccountLocks::Held held, Callback done);

    SecretStore &m_secrets;
    AccountStore &m_store;
};

} // namespace keylink
