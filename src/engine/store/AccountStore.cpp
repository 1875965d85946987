#include "store/AccountStore.h"

#include "core/BoundedFile.h"
#include "core/LoggingCategories.h"
#include "core/ProcessCheck.h"
#include "store/AccountLocks.h"
#include "store/LegacyAccountList.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {

// SQLite's primary result codes that say something to people.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

int primaryCode(const QSqlError &e)
{
    return e.nativeErrorCode().toInt() & 0xff; // extended codes carry the primary in the low byte
}

QByteArray recordOf(const Account &account)
{
    return QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact);
}

bool accountFrom(const QByteArray &record, int secretVersion, Account *account, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(record, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    if (!Account::fromJson(doc.object(), account, error))
        return false;
    account->secretVersion = secretVersion;
    return true;
}

// The folder 0700 and the file 0600, whatever the umask: the database names
// every linked account and identity, and nobody else needs to read that.
//
// An existing database is never opened here: closing any descriptor of a
// file drops every POSIX lock this process holds on it, including SQLite's
// for a connection already open in this process, and another process could
// then take the database for unused and delete its write-ahead log.
bool preparePrivateFile(const QString &path, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("keylink::AccountStore", "the folder %1 cannot be created").arg(folder);
        return false;
    }
    ::chmod(QFile::encodeName(folder).constData(), S_IRWXU);
    const QByteArray native = QFile::encodeName(path);
    struct stat st {
    };
    if (::lstat(native.constData(), &st) != 0) {
        // O_EXCL: a file (or link) that appears meanwhile is not followed.
        const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd >= 0) {
            ::fchmod(fd, S_IRUSR | S_IWUSR);
            ::close(fd);
        } else if (errno != EEXIST) {
            *error = QString::fromLocal8Bit(::strerror(errno));
            return false;
        }
    } else if (!S_ISREG(st.st_mode)) {
        // A link planted in Keylink's folder is refused, not followed.
        *error = QCoreApplication::translate("keylink::AccountStore", "it is not a regular file");
        return false;
    }
    ::chmod(native.constData(), S_IRUSR | S_IWUSR);
    return true;
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
}

} // namespace

AccountStore::AccountStore(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_locks(std::make_unique<AccountLocks>(QFileInfo(m_path).absolutePath() + u"/locks"_s))
{
    static std::atomic<int> serial {0};
    m_connection = u"keylink-store-%1"_s.arg(++serial);
}

AccountStore::~AccountStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

void AccountStore::loadDriver()
{
    const QString name = u"keylink-driver-%1"_s.arg(quintptr(QThread::currentThreadId()));
    {
        // Creating a connection (never opened) is what loads the plugin.
        const QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        Q_UNUSED(db)
    }
    QSqlDatabase::removeDatabase(name);
}

QString AccountStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/keylink.db"_s;
}

QString AccountStore::legacyPath() const
{
    return QFileInfo(m_path).absolutePath() + u"/accounts.json"_s;
}

bool AccountStore::mayWrite(QString *)
{
    return true;
}

bool AccountStore::renameFile(const QString &from, const QString &to)
{
    return QFile::rename(from, to);
}

QString AccountStore::describe(const QSqlError &e) const
{
    const QString detail = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
    const int code = primaryCode(e);
    // SQLite words a full disk as an I/O error (or as "unable to open") when
    // it cannot grow its write-ahead log or shared memory: look at the disk.
    if (code == Full || code == IoError || code == CantOpen) {
        const QStorageInfo disk(QFileInfo(m_path).absolutePath());
        if (code == Full || (disk.isValid() && disk.bytesAvailable() < MinFreeBytes))
            return tr("the disk is full");
    }
    switch (code) {
    case ReadOnly:
        return tr("it is read-only (%1)").arg(detail);
    case IoError:
        return tr("an input/output error (%1)").arg(detail);
    case Busy:
    case Locked:
        return tr("other Keylink processes kept it busy for more than %n second(s)", nullptr, BusyTimeoutMs / 1000);
    case Corrupt:
    case NotADatabase:
        return tr("it is damaged (%1)").arg(detail);
    case CantOpen:
        return tr("it cannot be opened (%1)").arg(detail);
    default:
        return detail.isEmpty() ? e.text() : detail;
    }
}

