#pragma once

#include "core/Timeouts.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace keylink {

// One lock per account, across every Keylink process and inside this one:
// whoever changes an account's keychain entry (link, relink, unlink, an
// OAuth refresh) holds it from reading the entry to recording the change,
// so two writers never interleave and a single-use refresh token is spent
// once. A lock file per account (QLockFile: a holder that died is noticed by
// its pid) in a folder beside the database; waiting never blocks the event
// loop.
class AccountLocks : public QObject
{
    Q_OBJECT
public:
    // Held while it exists; the last copy to go releases the lock.
    using Held = std::shared_ptr<void>;
    // `held` is null when the lock could not be had; `error` says why.
    using Callback = std::function<void(Held held, const QString &error)>;

    static constexpr int PollMs = 20;
    static constexpr qint64 MinFreeBytes = qint64(256) * 1024; // below this, a failed write is a full disk

    explicit AccountLocks(QString folder, QObject *parent = nullptr);
    ~AccountLocks() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Answers once, later, on the event loop, unless `context` is gone.
    void acquire(const QString &accountId, QObject *context, Callback done);
    bool isHeldHere(const QString &accountId) const { return m_held.contains(accountId); }

private:
    struct Waiter {
        QPointer<QObject> context;
        Callback done;
        qint64 deadline = 0;
    };
    void tryNext(const QString &accountId);
    void release(const QString &accountId);
    QString fileFor(const QString &accountId) const;

    QString m_folder;
    int m_timeoutMs = Timeouts::DefaultLockMs;
    QHash<QString, QList<Waiter>> m_waiting;
    QHash<QString, std::shared_ptr<QLockFile>> m_held;
};

} // namespace keylink
