#include "link/AccountChecker.h"

#include "connect/CredentialVerifier.h"
#include "link/LinkService.h"
#include "oauth/GrantedScopes.h"
#include "oauth/TokenRefresher.h"
#include "store/AccountLocks.h"
#include "store/AccountStore.h"
#include "vault/SecretStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace keylink {

AccountChecker::AccountChecker(const Catalog &catalog, const ProviderAccess &access, SecretStore &secrets,
    AccountStore &store, TokenRefresher &refresher, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_access(access)
    , m_secrets(secrets)
    , m_store(store)
    , m_refresher(refresher)
{ }

void AccountChecker::checkAll(const QStringList &accountIds)
{
    for (const QString &id : accountIds) {
        if (!m_queue.contains(id))
            m_queue.append(id);
    }
    startQueued();
}

int AccountChecker::cancelQueued()
{
    const int dropped = int(m_queue.size());
    m_queue.clear(); // a pending startQueued turn finds nothing to start
    return dropped;
}

void AccountChecker::startQueued()
{
    constexpr int ChecksPerTurn = 4;
    for (int i = 0; i < ChecksPerTurn && !m_queue.isEmpty(); ++i)
        check(m_queue.takeFirst());
    if (!m_queue.isEmpty())
        QTimer::singleShot(0, this, &AccountChecker::startQueued);
}

void AccountChecker::check(const QString &accountId)
{
    if (m_running.contains(accountId))
        return; // one check per account at a time
    m_running.insert(accountId);
    Q_EMIT started(accountId);
    // The account's lock while its metadata and secret are read: a link or
    // an unlink in flight, here or in another process, finishes first, so
    // the two always belong together (never an account caught between its
    // secret's removal and its own).
    m_store.locks().acquire(accountId, this, [this, accountId](AccountLocks::Held held, const QString &lockError) {
        CheckOutcome outcome;
        outcome.accountId = accountId;
        if (!held) {
            outcome.message = lockError;
            finish(outcome);
            return;
        }
        // As stored now, not as this process last saw it.
        Account snapshot;
        QString error;
        switch (m_store.fetch(accountId, &snapshot, &error)) {
        case AccountStore::Result::NotFound:
            outcome.kind = CheckOutcome::Kind::Gone;
            outcome.message = tr("Account %1 is not linked.").arg(accountId);
            finish(outcome);
            return;
        case AccountStore::Result::Failed:
            outcome.message = error;
            finish(outcome);
            return;
        case AccountStore::Result::Done:
            break;
        }
        const Provider *provider = m_catalog.provider(snapshot.providerId);
        const AuthMethod *method = provider ? provider->authMethod(snapshot.methodId) : nullptr;
        if (!method) {
            outcome.message = tr("Provider “%1” or its method “%2” is no longer in the catalog.")
                                  .arg(snapshot.providerId, snapshot.methodId);
            finish(outcome);
            return;
        }
        m_secrets.read(accountId, this, [this, snapshot, provider, method, held](const VaultResult &r) mutable {
            held.reset(); // not held over the network: the check records only if the secret is still this one
            CheckOutcome outcome;
            outcome.accountId = snapshot.id;
            if (!r.ok()) {
                outcome.kind = CheckOutcome::Kind::KeychainFailed;
                outcome.vault = r;
                outcome.message = r.error == VaultResult::Error::NotFound
                    ? tr("The keychain holds no secret for this account; relink it.")
                    : r.message; // locked, refused, not answering: said as such
                finish(outcome);
                return;
            }
            SecretFields fields = snapshot.fields;
            for (auto it = r.secrets.cbegin(); it != r.secrets.cend(); ++it)
                fields.insert(it.key(), it.value());
            if (method->kind != AuthMethod::Kind::OAuth2) {
                verify(snapshot, provider, method, fields);
                return;
            }
            // OAuth: an expired access token is refreshed (once) before use.
            m_refresher.accessToken(
                snapshot.id, this, [this, snapshot, provider, method, fields](const TokenResult &t) {
                    if (!t.ok()) {
                        CheckOutcome outcome;
                        outcome.accountId = snapshot.id;
                        if (!t.vault.ok()) { // the keychain's problem, not the account's
                            outcome.kind = CheckOutcome::Kind::KeychainFailed;
                            outcome.vault = t.vault;
                            outcome.message = t.connect.message;
                            finish(outcome);
                            return;
                        }
                        outcome.kind = CheckOutcome::Kind::Checked;
                        outcome.verification.connect = t.connect;
                        const Account *current = m_store.account(snapshot.id);
                        outcome.account = current ? *current : snapshot;
                        outcome.message = t.connect.message;
                        finish(outcome);
                        return;
                    }
                    SecretFields withToken = fields;
                    withToken.insert(u"access_token"_s, t.token.accessToken);
                    verify(snapshot, provider, method, withToken, t.token.scopes);
                });
        });
    });
}

void AccountChecker::verify(const Account &snapshot, const Provider *provider, const AuthMethod *method,
    SecretFields fields, const std::optional<QStringList> &granted)
{
    auto *verifier = new CredentialVerifier(m_access, this);
    connect(verifier, &CredentialVerifier::finished, this,
        [this, verifier, id = snapshot.id, version = snapshot.secretVersion, asked = snapshot.scopes,
            name = provider->name, granted](const VerificationResult &result) {
            verifier->deleteLater();
            VerificationResult v = result;
            if (granted)
                v.scopes = GrantedScopes::check(name, asked, *granted);
            CheckOutcome outcome;
            outcome.accountId = id;
            outcome.verification = v;
            // Recorded on the account as it is now, and only if it still has
            // the secret that was checked.
            bool relinked = false;
            QString error;
            const AccountStore::Result saved = m_store.update(
                id,
                [&](Account &a) {
                    relinked = a.secretVersion != version;
                    if (!relinked)
                        LinkService::applyVerification(a, v);
                    return !relinked;
                },
                &error);
            if (saved == AccountStore::Result::NotFound) {
                outcome.kind = CheckOutcome::Kind::Gone;
                outcome.message = tr("The account was unlinked while it was being checked.");
            } else if (saved == AccountStore::Result::Failed) {
                outcome.message = error;
            } else if (relinked) {
                outcome.message = tr("The account was relinked while it was being checked; check it again.");
            } else {
                outcome.kind = CheckOutcome::Kind::Checked;
                outcome.account = *m_store.account(id);
                outcome.message = outcome.account.statusMessage;
            }
            finish(outcome);
        });
    verifier->start(*provider, *method, fields, granted ? QStringList() : snapshot.scopes);
}

void AccountChecker::finish(CheckOutcome outcome)
{
    m_running.remove(outcome.accountId);
    Q_EMIT finished(outcome);
}

} // namespace keylink
