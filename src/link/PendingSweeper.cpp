#include "link/PendingSweeper.h"

#include "accounts/AccountStore.h"
#include "core/LoggingCategories.h"
#include "vault/SecretStore.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace keylink {

PendingSweeper::PendingSweeper(SecretStore &secrets, AccountStore &store, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_store(store)
{ }

bool PendingSweeper::isRunning(qint64 pid)
{
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    // Signal 0 checks that the process exists without touching it. A reused
    // pid keeps a mark until that process ends too: safe, only later.
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return false;
#endif
}

void PendingSweeper::start()
{
    for (const AccountStore::Pending &p : m_store.pending()) {
        if (!isRunning(p.pid))
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
    m_secrets.remove(id, this, [this, id](const VaultResult &r) {
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
}

} // namespace keylink
