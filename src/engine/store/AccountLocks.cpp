#include "store/AccountLocks.h"

#include "core/LoggingCategories.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keylink {

AccountLocks::AccountLocks(QString folder, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
{ }

AccountLocks::~AccountLocks() = default;

QString AccountLocks::fileFor(const QString &accountId) const
{
    // Account ids are UUIDs; anything else (an imported list) is hashed so
    // that a name can never leave the folder.
    static const QRegularExpression plain(u"^[A-Za-z0-9-]{1,64}$"_s);
    const QString name = plain.match(accountId).hasMatch()
        ? accountId
        : QString::fromLatin1(QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).toHex());
    return m_folder + u'/' + name + u".lock"_s;
}

void AccountLocks::acquire(const QString &accountId, QObject *context, Callback done)
{
    auto &queue = m_waiting[accountId];
    queue.append({context, std::move(done), QDateTime::currentMSecsSinceEpoch() + m_timeoutMs});
    if (queue.size() == 1 && !m_held.contains(accountId))
        QMetaObject::invokeMethod(
            this, [this, accountId] { tryNext(accountId); }, Qt::QueuedConnection);
}

void AccountLocks::tryNext(const QString &accountId)
{
    auto it = m_waiting.find(accountId);
    if (it == m_waiting.end() || m_held.contains(accountId))
        return;
    while (!it->isEmpty() && !it->first().context)
        it->removeFirst(); // its caller is gone
    if (it->isEmpty()) {
        m_waiting.erase(it);
        return;
    }
    Waiter &first = it->first();
    if (!QDir().mkpath(m_folder)) {
        Waiter w = it->takeFirst();
        w.done(nullptr, tr("Keylink could not create the folder %1 for its account locks.").arg(m_folder));
        tryNext(accountId);
        return;
    }
    auto file = std::make_shared<QLockFile>(fileFor(accountId));
    file->setStaleLockTime(0); // only a holder that died makes a lock stale, never its age
    if (!file->tryLock(0)) {
        if (file->error() == QLockFile::LockFailedError && QDateTime::currentMSecsSinceEpoch() < first.deadline) {
            // Another Keylink process has it: look again shortly.
            QTimer::singleShot(PollMs, this, [this, accountId] { tryNext(accountId); });
            return;
        }
        Waiter w = it->takeFirst();
        QString error;
        if (file->error() == QLockFile::LockFailedError) {
            error = tr("Another Keylink process has been changing this account for over %n second(s); try again when "
                       "it has finished.",
                nullptr, m_timeoutMs / 1000);
        } else {
            const QStorageInfo disk(m_folder);
            const QString why = disk.isValid() && disk.bytesAvailable() < MinFreeBytes ? tr("the disk is full")
                : file->error() == QLockFile::PermissionError                          ? tr("permission denied")
                                                                                       : tr("it cannot be written");
            error = tr("Keylink could not create its lock file in %1: %2.").arg(m_folder, why);
        }
        if (w.context)
            w.done(nullptr, error);
        tryNext(accountId);
        return;
    }
    m_held.insert(accountId, file);
    Waiter w = it->takeFirst();
    if (it->isEmpty())
        m_waiting.erase(it);
    QPointer<AccountLocks> self(this);
    // Never null, so that a held lock tests true; the deleter releases it.
    Held held(static_cast<void *>(this), [self, accountId](void *) {
        if (self)
            self->release(accountId);
    });
    if (w.context)
        w.done(held, {});
    // `held` goes out of scope here unless the callback kept it.
}

void AccountLocks::release(const QString &accountId)
{
    if (const auto file = m_held.take(accountId))
        file->unlock();
    if (m_waiting.contains(accountId))
        QMetaObject::invokeMethod(
            this, [this, accountId] { tryNext(accountId); }, Qt::QueuedConnection);
}

} // namespace keylink
