#include "vault/CredentialVault.h"

#include "core/LoggingCategories.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

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

// Runs `done` for a finished job, unless the caller's context died meanwhile.
void finishWith(QKeychain::Job *job, QObject *context, CredentialVault::Callback done,
    std::function<VaultResult(QKeychain::Job *)> interpret)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
        [guard, done = std::move(done), interpret = std::move(interpret)](QKeychain::Job *finished) {
            if (!guard)
                return;
            done(interpret(finished));
        });
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

void CredentialVault::write(const QString &accountId, const SecretFields &secrets, QObject *context, Callback done)
{
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        object.insert(it.key(), it.value());
    auto *job = newJob<QKeychain::WritePasswordJob>(accountId, this);
    job->setTextData(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    finishWith(job, context, std::move(done), [accountId](QKeychain::Job *j) {
        VaultResult r = resultOf(j, accountId);
        qCDebug(lcVault) << "write" << accountId << (r.ok() ? "ok" : "failed");
        return r;
    });
    job->start();
}

void CredentialVault::read(const QString &accountId, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(accountId, this);
    finishWith(job, context, std::move(done), [accountId](QKeychain::Job *j) {
        VaultResult r = resultOf(j, accountId);
        if (r.ok()) {
            const QString text = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (!doc.isObject()) {
                r = CredentialVault::describe(VaultResult::Error::Corrupt, accountId);
            } else {
                const QJsonObject object = doc.object();
                for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                    r.secrets.insert(it.key(), it.value().toString());
            }
        }
        qCDebug(lcVault) << "read" << accountId << (r.ok() ? "ok" : "failed");
        return r;
    });
    job->start();
}

void CredentialVault::remove(const QString &accountId, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(accountId, this);
    finishWith(job, context, std::move(done), [accountId](QKeychain::Job *j) {
        VaultResult r = resultOf(j, accountId);
        // Some backends report a missing entry, others do not: either way the
        // secret is gone, which is what the caller asked for.
        if (r.error == VaultResult::Error::NotFound)
            r = {};
        qCDebug(lcVault) << "remove" << accountId << (r.ok() ? "ok" : "failed");
        return r;
    });
    job->start();
}

} // namespace keylink
