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
    if (r.error == ConnectResult::Error::Cancelled)
        return; // stopped by the user: nothing was learnt
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CheckRecord check {now, CheckRecord::Outcome::Verified, {}};
    if (r.ok()) {
        account.lastVerified = now;
        account.unreachableSince = {};
        account.credentialExpiresAt = verification.expiresAt;
        account.permissions = verification.scopes;
        const int missing = verification.count(ScopeCheck::State::Missing);
        account.status = missing > 0 ? Account::Status::NeedsAttention : Account::Status::Verified;
        account.statusMessage = missing == 0
            ? QString()
            : tr(
                "%n selected scope(s) missing from the token; the actions that need them will fail.", nullptr, missing);
        if (missing > 0)
            check = {now, CheckRecord::Outcome::ScopesMissing, account.statusMessage};
    } else if (r.isRejection()) {
        // The credential itself is the problem: say so, until it is fixed.
        account.lastVerified = now;
        account.unreachableSince = {};
        account.status = Account::Status::NeedsAttention;
        account.statusMessage = r.message;
        check = {now, CheckRecord::Outcome::Rejected, r.message};
    } else {
        // Could not check (network, timeout, provider trouble, rate limit):
        // no verdict on the credential. A refusal already known stays; else
        // the account is Unreachable since the first such check, and
        // lastVerified keeps the time of the last good one.
        if (account.status != Account::Status::NeedsAttention) {
            account.status = Account::Status::Unreachable;
            if (!account.unreachableSince.isValid())
                account.unreachableSince = now;
        }
        account.statusMessage = tr("The last check could not finish: %1").arg(r.message);
        check = {now, CheckRecord::Outcome::Unreachable, r.message};
    }
    account.record(check);
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

std::optional<Account> LinkService::sameIdentity(const Account &draft)
{
    m_store.refresh(); // another process may have linked it meanwhile
    for (const QString &id : m_store.ids()) {
        const Account *a = m_store.account(id);
        if (a && a->isSameAccountAs(draft))
            return *a;
    }
    return std::nullopt;
}

void LinkService::save(Account draft, const SecretFields &secrets, Callback done)
{
    if (draft.id.isEmpty())
        linkNew(std::move(draft), secrets, std::move(done));
    else
        replace(std::move(draft), secrets, false, std::move(done));
}

void LinkService::linkNew(Account draft, const SecretFields &secrets, Callback done)
{
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store.locks().acquire(
        draft.id, this, [this, draft, secrets, done](AccountLocks::Held held, const QString &lockError) mutable {
            LinkOutcome outcome;
            outcome.account = draft;
            outcome.result = LinkOutcome::Result::StoreFailed;
            if (!held) {
                outcome.message = lockError + tr(" Nothing was saved.");
                done(outcome);
                return;
            }
            // Write-ahead: if this process dies between the keychain write
            // and the account's, the next start finds the mark and removes
            // the entry. The mark also claims the identity meanwhile.
            QString existing, error;
            if (!m_store.reserve(draft, draft.id, &existing, &error)) {
                outcome.message = error + tr(" Nothing was saved.");
                done(outcome);
                return;
            }
            if (!existing.isEmpty()) {
                held.reset(); // the identity has an account (or a link in flight) already
                draft.id = existing;
                replace(draft, secrets, true, done);
                return;
            }
            qCDebug(lcVault) << "writing the secret of" << draft.id;
            m_secrets.write(draft.id, secrets, this, [this, draft, held, done](const VaultResult &r) {
                LinkOutcome outcome;
                outcome.account = draft;
                if (!r.ok()) {
                    // A keychain that did not answer may still write the
                    // entry later: then the mark stays, and the next start
                    // removes what it wrote.
                    QString ignored;
                    if (r.error != VaultResult::Error::Timeout)
                        m_store.clearPending(draft.id, &ignored);
                    outcome.result = LinkOutcome::Result::KeychainFailed;
                    outcome.vaultError = r.error;
                    outcome.message = r.message + tr(" Nothing was saved.");
                    done(outcome);
                    return;
                }
                QString error;
                if (m_store.insert(draft, &error)) {
                    outcome.result = LinkOutcome::Result::Linked;
                    outcome.account = *m_store.account(draft.id);
                    qCInfo(lcVault) << "linked" << draft.providerId << draft.id;
                    done(outcome);
                    return;
                }
                m_secrets.remove(
                    draft.id, this, [this, outcome, error, held, done](const VaultResult &removed) mutable {
                        // The list could not be written a moment ago: if the mark
                        // cannot be cleared either, the next start does it.
                        QString ignored;
                        if (removed.ok())
                            m_store.clearPending(outcome.account.id, &ignored);
                        outcome.result = LinkOutcome::Result::StoreFailed;
                        outcome.message = error + u" "_s
                            + (removed.ok()
                                    ? tr("The secret was removed from the keychain again; nothing was linked.")
                                    : tr("Keylink could not undo the keychain change either: %1").arg(removed.message));
                        done(outcome);
                    });
            });
        });
}

