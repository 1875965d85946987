#pragma once

#include "store/Account.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QFileSystemWatcher;
class QSqlDatabase;
class QSqlError;
class QTimer;

namespace keylink {

class AccountLocks;

// The linked accounts' metadata, shared safely by every Keylink process: one
// SQLite database (Qt SQL, WAL, a busy timeout) under the app data location,
// folder 0700 and file 0600. Every change is one short transaction that
// reads the row it changes inside the transaction, so a process never writes
// back a stale copy; a write that fails (disk full, read-only, I/O error)
// rolls back, leaves the previous state as it was and says why. The accounts
// in memory are a cache of the database, refreshed after each own write and,
// once watch() is on, when another process commits.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 1;
    static constexpr int BusyTimeoutMs = 10000;
    // Less free space than this beside the database, and an I/O error is a full disk.
    static constexpr qint64 MinFreeBytes = qint64(256) * 1024;

    explicit AccountStore(QString path = defaultPath(), QObject *parent = nullptr);
    ~AccountStore() override;
    // $XDG_DATA_HOME/keylink/keylink.db
    static QString defaultPath();
    // Loads Qt's SQLite driver plugin, from any thread: a window calls this
    // on a pool thread at start so that open() does not wait for it.
    static void loadDriver();
    // accounts.json beside the database: the list before there was one.
    QString legacyPath() const;

    // Opens the database (creating it), imports an old accounts.json once,
    // and reads the accounts. False when the store cannot be used at all;
    // problem() says why, and also carries a warning when open() succeeded
    // (an old list that could not be imported, a damaged database kept aside).
    bool open();
    bool isOpen() const { return m_open; }
    const QString &problem() const { return m_problem; }
    QString path() const { return m_path; }
    AccountLocks &locks() { return *m_locks; }

    // Follows other processes' changes: a watch on the database files, then
    // SQLite's data_version says whether anything was committed.
    void watch();
    // Reads again what other processes added, changed or removed, and
    // signals each row that differs.
    void refresh();

    // The accounts as last read, oldest first.
    QList<Account> accounts() const;
    const QStringList &ids() const { return m_order; }
    const Account *account(const QString &id) const;
    // By id, unique id prefix (at least 4 characters) or exact label.
    const Account *find(const QString &reference, QString *error) const;

    enum class Result { Done, NotFound, Failed };
    // Reads one account from the database now (and brings the cache up to
    // date with it). NotFound: it is not linked (any more).
    Result fetch(const QString &id, Account *account, QString *error);
    // Changes one account as it is stored now; `change` returns false to
    // leave it as it is (Result::Done all the same). NotFound: it is not
    // linked (any more).
    Result update(const QString &id, const std::function<bool(Account &)> &change, QString *error);
    // The provider's default account: the one marked so, else its first
    // linked; nullptr when none is linked.
    const Account *defaultFor(const QString &providerId) const;
    // Marks `id` as its provider's default and unmarks the others, in one
    // transaction.
    bool setDefault(const QString &id, QString *error);
    // Removes an account and its pending mark, if any.
    bool remove(const QString &id, QString *error);

    // Linking, with a write-ahead mark so that a process killed halfway can
    // be cleaned up after (PendingSweeper). reserve() marks `id` for a new
    // link of the draft's identity, unless an account, or a link in flight
    // in a running process, already has that identity (same provider,
    // environment and identity): then *existing names it and nothing is
    // written.
    bool reserve(const Account &draft, const QString &id, QString *existing, QString *error);
    // Adds the reserved account and clears its mark, in one transaction.
    bool insert(const Account &account, QString *error);
    // A linked account's new metadata once its secret was replaced: keeps
    // its id, link date and (when the draft has none) label, and counts the
    // new secret (secretVersion).
    Result replace(const Account &draft, QString *error, Account *saved = nullptr, Account *before = nullptr);

    struct Pending {
        QString id;
        qint64 pid = 0; // the process that set it
    };
    // Read from the database, not the cache: the sweeper needs them exact.
    QList<Pending> pending(QString *error = nullptr) const;
    // Before an account's secret is removed (unlink).
    bool markPending(const QString &id, QString *error);
    bool clearPending(const QString &id, QString *error);

Q_SIGNALS:
    void accountAdded(const QString &id);
    void accountChanged(const QString &id);
    void accountRemoved(const QString &id);

protected:
    // Called before every write; false (and why) refuses it. Tests make
    // writes fail here; the real failures (disk full…) come from SQLite.
    virtual bool mayWrite(QString *error);
    // Moves a file Keylink cannot read out of the way (tests make it fail).
    virtual bool renameFile(const QString &from, const QString &to);

private:
    struct Row {
        Account account;
        qint64 revision = 0;
    };
    bool openDatabase(QString *error);
    bool createSchema(QString *error);
    void importLegacyList();
    void loadAll();
    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back when it fails.
    bool transaction(const std::function<bool(QString *)> &work, QString *error);
    QString saveError(const QSqlError &e) const;
    QString readError(const QSqlError &e) const;
    QString describe(const QSqlError &e) const;
    bool readRow(const QString &id, Row *row, bool *found, QString *error) const;
    bool writeRow(const Row &row, bool insert, QString *error);
    void cache(const Row &row);
    void uncache(const QString &id);
    qint64 dataVersion() const;
    bool keepDamagedDatabaseAside(const QString &why);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    QString m_problem;
    std::unique_ptr<AccountLocks> m_locks;
    QHash<QString, Row> m_rows;
    QStringList m_order;
    qint64 m_dataVersion = -1;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_changeNotice = nullptr;
};

} // namespace keylink
