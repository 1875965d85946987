#include "vault/CredentialVault.h"

#include "core/LoggingCategories.h"
#include "vault/SecretServiceState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {

VaultResult resultOf(const QKeychain::Job *job, const QString &accountId)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return CredentialVault::describe(VaultResult::Error::NotFound, accountId);
    case QKeychain::NoBackendAvailable:
        return CredentialVault::describe(VaultResult::Error::NoKeychain, accountId);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialVault::describe(VaultResult::Error::Locked, accountId);
    default:
        return CredentialVault::describe(VaultResult::Error::Failed, accountId, job->errorString());
    }
}

// A job on the keylink service for one account, never with a plaintext fallback.
template<typename Job>
Job *newJob(const QString &accountId, QObject *parent)
{
    auto *job = new Job(CredentialVault::serviceName(), parent);
    job->setInsecureFallback(false);
    job->setKey(accountId);
    return job;
}

} // namespace

// One call's answer: given once, by the job (and the Secret Service check
// after it) or by the deadline, whichever comes first; never after the
// caller's context is gone.
class CredentialVault::Answer
{
public:
    Answer(QObject *context, Callback done)
        : m_context(context)
        , m_done(std::move(done))
    { }
    bool given() const { return m_given; }
    void give(const VaultResult &result)
    {
        if (m_given)
            return;
        m_given = true;
        // Let go of the callback (and whatever it holds, such as an account
        // lock) now, not when the last copy of this answer goes.
        const Callback done = std::exchange(m_done, nullptr);
        if (m_context)
            done(result);
    }

private:
    QPointer<QObject> m_context;
    Callback m_done;
    bool m_given = false;
};

QString CredentialVault::serviceName()
{
    return u"keylink"_s;
}

VaultResult CredentialVault::describe(VaultResult::Error error, const QString &accountId, const QString &detail)
{
    VaultResult result;
    result.error = error;
    switch (error) {
    case VaultResult::Error::None:
        break;
    case VaultResult::Error::NotFound:
        result.message = tr("The keychain holds no secret for account %1.").arg(accountId);
        break;
    case VaultResult::Error::NoKeychain:
        result.message = tr("No system keychain is available. Keylink keeps secrets only in the keychain: start a "
                            "Secret Service provider such as GNOME Keyring or KWallet, then try again.");
        break;
    case VaultResult::Error::Locked:
        result.message = tr("The system keychain is locked or refused access. Unlock it (for example by logging in "
                            "to your desktop session) and try again.");
        break;
    case VaultResult::Error::Corrupt:
        result.message
            = tr("The keychain entry of account %1 is not one Keylink wrote; relink the account.").arg(accountId);
        break;
    case VaultResult::Error::Timeout:
        result.message = tr("The system keychain did not answer within %1. Make sure your Secret Service provider "
                            "(such as GNOME Keyring or KWallet) is running and responding, then try again.")
                             .arg(detail);
        break;
    case VaultResult::Error::Failed:
        // Without a session bus or Secret Service, libsecret lands here too
        // (e.g. "Could not connect"), so say what to check, then its words.
        result.message = tr("The system keychain could not be used (%1). Make sure a Secret Service provider such as "
                            "GNOME Keyring or KWallet is running and unlocked, then try again.")
                             .arg(detail);
        break;
    }
    return result;
}

CredentialVault::CredentialVault(QObject *parent)
    : QObject(parent)
{ }

std::shared_ptr<CredentialVault::Answer> CredentialVault::answerFor(
    const QString &accountId, QObject *context, Callback done)
{
    auto answer = std::make_shared<Answer>(context, std::move(done));
    // A keychain that stops answering (a hung daemon) must not hold Keylink
    // for D-Bus's own 25 seconds, twice: the caller's timeout decides.
    QTimer::singleShot(m_timeoutMs, this, [answer, accountId, ms = m_timeoutMs] {
        if (answer->given())
            return;
        qCWarning(lcVault) << "the keychain did not answer for" << accountId << "within" << ms << "ms";
        answer->give(
            describe(VaultResult::Error::Timeout, accountId, tr("%n second(s)", nullptr, qMax(1, (ms + 999) / 1000))));
    });
    return answer;
}

