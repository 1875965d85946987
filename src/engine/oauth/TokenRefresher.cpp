#include "oauth/TokenRefresher.h"

#include "core/LoggingCategories.h"
#include "oauth/OAuthClient.h"
#include "store/AccountStore.h"
#include "vault/SecretStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace keylink {

TokenRefresher::TokenRefresher(
    const Catalog &catalog, const ProviderAccess &access, SecretStore &secrets, AccountStore &store, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_access(access)
    , m_secrets(secrets)
    , m_store(store)
{ }

TokenResult TokenRefresher::failure(ConnectResult::Error error, const QString &message) const
{
    TokenResult r;
    r.connect.error = error;
    r.connect.message = message;
    return r;
}

TokenResult TokenRefresher::keychainFailure(const VaultResult &vault, const QString &message)
{
    TokenResult r;
    r.connect.error = ConnectResult::Error::InvalidInput; // nothing was asked of the provider
    r.connect.message = message;
    r.vault = vault;
    return r;
}

void TokenRefresher::accessToken(const QString &accountId, QObject *context, Callback done)
{
    auto it = m_waiting.find(accountId);
    if (it != m_waiting.end()) {
        it->append({context, std::move(done)}); // share the call in flight
        return;
    }
    m_waiting.insert(accountId, {{context, std::move(done)}});

    if (m_unsaved.contains(accountId)) {
        // Tokens from an earlier refresh that the keychain refused: save them
        // first; the refresh token they replaced no longer works.
        const SecretFields unsaved = m_unsaved.value(accountId);
        save(accountId, unsaved, 1, [this, accountId, unsaved](const VaultResult &r) {
            if (!r.ok()) {
                resolve(accountId,
                    keychainFailure(r, tr("The new sign-in is still waiting to be saved: %1").arg(r.message)));
                return;
            }
            m_unsaved.remove(accountId);
            useSecrets(accountId, unsaved);
        });
        return;
    }
    m_secrets.read(accountId, this, [this, accountId](const VaultResult &r) {
        if (!r.ok()) {
            resolve(accountId, keychainFailure(r, r.message));
            return;
        }
        useSecrets(accountId, r.secrets);
    });
}

void TokenRefresher::useSecrets(const QString &accountId, const SecretFields &secrets)
{
    const OAuthToken token = OAuthToken::fromSecrets(secrets);
    if (token.isValid() && !token.needsRefresh()) {
        TokenResult r;
        r.token = token;
        resolve(accountId, r);
        return;
    }
    refreshLocked(accountId);
}

void TokenRefresher::refreshLocked(const QString &accountId)
{
    m_store.locks().acquire(accountId, this, [this, accountId](AccountLocks::Held held, const QString &lockError) {
        if (!held) {
            resolve(accountId, failure(ConnectResult::Error::Timeout, lockError));
            return;
        }
        // Another process may have refreshed it while this one waited: its
        // new tokens are in the keychain, and the refresh token read before
        // no longer works.
        m_secrets.read(accountId, this, [this, accountId, held](const VaultResult &r) {
            if (!r.ok()) {
                resolve(accountId, keychainFailure(r, r.message));
                return;
            }
            const OAuthToken token = OAuthToken::fromSecrets(r.secrets);
            if (token.isValid() && !token.needsRefresh()) {
                TokenResult fresh;
                fresh.token = token;
                resolve(accountId, fresh);
                return;
            }
            refresh(accountId, r.secrets, held);
        });
    });
}

void TokenRefresher::refresh(const QString &accountId, const SecretFields &secrets, const AccountLocks::Held &held)
{
    const Account *account = m_store.account(accountId);
    const Provider *provider = account ? m_catalog.provider(account->providerId) : nullptr;
    const AuthMethod *method = provider ? provider->authMethod(account->methodId) : nullptr;
    if (!method || !method->oauth) {
        resolve(accountId,
            failure(ConnectResult::Error::InvalidInput, tr("Account %1 does not sign in with OAuth.").arg(accountId)));
        return;
    }
    auto *client = new OAuthClient(m_access, *provider, *method, this);
    const QString clientId = account->fields.value(u"client_id"_s);
    const QString clientSecret = secrets.value(u"client_secret"_s);
    const QString refreshToken = secrets.value(u"refresh_token"_s);
    const QStringList scopes = account->scopes;
    auto onToken = [this, client, accountId, secrets, held](const TokenResult &result) {
        client->deleteLater();
        if (!result.ok()) {
            if (result.oauthError == u"invalid_grant"_s || result.oauthError == u"invalid_client"_s
                || result.oauthError == u"unauthorized_client"_s) {
                // Rejected for good: say so once, instead of trying again and again.
                QString ignored; // the refusal is reported to the caller either way
                m_store.update(
                    accountId,
                    [&](Account &a) {
                        a.status = Account::Status::NeedsAttention;
                        a.statusMessage = tr("Sign in again: %1").arg(result.connect.message);
                        return true;
                    },
                    &ignored);
            }
            resolve(accountId, result);
            return;
        }
        SecretFields next = secrets;
        OAuthToken token = result.token;
        // An answer without a new refresh token (or scope) leaves the old one
        // in force (RFC 6749, sections 5.1 and 6).
        if (token.refreshToken.isEmpty())
            token.refreshToken = secrets.value(u"refresh_token"_s);
        if (token.scopes.isEmpty())
            token.scopes = OAuthToken::fromSecrets(secrets).scopes;
        token.storeIn(next);
        qCInfo(lcVault) << "refreshed the access token of" << accountId;
        // The new refresh token is the only one that works now: keychain first.
        save(accountId, next, 1, [this, accountId, next, result, token, held](const VaultResult &r) {
            if (!r.ok()) {
                m_unsaved.insert(accountId, next);
                resolve(accountId,
                    keychainFailure(r,
                        tr("The access token was refreshed, but the keychain did not take the new "
                           "tokens (%1). Keylink keeps them and saves them on the next try.")
                            .arg(r.message)));
                return;
            }
            QString ignored; // only the expiry shown in the window; the tokens are saved
            m_store.update(
                accountId,
                [&](Account &a) {
                    a.tokenExpiresAt = token.expiresAt;
                    return true;
                },
                &ignored);
            TokenResult ok = result;
            ok.token = token;
            resolve(accountId, ok);
        });
    };
    if (!refreshToken.isEmpty())
        client->refresh(clientId, clientSecret, refreshToken, scopes, onToken);
    else
        client->clientCredentials(clientId, clientSecret, scopes, onToken); // that grant has no refresh token
}

void TokenRefresher::save(
    const QString &accountId, const SecretFields &secrets, int attempt, std::function<void(const VaultResult &)> then)
{
    m_secrets.write(accountId, secrets, this, [this, accountId, secrets, attempt, then](const VaultResult &r) {
        if (r.ok() || attempt >= m_writeAttempts) {
            if (!r.ok())
                qCWarning(lcVault) << "could not save refreshed tokens of" << accountId << "after" << attempt
                                   << "tries";
            then(r);
            return;
        }
        QTimer::singleShot(m_writeDelayMs * attempt, this,
            [this, accountId, secrets, attempt, then] { save(accountId, secrets, attempt + 1, then); });
    });
}

void TokenRefresher::resolve(const QString &accountId, const TokenResult &result)
{
    const QList<Waiter> waiters = m_waiting.take(accountId);
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(result);
    }
}

} // namespace keylink