void LinkService::replace(Account draft, const SecretFields &secrets, bool orNew, Callback done)
{
    m_store.locks().acquire(
        draft.id, this, [this, draft, secrets, orNew, done](AccountLocks::Held held, const QString &lockError) mutable {
            LinkOutcome outcome;
            outcome.account = draft;
            outcome.result = LinkOutcome::Result::StoreFailed;
            if (!held) {
                outcome.message = lockError + tr(" Nothing was saved.");
                done(outcome);
                return;
            }
            // Whoever held the lock before may have unlinked it.
            QString error;
            switch (m_store.fetch(draft.id, nullptr, &error)) {
            case AccountStore::Result::Failed:
                outcome.message = error + tr(" Nothing was saved.");
                done(outcome);
                return;
            case AccountStore::Result::NotFound:
                held.reset();
                if (orNew) {
                    draft.id.clear();
                    linkNew(draft, secrets, done);
                } else {
                    outcome.message = tr("The account %1 was unlinked meanwhile; link it again.").arg(draft.id);
                    done(outcome);
                }
                return;
            case AccountStore::Result::Done:
                break;
            }
            // Keep the old secret, to put it back if the metadata cannot be saved.
            m_secrets.read(draft.id, this, [this, draft, secrets, held, done](const VaultResult &old) {
                const std::optional<SecretFields> previous
                    = old.ok() ? std::optional<SecretFields>(old.secrets) : std::nullopt;
                qCDebug(lcVault) << "replacing the secret of" << draft.id;
                m_secrets.write(draft.id, secrets, this, [this, draft, previous, held, done](const VaultResult &r) {
                    if (!r.ok()) {
                        LinkOutcome outcome;
                        outcome.account = draft;
                        outcome.result = LinkOutcome::Result::KeychainFailed;
                        outcome.vaultError = r.error;
                        outcome.message = r.message + tr(" Nothing was saved.");
                        done(outcome);
                        return;
                    }
                    QString error;
                    Account saved, before;
                    if (m_store.replace(draft, &error, &saved, &before) == AccountStore::Result::Done) {
                        LinkOutcome outcome;
                        outcome.result = LinkOutcome::Result::Updated;
                        outcome.account = saved;
                        outcome.previous = before;
                        qCInfo(lcVault) << "updated" << draft.providerId << draft.id;
                        done(outcome);
                        return;
                    }
                    undoReplace(draft, previous, error, held, done);
                });
            });
        });
}

void LinkService::undoReplace(const Account &draft, const std::optional<SecretFields> &previous, const QString &error,
    AccountLocks::Held held, Callback done)
{
    LinkOutcome outcome;
    outcome.account = draft;
    outcome.result = LinkOutcome::Result::StoreFailed;
    auto report = [outcome, error, held, done](const VaultResult &r, const QString &undone) mutable {
        outcome.message = error + u" "_s
            + (r.ok() ? undone : tr("Keylink could not undo the keychain change either: %1").arg(r.message));
        done(outcome);
    };
    if (previous) {
        m_secrets.write(draft.id, *previous, this, [report](const VaultResult &r) mutable {
            report(r, tr("The keychain entry was put back as it was; nothing changed."));
        });
    } else {
        m_secrets.remove(draft.id, this, [report](const VaultResult &r) mutable {
            report(r, tr("The secret was removed from the keychain again; nothing was linked."));
        });
    }
}

bool LinkService::rename(const QString &accountId, const QString &label, QString *error)
{
    return m_store.update(
               accountId,
               [&](Account &a) {
                   a.label = label;
                   return true;
               },
               error)
        == AccountStore::Result::Done;
}

bool LinkService::setExpiry(const QString &accountId, const QDateTime &expiresOn, QString *error)
{
    return m_store.update(
               accountId,
               [&](Account &a) {
                   if (a.userExpiresAt == expiresOn)
                       return false;
                   a.userExpiresAt = expiresOn;
                   return true;
               },
               error)
        == AccountStore::Result::Done;
}

void LinkService::unlink(const QString &accountId, Callback done)
{
    m_store.locks().acquire(
        accountId, this, [this, accountId, done](AccountLocks::Held held, const QString &lockError) {
            LinkOutcome outcome;
            if (const Account *account = m_store.account(accountId))
                outcome.account = *account;
            outcome.result = LinkOutcome::Result::StoreFailed;
            if (!held) {
                outcome.message = lockError + tr(" The account is still linked.");
                done(outcome);
                return;
            }
            // Secret first: if the keychain refuses, the account stays listed
            // and can be unlinked again later. The mark covers a process that
            // dies in between: the next start finishes the unlink instead of
            // listing an account whose secret is gone.
            QString markError;
            if (!m_store.markPending(accountId, &markError)) {
                outcome.message = markError + tr(" The account is still linked.");
                done(outcome);
                return;
            }
            qCDebug(lcVault) << "removing the secret of" << accountId;
            m_secrets.remove(accountId, this, [this, accountId, outcome, held, done](const VaultResult &r) mutable {
                if (!r.ok()) {
                    QString ignored;
                    outcome.result = LinkOutcome::Result::KeychainFailed;
                    outcome.vaultError = r.error;
                    outcome.message = r.message + tr(" The account is still linked.");
                    if (r.error == VaultResult::Error::Timeout) // the removal may still happen: the mark stays
                        outcome.message += u" "_s
                            + tr("It may still remove the secret, so Keylink finishes the unlink the next time it "
                                 "starts and the keychain answers.");
                    else
                        m_store.clearPending(accountId, &ignored);
                    done(outcome);
                    return;
                }
                QString error;
                if (!m_store.remove(accountId, &error)) {
                    outcome.message = error
                        + tr(" The secret is already gone from the keychain; unlink again to remove "
                             "the account from the list.");
                    done(outcome);
                    return;
                }
                outcome.result = LinkOutcome::Result::Unlinked;
                done(outcome);
            });
        });
}

} // namespace keylink
