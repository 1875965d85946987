#pragma once

#include "accounts/Account.h"
#include "accounts/AccountFile.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace keylink {

// The linked accounts' metadata: a versioned JSON file, rewritten atomically
// on every change. A file Keylink cannot read is never overwritten: it is
// kept aside and reported, and the store carries on empty.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int FormatVersion = 1;

    explicit AccountStore(std::unique_ptr<AccountFile> file = {}, QObject *parent = nullptr);
    ~AccountStore() override;

    // Reads the file. False when a problem was found; problem() says what
    // happened and where the unreadable file went.
    bool load();
    const QString &problem() const { return m_problem; }
    // Reloads when another process (keylink link/unlink) changes the file;
    // changed() tells the window.
    void watch();
    QString path() const { return m_file->path(); }

    const QList<Account> &accounts() const { return m_accounts; }
    const Account *account(const QString &id) const;
    // By id, unique id prefix (at least 4 characters) or exact label.
    const Account *find(const QString &reference, QString *error) const;
    // The account with the same provider, environment and identity, if any.
    const Account *findSame(const Account &account) const;

    // Inserts or replaces by id. On failure nothing changes, in memory or on disk.
    // Both also clear the id's pending mark, in the same write.
    bool save(const Account &account, QString *error);
    bool remove(const QString &id, QString *error);

    // The write-ahead mark for a keychain change in flight: set before a new
    // account's secret is written or an account's secret is removed, cleared
    // when the list is updated to match. A mark left behind by a process
    // that died tells the next start which keychain entry to clean up
    // (PendingSweeper).
    struct Pending {
        QString id;
        qint64 pid = 0; // the process that set it
    };
    const QList<Pending> &pending() const { return m_pending; }
    bool markPending(const QString &id, QString *error);
    bool clearPending(const QString &id, QString *error);

Q_SIGNALS:
    // accountId: the one account updated in place; empty when accounts were
    // added, removed or reloaded.
    void changed(const QString &accountId);

private:
    // changedAccount: the one account that differs from what is in memory.
    bool writeAll(const QList<Account> &accounts, const QList<Pending> &pending, QString *error,
        const Account *changedAccount = nullptr);
    QByteArray serialized(const Account &account) const;
    void reloadIfChanged();
    QList<Pending> pendingWithout(const QString &id) const;
    static QList<Pending> pendingFrom(const QJsonArray &marks);

    std::unique_ptr<AccountFile> m_file;
    QList<Account> m_accounts;
    QList<Pending> m_pending;
    mutable QHash<QString, QByteArray> m_serialized; // each account's JSON, by id, as in m_accounts
    QByteArray m_onDisk; // the file's content as last read or written here
    QString m_problem;
    bool m_blocked = false; // an unreadable file is still in place: never write over it
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reload = nullptr;
};

} // namespace keylink
