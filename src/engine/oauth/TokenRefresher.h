#pragma once

#include "catalog/Catalog.h"
#include "connect/ProviderAccess.h"
#include "oauth/TokenResult.h"
#include "store/AccountLocks.h"
#include "vault/VaultResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace keylink {

class AccountStore;
class SecretStore;

// Hands out a usable access token for an OAuth account, refreshing it first
// when it has expired or is about to. Refresh tokens are single-use, so: at
// most one refresh runs per account in this process, and every caller
// meanwhile shares it; across processes the account's lock is taken and the
// keychain read again under it, so a token another process has just
// refreshed is used instead of spending the refresh token twice; the new
// tokens reach the keychain before the new access token is used; a write
// that fails is retried, and if it still fails the new tokens are kept in
// memory and written first on the next call, never dropped. A refresh the
// provider rejects marks the account Needs attention ("sign in again").
class TokenRefresher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TokenResult &)>;

    // `access` is kept by reference: its owner (Services) outlives this.
    TokenRefresher(const Catalog &catalog, const ProviderAccess &access, SecretStore &secrets, AccountStore &store,
        QObject *parent = nullptr);

    void setWriteRetries(int attempts, int delayMs)
    {
        m_writeAttempts = attempts;
        m_writeDelayMs = delayMs;
    }

    void accessToken(const QString &accountId, QObject *context, Callback done);
    bool hasUnsavedTokens(const QString &accountId) const { return m_unsaved.contains(accountId); }

private:
    struct Waiter {
        QPointer<QObject> context;
        Callback done;
    };
    void useSecrets(const QString &accountId, const SecretFields &secrets);
    void refreshLocked(const QString &accountId);
    void refresh(const QString &accountId, const SecretFields &secrets, const AccountLocks::Held &held);
    void save(const QString &accountId, const SecretFields &secrets, int attempt,
        std::function<void(const VaultResult &)> then);
    void resolve(const QString &accountId, const TokenResult &result);
    TokenResult failure(ConnectResult::Error error, const QString &message) const;
    static TokenResult keychainFailure(const VaultResult &vault, const QString &message);

    const Catalog &m_catalog;
    const ProviderAccess &m_access;
    SecretStore &m_secrets;
    AccountStore &m_store;
    int m_writeAttempts = 3;
    int m_writeDelayMs = 500;
    QHash<QString, QList<Waiter>> m_waiting; // accounts with a call in flight
    QHash<QString, SecretFields> m_unsaved; // new tokens the keychain has not taken yet
};

} // namespace keylink