QString AccountStore::saveError(const QSqlError &e) const
{
    qCWarning(lcStore) << "write failed:" << e.nativeErrorCode() << e.databaseText();
    return tr("Could not save to the account database %1: %2.").arg(m_path, describe(e));
}

QString AccountStore::readError(const QSqlError &e) const
{
    qCWarning(lcStore) << "read failed:" << e.nativeErrorCode() << e.databaseText();
    return tr("Could not read the account database %1: %2.").arg(m_path, describe(e));
}

bool AccountStore::openDatabase(QString *error)
{
    QString why;
    if (!preparePrivateFile(m_path, &why)) {
        *error = tr("Could not open the account database %1: %2.").arg(m_path, why);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open()) {
        *error = tr("Could not open the account database %1: %2.").arg(m_path, describe(db.lastError()));
        return false;
    }
    QSqlQuery q(db);
    // WAL: readers never wait for a writer, and a commit is one append.
    // FULL: a commit is on disk before Keylink says it is done.
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s}) {
        if (!q.exec(pragma)) {
            qCWarning(lcStore) << "open failed:" << q.lastError().nativeErrorCode() << q.lastError().databaseText();
            *error = tr("Could not open the account database %1: %2.").arg(m_path, describe(q.lastError()));
            const int code = primaryCode(q.lastError());
            db.close();
            if ((code == NotADatabase || code == Corrupt) && keepDamagedDatabaseAside(describe(q.lastError())))
                return openDatabase(error);
            return false;
        }
    }
    return true;
}

bool AccountStore::keepDamagedDatabaseAside(const QString &why)
{
    const QString aside = m_path + u".damaged-"_s + timestamp();
    if (!renameFile(m_path, aside)) {
        m_problem = tr("The account database %1 could not be read (%2), and it could not be moved aside. Move it "
                       "away yourself to start a new one.")
                        .arg(m_path, why);
        return false;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        renameFile(m_path + suffix, aside + suffix);
    m_problem = tr("The account database %1 could not be read (%2). It was kept as %3, and Keylink started a new, "
                   "empty one. Secrets are still in the keychain.")
                    .arg(m_path, why, aside);
    qCWarning(lcStore).noquote() << m_problem;
    return true;
}

bool AccountStore::createSchema(QString *error)
{
    // Most starts find the tables there: a look, without taking the write lock.
    {
        QSqlQuery look(QSqlDatabase::database(m_connection, false));
        if (look.exec(u"PRAGMA user_version"_s) && look.next() && look.value(0).toInt() == SchemaVersion)
            return true;
    }
    return transaction(
        [this](QString *why) {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
                *why = saveError(q.lastError());
                return false;
            }
            const int version = q.value(0).toInt();
            if (version > SchemaVersion) {
                *why = tr("The account database %1 was made by a newer Keylink (format %2; this one knows %3). "
                          "Update Keylink to use it.")
                           .arg(m_path)
                           .arg(version)
                           .arg(SchemaVersion);
                return false;
            }
            if (version == SchemaVersion)
                return true;
            const QStringList statements {
                // record: the account as Account::toJson() writes it. revision
                // counts every write (what a reader compares); secret_version
                // counts keychain entries (what a check compares).
                u"CREATE TABLE IF NOT EXISTS accounts ("
                u" id TEXT PRIMARY KEY NOT NULL, provider TEXT NOT NULL, method TEXT NOT NULL,"
                u" environment TEXT NOT NULL, identity TEXT NOT NULL, record TEXT NOT NULL,"
                u" revision INTEGER NOT NULL, secret_version INTEGER NOT NULL)"_s,
                u"CREATE INDEX IF NOT EXISTS accounts_identity ON accounts (provider, environment, identity)"_s,
                // Keychain changes in flight, by the process making them.
                u"CREATE TABLE IF NOT EXISTS pending ("
                u" id TEXT PRIMARY KEY NOT NULL, pid INTEGER NOT NULL, provider TEXT NOT NULL DEFAULT '',"
                u" environment TEXT NOT NULL DEFAULT '', identity TEXT NOT NULL DEFAULT '')"_s,
                u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
                u"PRAGMA user_version = %1"_s.arg(SchemaVersion),
            };
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    *why = saveError(q.lastError());
                    return false;
                }
            }
            return true;
        },
        error);
}

