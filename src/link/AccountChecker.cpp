#include "link/AccountChecker.h"

#include "accounts/AccountStore.h"
#include "connect/CredentialVerifier.h"
#include "link/LinkService.h"
#include "oauth/GrantedScopes.h"
#include "oauth/TokenRefresher.h"
#include "vault/SecretStore.h"

using namespace Qt::StringLiterals;

namespace keylink {

AccountChecker::AccountChecker(const Catalog &catalog, QNetworkAccessManager *network, HostMap hostMap,
    SecretStore &secrets, AccountStore &store, TokenRefresher &refresher, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_network(network)
    , m_hostMap(std::move(hostMap))
    , m_secrets(secrets)
    , m_store(store)
    , m_refresher(refresher)
{ }

void AccountChecker::check(const QString &accountId)
{
    if (m_running.contains(accountId))
        return; // one check per account at a time
    const Account *account = m_store.account(accountId);
    CheckOutcome outcome;
    outcome.accountId = accountId;
    if (!account) {
        outcome.message = tr("Account %1 is not linked.").arg(accountId);
        QMetaObject::invokeMethod(
            this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
        return;
    }
    const Provider *provider = m_catalog.provider(account->providerId);
    const AuthMethod *method = provider ? provider->authMethod(account->methodId) : nullptr;
    if (!method) {
        outcome.message = tr("Provider “%1” or its method “%2” is no longer in the catalog.")
                              .arg(account->providerId, account->methodId);
        QMetaObject::invokeMethod(
            this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
        return;
    }
    m_running.insert(accountId);
    Q_EMIT started(accountId);
    const Account snapshot = *account;
    m_secrets.read(accountId, this, [this, snapshot, provider, method](const VaultResult &r) {
        CheckOutcome outcome;
        outcome.accountId = snapshot.id;
        if (!r.ok()) {
            outcome.kind = CheckOutcome::Kind::KeychainFailed;
            outcome.vault = r;
            outcome.message = r.error == VaultResult::Error::NotFound
                ? tr("The keychain holds no secret for this account; relink it.")
                : r.message;
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
        m_refresher.accessToken(snapshot.id, this, [this, snapshot, provider, method, fields](const TokenResult &t) {
            if (!t.ok()) {
                CheckOutcome outcome;
                outcome.accountId = snapshot.id;
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
}

void AccountChecker::verify(const Account &snapshot, const Provider *provider, const AuthMethod *method,
    SecretFields fields, const std::optional<QStringList> &granted)
{
    auto *verifier = new CredentialVerifier(m_network, m_hostMap, this);
    verifier->setTimeout(m_timeoutMs);
    connect(verifier, &CredentialVerifier::finished, this,
        [this, verifier, id = snapshot.id, asked = snapshot.scopes, name = provider->name, granted](
            const VerificationResult &result) {
            verifier->deleteLater();
            VerificationResult v = result;
            if (granted)
                v.scopes = GrantedScopes::check(name, asked, *granted);
            CheckOutcome outcome;
            outcome.accountId = id;
            outcome.verification = v;
            const Account *current = m_store.account(id);
            if (!current) {
                outcome.message = tr("The account was unlinked while it was being checked.");
                finish(outcome);
                return;
            }
            Account updated = *current;
            LinkService::applyVerification(updated, v);
            QString error;
            if (!m_store.save(updated, &error)) {
                outcome.message = error;
                finish(outcome);
                return;
            }
            outcome.kind = CheckOutcome::Kind::Checked;
            outcome.account = updated;
            outcome.message = updated.statusMessage;
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
