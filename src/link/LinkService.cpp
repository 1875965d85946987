#include "link/LinkService.h"

#include "core/LoggingCategories.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace keylink {

LinkService::LinkService(SecretStore &secrets, AccountStore &store, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_store(store)
{ }

Account LinkService::accountFrom(const Provider &provider, const AuthMethod &method,
    const VerificationResult &verification, const SecretFields &fields, const QStringList &actions,
    const QStringList &scopes, const QString &label)
{
    Account a;
    a.providerId = provider.id;
    a.methodId = method.id;
    a.label = label;
    a.identityId = verification.identityId;
    a.identityName = verification.identityName;
    a.environmentId = verification.environmentId;
    a.fields = plainFieldsOf(method, fields);
    a.actions = actions;
    a.scopes = scopes;
    a.linkedAt = QDateTime::currentDateTimeUtc();
    applyVerification(a, verification);
    return a;
}

void LinkService::applyVerification(Account &account, const VerificationResult &verification)
{
    const ConnectResult &r = verification.connect;
    if (r.ok()) {
        account.lastVerified = QDateTime::currentDateTimeUtc();
        account.permissions = verification.scopes;
        const int missing = verification.count(ScopeCheck::State::Missing);
        account.status = missing > 0 ? Account::Status::NeedsAttention : Account::Status::Verified;
        account.statusMessage = missing == 0
            ? QString()
            : tr(
                "%n selected scope(s) missing from the token; the actions that need them will fail.", nullptr, missing);
    } else if (r.isRejection()) {
        // The credential itself is the problem: say so, until it is fixed.
        account.lastVerified = QDateTime::currentDateTimeUtc();
        account.status = Account::Status::NeedsAttention;
        account.statusMessage = r.message;
    } else {
        // Could not check (network, provider trouble): the last known status
        // stays, with the reason this check failed.
        account.statusMessage = tr("The last check could not finish: %1").arg(r.message);
    }
}

namespace {
SecretFields fieldsWhere(const AuthMethod &method, const SecretFields &fields, bool secret)
{
    SecretFields out;
    for (const Field &f : method.fields) {
        if (f.isSecret() == secret && fields.contains(f.id))
            out.insert(f.id, fields.value(f.id));
    }
    return out;
}
} // namespace

SecretFields LinkService::secretsOf(const AuthMethod &method, const SecretFields &fields)
{
    return fieldsWhere(method, fields, true);
}

SecretFields LinkService::plainFieldsOf(const AuthMethod &method, const SecretFields &fields)
{
    return fieldsWhere(method, fields, false);
}

void LinkService::save(Account draft, const SecretFields &secrets, Callback done)
{
    const Account *existing = draft.id.isEmpty() ? m_store.findSame(draft) : m_store.account(draft.id);
    const bool update = existing != nullptr;
    if (existing) {
        draft.id = existing->id;
        draft.linkedAt = existing->linkedAt;
        if (draft.label.isEmpty())
            draft.label = existing->label;
    } else if (draft.id.isEmpty()) {
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    auto writeSecret = [this, draft, secrets, update, done](std::optional<SecretFields> previous) {
        qCDebug(lcVault) << "writing the secret of" << draft.id;
        m_secrets.write(draft.id, secrets, this, [this, draft, update, previous, done](const VaultResult &r) {
            if (!r.ok()) {
                QString ignored; // the mark only matters while a secret may exist
                m_store.clearPending(draft.id, &ignored);
                LinkOutcome outcome;
                outcome.result = LinkOutcome::Result::KeychainFailed;
                outcome.vaultError = r.error;
                outcome.account = draft;
                outcome.message = r.message + tr(" Nothing was saved.");
                done(outcome);
                return;
            }
            writeMetadata(draft, update, previous, done);
        });
    };

    if (!update) {
        // Write-ahead: if this process dies between the keychain write and
        // the list's, the next start finds the mark and removes the entry.
        QString error;
        if (!m_store.markPending(draft.id, &error)) {
            LinkOutcome outcome;
            outcome.result = LinkOutcome::Result::StoreFailed;
            outcome.account = draft;
            outcome.message = error + tr(" Nothing was saved.");
            done(outcome);
            return;
        }
        writeSecret(std::nullopt);
        return;
    }
    // Keep the old secret, to put it back if the metadata cannot be saved.
    m_secrets.read(draft.id, this, [writeSecret](const VaultResult &r) {
        writeSecret(r.ok() ? std::optional<SecretFields>(r.secrets) : std::nullopt);
    });
}

void LinkService::writeMetadata(
    const Account &account, bool update, const std::optional<SecretFields> &previous, Callback done)
{
    LinkOutcome outcome;
    outcome.account = account;
    QString error;
    if (m_store.save(account, &error)) {
        outcome.result = update ? LinkOutcome::Result::Updated : LinkOutcome::Result::Linked;
        qCInfo(lcVault) << (update ? "updated" : "linked") << account.providerId << account.id;
        done(outcome);
        return;
    }
    outcome.result = LinkOutcome::Result::StoreFailed;
    auto report = [outcome, error, done](const VaultResult &r, const QString &undone) mutable {
        outcome.message = error + u" "_s
            + (r.ok() ? undone : tr("Keylink could not undo the keychain change either: %1").arg(r.message));
        done(outcome);
    };
    if (previous) {
        m_secrets.write(account.id, *previous, this, [report](const VaultResult &r) mutable {
            report(r, tr("The keychain entry was put back as it was; nothing changed."));
        });
    } else {
        m_secrets.remove(account.id, this, [this, id = account.id, report](const VaultResult &r) mutable {
            QString ignored; // the list could not be written a moment ago; the next start retries
            if (r.ok())
                m_store.clearPending(id, &ignored);
            report(r, tr("The secret was removed from the keychain again; nothing was linked."));
        });
    }
}

void LinkService::unlink(const QString &accountId, Callback done)
{
    const Account *account = m_store.account(accountId);
    LinkOutcome outcome;
    if (account)
        outcome.account = *account;
    // Secret first: if the keychain refuses, the account stays listed and
    // can be unlinked again later. The mark covers a process that dies in
    // between: the next start finishes the unlink instead of listing an
    // account whose secret is gone.
    QString markError;
    if (!m_store.markPending(accountId, &markError)) {
        outcome.result = LinkOutcome::Result::StoreFailed;
        outcome.message = markError + tr(" The account is still linked.");
        done(outcome);
        return;
    }
    qCDebug(lcVault) << "removing the secret of" << accountId;
    m_secrets.remove(accountId, this, [this, accountId, outcome, done](const VaultResult &r) mutable {
        if (!r.ok()) {
            QString ignored;
            m_store.clearPending(accountId, &ignored);
            outcome.result = LinkOutcome::Result::KeychainFailed;
            outcome.vaultError = r.error;
            outcome.message = r.message + tr(" The account is still linked.");
            done(outcome);
            return;
        }
        QString error;
        if (!m_store.remove(accountId, &error)) {
            outcome.result = LinkOutcome::Result::StoreFailed;
            outcome.message = error
                + tr(" The secret is already gone from the keychain; unlink again to remove "
                     "the account from the list.");
            done(outcome);
            return;
        }
        outcome.result = LinkOutcome::Result::Unlinked;
        done(outcome);
    });
}

} // namespace keylink