bool AccountStore::open()
{
    m_problem.clear();
    m_rows.clear();
    m_order.clear();
    m_open = false;
    QString error;
    if (!openDatabase(&error)) {
        m_problem = m_problem.isEmpty() ? error : m_problem + u" "_s + error;
        qCWarning(lcStore).noquote() << m_problem;
        return false;
    }
    m_open = true;
    if (!createSchema(&error)) {
        m_open = false;
        m_problem = error;
        qCWarning(lcStore).noquote() << m_problem;
        return false;
    }
    importLegacyList();
    loadAll();
    return true;
}

void AccountStore::importLegacyList()
{
    const QString legacy = legacyPath();
    const QFileInfo info(legacy);
    if (!info.exists() && !info.isSymLink())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT value FROM meta WHERE key = 'legacy-import'"_s);
    if (q.exec() && q.next())
        return; // done before; the file is the user's now

    QByteArray content;
    QString why;
    LegacyAccountList list;
    if (!BoundedFile::read(legacy, LegacyAccountList::MaxFileSize, &content, &why)
        || !LegacyAccountList::parse(content, &list, &why)) {
        if (!QFileInfo::exists(legacy) && !QFileInfo(legacy).isSymLink())
            return; // another process imported it a moment ago
        // Never written over, never read again: kept aside, as it is.
        const QString aside = legacy + u".corrupt-"_s + timestamp();
        if (!renameFile(legacy, aside)) {
            m_problem = tr("The old account list %1 could not be read (%2), and it could not be moved aside. Keylink "
                           "leaves it as it is and tries again at the next start; move it away yourself to stop this "
                           "message.")
                            .arg(legacy, why);
            qCWarning(lcStore).noquote() << m_problem;
            return;
        }
        m_problem = tr("The old account list %1 could not be read (%2). It was kept as %3; Keylink starts without "
                       "it. Secrets are still in the keychain.")
                        .arg(legacy, why, aside);
        qCWarning(lcStore).noquote() << m_problem;
        QString ignored; // without the mark, the next start finds no file and does nothing either
        transaction(
            [this, aside](QString *e) {
                QSqlQuery m(QSqlDatabase::database(m_connection, false));
                m.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('legacy-import', ?)"_s);
                m.addBindValue(u"kept aside as "_s + aside);
                if (!m.exec())
                    *e = saveError(m.lastError());
                return e->isEmpty();
            },
            &ignored);
        return;
    }

    bool importedHere = false;
    QString error;
    const bool ok = transaction(
        [&](QString *e) {
            QSqlQuery w(QSqlDatabase::database(m_connection, false));
            w.prepare(u"SELECT value FROM meta WHERE key = 'legacy-import'"_s);
            if (!w.exec()) {
                *e = saveError(w.lastError());
                return false;
            }
            if (w.next())
                return true; // another process imported it while this one read
            for (const Account &a : std::as_const(list.accounts)) {
                w.prepare(u"INSERT OR IGNORE INTO accounts (id, provider, method, environment, identity, record, "
                          u"revision, secret_version) VALUES (?, ?, ?, ?, ?, ?, 1, 1)"_s);
                for (const QVariant &v : {QVariant(a.id), QVariant(a.providerId), QVariant(a.methodId),
                         QVariant(a.environmentId), QVariant(a.identityId), QVariant(recordOf(a))})
                    w.addBindValue(v);
                if (!w.exec()) {
                    *e = saveError(w.lastError());
                    return false;
                }
            }
            for (const LegacyAccountList::Mark &mark : std::as_const(list.pending)) {
                w.prepare(u"INSERT OR IGNORE INTO pending (id, pid) VALUES (?, ?)"_s);
                w.addBindValue(mark.id);
                w.addBindValue(mark.pid);
                if (!w.exec()) {
                    *e = saveError(w.lastError());
                    return false;
                }
            }
            w.prepare(u"INSERT INTO meta (key, value) VALUES ('legacy-import', ?)"_s);
            w.addBindValue(u"imported %1 account(s)"_s.arg(list.accounts.size()));
            if (!w.exec()) {
                *e = saveError(w.lastError());
                return false;
            }
            importedHere = true;
            return true;
        },
        &error);
    if (!ok) {
        m_problem = tr("The old account list %1 could not be imported: %2 It stays where it is, and Keylink tries "
                       "again at the next start.")
                        .arg(legacy, error);
        qCWarning(lcStore).noquote() << m_problem;
        return;
    }
    if (importedHere) {
        QString kept = legacy + u".imported"_s;
        if (QFileInfo::exists(kept))
            kept += u"-"_s + timestamp();
        if (!renameFile(legacy, kept))
            qCWarning(lcStore) << "imported the old account list, but could not rename it to" << kept;
        qCInfo(lcStore) << "imported" << list.accounts.size() << "account(s) from" << legacy;
    }
}