void CredentialVault::write(const QString &accountId, const SecretFields &secrets, QObject *context, Callback done)
{
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        object.insert(it.key(), it.value());
    auto answer = answerFor(accountId, context, std::move(done));
    auto *job = newJob<QKeychain::WritePasswordJob>(accountId, this);
    job->setTextData(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [this, answer, accountId](QKeychain::Job *j) {
        const VaultResult r = resultOf(j, accountId);
        qCDebug(lcVault) << "write" << accountId << (r.ok() ? "ok" : "failed");
        if (r.error != VaultResult::Error::Failed) {
            answer->give(r);
            return;
        }
        // libsecret words a locked collection as a failure to create the
        // item: ask the Secret Service whether that is what happened.
        SecretServiceState::defaultCollectionLocked(
            m_timeoutMs, this, [answer, r, accountId](std::optional<bool> locked) {
                answer->give(locked.value_or(false) ? describe(VaultResult::Error::Locked, accountId) : r);
            });
    });
    job->start();
}

void CredentialVault::read(const QString &accountId, QObject *context, Callback done)
{
    auto answer = answerFor(accountId, context, std::move(done));
    auto *job = newJob<QKeychain::ReadPasswordJob>(accountId, this);
    connect(job, &QKeychain::Job::finished, this, [this, answer, accountId](QKeychain::Job *j) {
        VaultResult r = resultOf(j, accountId);
        if (r.ok()) {
            const QString text = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (!doc.isObject()) {
                r = describe(VaultResult::Error::Corrupt, accountId);
            } else {
                const QJsonObject object = doc.object();
                for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                    r.secrets.insert(it.key(), it.value().toString());
            }
        }
        qCDebug(lcVault) << "read" << accountId << (r.ok() ? "ok" : "failed");
        if (r.error != VaultResult::Error::NotFound) {
            answer->give(r);
            return;
        }
        // "Not found" is also what a locked collection looks like from here.
        SecretServiceState::item(
            serviceName(), accountId, m_timeoutMs, this, [answer, r, accountId](SecretServiceState::Item item) {
                answer->give(
                    item == SecretServiceState::Item::Locked ? describe(VaultResult::Error::Locked, accountId) : r);
            });
    });
    job->start();
}

void CredentialVault::remove(const QString &accountId, QObject *context, Callback done)
{
    auto answer = answerFor(accountId, context, std::move(done));
    auto *job = newJob<QKeychain::DeletePasswordJob>(accountId, this);
    connect(job, &QKeychain::Job::finished, this, [this, answer, accountId](QKeychain::Job *j) {
        VaultResult r = resultOf(j, accountId);
        qCDebug(lcVault) << "remove" << accountId
                         << (r.ok() || r.error == VaultResult::Error::NotFound ? "ok" : "failed");
        if (!r.ok() && r.error != VaultResult::Error::NotFound) {
            answer->give(r);
            return;
        }
        // Removed, or "not found", which a locked collection also says: the
        // entry is gone only if the Secret Service no longer has it.
        SecretServiceState::item(
            serviceName(), accountId, m_timeoutMs, this, [answer, accountId](SecretServiceState::Item item) {
                switch (item) {
                case SecretServiceState::Item::Locked:
                    answer->give(describe(VaultResult::Error::Locked, accountId));
                    return;
                case SecretServiceState::Item::Unlocked:
                    answer->give(describe(VaultResult::Error::Failed, accountId,
                        tr("the entry of account %1 is still there after it was removed").arg(accountId)));
                    return;
                case SecretServiceState::Item::Absent:
                case SecretServiceState::Item::Unknown: // no Secret Service to ask: QtKeychain's word
                    answer->give({});
                    return;
                }
            });
    });
    job->start();
}

} // namespace keylink
