#include "link/PendingSweeper.h"

#include "core/LoggingCategories.h"
#include "core/ProcessCheck.h"
#include "store/AccountLocks.h"
#include "store/AccountStore.h"
#include "vault/SecretStore.h"

namespace keylink {

PendingSweeper::PendingSweeper(SecretStore &secrets, AccountStore &store, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_store(store)
{ }

void PendingSweeper::start()
{
    for (const AccountStore::Pending &p : m_store.pending()) {
        if (!ProcessCheck::isRunning(p.pid))
            m_todo.append(p.id);
    }
    QMetaObject::invokeMethod(this, &PendingSweeper::sweepNext, Qt::QueuedConnection);
}

void PendingSweeper::sweepNext()
{
    if (m_todo.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    const QString id = m_todo.takeFirst();
    // Two processes starting at once may both find the mark: the lock lets
    // one clean it, and the other find it gone.
    m_store.locks().acquire(id, this, [this, id](AccountLocks::Held held, const QString &lockError) {
        if (!held) {
            qCWarning(lcVault).noquote() << "could not clean up the interrupted change of" << id << ":" << lockError;
            sweepNext();
            return;
        }
        const QList<AccountStore::Pending> marks = m_store.pending();
        const bool stillMarked = std::any_of(marks.cbegin(), marks.cend(),
            [&](const AccountStore::Pending &p) { return p.id == id && !ProcessCheck::isRunning(p.pid); });
        if (!stillMarked) {
            sweepNext();
            return;
        }
        m_secrets.remove(id, this, [this, id, held](const VaultResult &r) {
            if (!r.ok()) {
                // The keychain is locked or gone: keep the mark for the next start.
                qCWarning(lcVault) << "could not clean up the interrupted change of" << id << ":" << r.message;
                sweepNext();
                return;
            }
            QString error;
            if (m_store.remove(id, &error)) {
                qCInfo(lcVault) << "cleaned up the interrupted change of" << id;
                m_cleaned.append(id);
            } else {
                qCWarning(lcVault).noquote() << error;
            }
            sweepNext();
        });
    });
}

} // namespace keylink