qint64 AccountStore::dataVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(u"PRAGMA data_version"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

void AccountStore::loadAll()
{
    m_rows.clear();
    m_order.clear();
    refresh();
}

void AccountStore::refresh()
{
    if (!m_open)
        return;
    // Read before the rows: a commit after this changes it again, and the
    // next notice reads that one.
    m_dataVersion = dataVersion();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, revision, record, secret_version FROM accounts ORDER BY rowid"_s)) {
        qCWarning(lcStore).noquote() << readError(q.lastError());
        return;
    }
    QStringList order;
    QList<std::pair<Row, bool>> changed; // the row, and whether it is new here
    while (q.next()) {
        const QString id = q.value(0).toString();
        const qint64 revision = q.value(1).toLongLong();
        const auto it = m_rows.constFind(id);
        if (it != m_rows.constEnd() && it->revision == revision) {
            order.append(id);
            continue;
        }
        Row row;
        QString why;
        if (!accountFrom(q.value(2).toByteArray(), q.value(3).toInt(), &row.account, &why)) {
            qCWarning(lcStore) << "skipped the unreadable account" << id << ":" << why;
            continue;
        }
        row.revision = revision;
        order.append(id);
        changed.append({row, it == m_rows.constEnd()});
    }
    const QSet<QString> present(order.cbegin(), order.cend());
    const QStringList before = m_order;
    for (const QString &id : before) {
        if (!present.contains(id))
            uncache(id);
    }
    m_order = order;
    for (const auto &[row, added] : std::as_const(changed)) {
        m_rows.insert(row.account.id, row);
        if (added)
            Q_EMIT accountAdded(row.account.id);
        else
            Q_EMIT accountChanged(row.account.id);
    }
}

void AccountStore::watch()
{
    if (m_watcher || !m_open)
        return;
    m_watcher = new QFileSystemWatcher(this);
    m_changeNotice = new QTimer(this);
    m_changeNotice->setSingleShot(true);
    m_changeNotice->setInterval(50); // one look for a burst of notices
    connect(m_changeNotice, &QTimer::timeout, this, [this] {
        // The write-ahead log comes and goes with the last connection.
        for (const QString &file : {m_path, m_path + u"-wal"_s}) {
            if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
                m_watcher->addPath(file);
        }
        // Most notices are this process's own commits: data_version only
        // moves for other connections' commits.
        if (dataVersion() != m_dataVersion)
            refresh();
    });
    m_watcher->addPath(QFileInfo(m_path).absolutePath());
    for (const QString &file : {m_path, m_path + u"-wal"_s}) {
        if (QFileInfo::exists(file))
            m_watcher->addPath(file);
    }
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_changeNotice, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_changeNotice, qOverload<>(&QTimer::start));
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> list;
    list.reserve(m_order.size());
    for (const QString &id : m_order)
        list.append(m_rows.value(id).account);
    return list;
}

const Account *AccountStore::account(const QString &id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.constEnd() ? nullptr : &it->account;
}

const Account *AccountStore::find(const QString &reference, QString *error) const
{
    if (const Account *exact = account(reference))
        return exact;
    QList<const Account *> matches;
    for (const QString &id : m_order) {
        const Account &a = m_rows.value(id).account;
        if ((reference.size() >= 4 && a.id.startsWith(reference)) || (!a.label.isEmpty() && a.label == reference))
            matches.append(account(id));
    }
    if (matches.size() == 1)
        return matches.first();
    *error = matches.isEmpty()
        ? tr("no linked account matches “%1”; keylink accounts lists them").arg(reference)
        : tr("“%1” matches %2 accounts; use more of the account id").arg(reference).arg(matches.size());
    return nullptr;
}

bool AccountStore::transaction(const std::function<bool(QString *)> &work, QString *error)
{
    if (!m_open) {
        *error = m_problem.isEmpty() ? tr("The account database %1 is not open.").arg(m_path) : m_problem;
        return false;
    }
    QString refused;
    if (!mayWrite(&refused)) {
        *error = tr("Could not save to the account database %1: %2.").arg(m_path, refused);
        return false;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // IMMEDIATE: the write lock is taken first, so the rows read next are
    // the ones this transaction changes; no other writer slips in between.
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = saveError(q.lastError());
        return false;
    }
    QString why;
    if (!work(&why)) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        *error = why;
        return false;
    }
    if (!q.exec(u"COMMIT"_s)) {
        *error = saveError(q.lastError());
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

bool AccountStore::readRow(const QString &id, Row *row, bool *found, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT record, revision, secret_version FROM accounts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = readError(q.lastError());
        return false;
    }
    *found = q.next();
    if (!*found)
        return true;
    QString why;
    if (!accountFrom(q.value(0).toByteArray(), q.value(2).toInt(), &row->account, &why)) {
        *error = tr("The account %1 in the database %2 cannot be read (%3).").arg(id, m_path, why);
        return false;
    }
    row->revision = q.value(1).toLongLong();
    return true;
}

bool AccountStore::writeRow(const Row &row, bool insert, QString *error)
{
    const Account &a = row.account;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(insert ? u"INSERT INTO accounts (provider, method, environment, identity, record, revision, "
                       u"secret_version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s
                     : u"UPDATE accounts SET provider = ?, method = ?, environment = ?, identity = ?, record = ?, "
                       u"revision = ?, secret_version = ? WHERE id = ?"_s);
    for (const QVariant &v :
        {QVariant(a.providerId), QVariant(a.methodId), QVariant(a.environmentId), QVariant(a.identityId),
            QVariant(recordOf(a)), QVariant(row.revision), QVariant(a.secretVersion), QVariant(a.id)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = saveError(q.lastError());
        return false;
    }
    return true;
}

void AccountStore::cache(const Row &row)
{
    const QString id = row.account.id;
    const bool known = m_rows.contains(id);
    m_rows.insert(id, row);
    if (!known) {
        m_order.append(id);
        Q_EMIT accountAdded(id);
    } else {
        Q_EMIT accountChanged(id);
    }
}

void AccountStore::uncache(const QString &id)
{
    if (!m_rows.remove(id))
        return;
    m_order.removeAll(id);
    Q_EMIT accountRemoved(id);
}

AccountStore::Result AccountStore::fetch(const QString &id, Account *account, QString *error)
{
    if (!m_open) {
        *error = m_problem;
        return Result::Failed;
    }
    Row row;
    bool found = false;
    if (!readRow(id, &row, &found, error))
        return Result::Failed;
    if (!found) {
        uncache(id); // another process unlinked it
        return Result::NotFound;
    }
    const auto cached = m_rows.constFind(id);
    if (cached == m_rows.constEnd() || cached->revision != row.revision)
        cache(row);
    if (account)
        *account = row.account;
    return Result::Done;
}

AccountStore::Result AccountStore::update(
    const QString &id, const std::function<bool(Account &)> &change, QString *error)
{
    Row row;
    bool found = false;
    bool changed = false;
    const bool ok = transaction(
        [&](QString *why) {
            if (!readRow(id, &row, &found, why) || !found)
                return false;
            changed = change(row.account);
            if (!changed)
                return true; // nothing to write: COMMIT ends an empty transaction
            row.account.id = id;
            ++row.revision;
            return writeRow(row, false, why);
        },
        error);
    if (!ok && error->isEmpty() && !found) {
        uncache(id); // gone: another process unlinked it
        *error = tr("The account %1 is not linked any more.").arg(id);
        return Result::NotFound;
    }
    if (!ok)
        return Result::Failed;
    if (changed)
        cache(row);
    return Result::Done;
}

const Account *AccountStore::defaultFor(const QString &providerId) const
{
    const Account *first = nullptr;
    for (const QString &id : m_order) {
        const Account &a = m_rows.value(id).account;
        if (a.providerId != providerId)
            continue;
        if (a.isDefault)
            return account(id);
        if (!first)
            first = account(id);
    }
    return first;
}

bool AccountStore::setDefault(const QString &id, QString *error)
{
    QList<Row> written;
    bool found = false;
    const bool ok = transaction(
        [&](QString *why) {
            Row chosen;
            if (!readRow(id, &chosen, &found, why) || !found)
                return false;
            // Fresh rows of the provider, read inside the transaction.
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            q.prepare(u"SELECT id FROM accounts WHERE provider = ?"_s);
            q.addBindValue(chosen.account.providerId);
            if (!q.exec()) {
                *why = readError(q.lastError());
                return false;
            }
            QStringList ids;
            while (q.next())
                ids.append(q.value(0).toString());
            for (const QString &other : std::as_const(ids)) {
                Row row;
                bool there = false;
                if (!readRow(other, &row, &there, why))
                    return false;
                if (!there || row.account.isDefault == (other == id))
                    continue;
                row.account.isDefault = other == id;
                ++row.revision;
                if (!writeRow(row, false, why))
                    return false;
                written.append(row);
            }
            return true;
        },
        error);
    if (!ok && error->isEmpty() && !found) {
        *error = tr("The account %1 is not linked any more.").arg(id);
        return false;
    }
    if (!ok)
        return false;
    for (const Row &row : std::as_const(written))
        cache(row);
    return true;
}

bool AccountStore::remove(const QString &id, QString *error)
{
    const bool ok = transaction(
        [&](QString *why) {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            for (const QString &statement :
                {u"DELETE FROM accounts WHERE id = ?"_s, u"DELETE FROM pending WHERE id = ?"_s}) {
                q.prepare(statement);
                q.addBindValue(id);
                if (!q.exec()) {
                    *why = saveError(q.lastError());
                    return false;
                }
            }
            return true;
        },
        error);
    if (ok)
        uncache(id);
    return ok;
}

bool AccountStore::reserve(const Account &draft, const QString &id, QString *existing, QString *error)
{
    existing->clear();
    return transaction(
        [&](QString *why) {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            q.prepare(u"SELECT id FROM accounts WHERE provider = ? AND environment = ? AND identity = ? "
                      u"ORDER BY rowid LIMIT 1"_s);
            q.addBindValue(draft.providerId);
            q.addBindValue(draft.environmentId);
            q.addBindValue(draft.identityId);
            if (!q.exec()) {
                *why = saveError(q.lastError());
                return false;
            }
            if (q.next()) {
                *existing = q.value(0).toString();
                return true;
            }
            // The same identity being linked right now by a running process.
            q.prepare(u"SELECT id, pid FROM pending WHERE provider = ? AND environment = ? AND identity = ?"_s);
            q.addBindValue(draft.providerId);
            q.addBindValue(draft.environmentId);
            q.addBindValue(draft.identityId);
            if (!q.exec()) {
                *why = saveError(q.lastError());
                return false;
            }
            while (q.next()) {
                if (ProcessCheck::isRunning(q.value(1).toLongLong())) {
                    *existing = q.value(0).toString();
                    return true;
                }
            }
            q.prepare(u"INSERT OR REPLACE INTO pending (id, pid, provider, environment, identity) "
                      u"VALUES (?, ?, ?, ?, ?)"_s);
            q.addBindValue(id);
            q.addBindValue(QCoreApplication::applicationPid());
            q.addBindValue(draft.providerId);
            q.addBindValue(draft.environmentId);
            q.addBindValue(draft.identityId);
            if (!q.exec()) {
                *why = saveError(q.lastError());
                return false;
            }
            return true;
        },
        error);
}

bool AccountStore::insert(const Account &account, QString *error)
{
    Row row {account, 1};
    row.account.secretVersion = 1;
    const bool ok = transaction(
        [&](QString *why) {
            if (!writeRow(row, true, why))
                return false;
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            q.prepare(u"DELETE FROM pending WHERE id = ?"_s);
            q.addBindValue(account.id);
            if (!q.exec()) {
                *why = saveError(q.lastError());
                return false;
            }
            return true;
        },
        error);
    if (ok)
        cache(row);
    return ok;
}

AccountStore::Result AccountStore::replace(const Account &draft, QString *error, Account *saved, Account *before)
{
    Row row;
    bool found = false;
    const bool ok = transaction(
        [&](QString *why) {
            if (!readRow(draft.id, &row, &found, why) || !found)
                return false;
            if (before)
                *before = row.account;
            Account next = draft;
            next.linkedAt = row.account.linkedAt;
            if (next.label.isEmpty())
                next.label = row.account.label;
            next.secretVersion = row.account.secretVersion + 1;
            next.isDefault = row.account.isDefault;
            // The account's check history goes on across secrets, the new
            // secret's checks after it; its reminders start afresh
            // (next.remindedFor is unset).
            const QList<CheckRecord> newChecks = next.history;
            next.history = row.account.history;
            for (const CheckRecord &c : newChecks)
                next.record(c);
            row.account = next;
            ++row.revision;
            return writeRow(row, false, why);
        },
        error);
    if (!ok && error->isEmpty() && !found) {
        uncache(draft.id);
        *error = tr("The account %1 is not linked any more.").arg(draft.id);
        return Result::NotFound;
    }
    if (!ok)
        return Result::Failed;
    cache(row);
    if (saved)
        *saved = row.account;
    return Result::Done;
}

QList<AccountStore::Pending> AccountStore::pending(QString *error) const
{
    QList<Pending> marks;
    if (!m_open)
        return marks;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT id, pid FROM pending ORDER BY rowid"_s)) {
        if (error)
            *error = readError(q.lastError());
        return marks;
    }
    while (q.next())
        marks.append({q.value(0).toString(), q.value(1).toLongLong()});
    return marks;
}

bool AccountStore::markPending(const QString &id, QString *error)
{
    return transaction(
        [&](QString *why) {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            q.prepare(u"INSERT OR REPLACE INTO pending (id, pid) VALUES (?, ?)"_s);
            q.addBindValue(id);
            q.addBindValue(QCoreApplication::applicationPid());
            if (!q.exec()) {
                *why = saveError(q.lastError());
                return false;
            }
            return true;
        },
        error);
}

bool AccountStore::clearPending(const QString &id, QString *error)
{
    return transaction(
        [&](QString *why) {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            q.prepare(u"DELETE FROM pending WHERE id = ?"_s);
            q.addBindValue(id);
            if (!q.exec()) {
                *why = saveError(q.lastError());
                return false;
            }
            return true;
        },
        error);
}

} // namespace keylink
