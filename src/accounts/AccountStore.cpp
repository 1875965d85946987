#include "accounts/AccountStore.h"

#include "accounts/JsonAccountFile.h"
#include "core/LoggingCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace keylink {

AccountStore::AccountStore(std::unique_ptr<AccountFile> file, QObject *parent)
    : QObject(parent)
    , m_file(file ? std::move(file) : std::make_unique<JsonAccountFile>())
{ }

AccountStore::~AccountStore() = default;

void AccountStore::watch()
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(100); // one reload for a burst of change notices
    connect(m_reload, &QTimer::timeout, this, &AccountStore::reloadIfChanged);
    // The folder too: a QSaveFile write replaces the file, and a watch on a
    // replaced file goes quiet.
    const QString folder = QFileInfo(m_file->path()).absolutePath();
    QDir().mkpath(folder);
    m_watcher->addPath(folder);
    if (m_file->exists())
        m_watcher->addPath(m_file->path());
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reload, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reload, qOverload<>(&QTimer::start));
}

void AccountStore::reloadIfChanged()
{
    if (m_file->exists() && !m_watcher->files().contains(m_file->path()))
        m_watcher->addPath(m_file->path());
    // Most notices are about this store's own writes: the bytes say so
    // without parsing anything.
    QByteArray content;
    QString ignored;
    const bool unchanged
        = m_file->exists() ? m_file->read(&content, &ignored) && content == m_onDisk : m_onDisk.isEmpty();
    if (unchanged)
        return;
    load();
    Q_EMIT changed(QString());
}

bool AccountStore::load()
{
    m_accounts.clear();
    m_pending.clear();
    m_serialized.clear();
    m_onDisk.clear();
    m_problem.clear();
    m_blocked = false;
    if (!m_file->exists())
        return true;

    QByteArray content;
    QString why;
    QList<Account> accounts;
    if (m_file->read(&content, &why)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
        const QJsonObject root = doc.object();
        if (parseError.error != QJsonParseError::NoError) {
            why = tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        } else if (!doc.isObject() || !root.value(u"accounts"_s).isArray()) {
            why = tr("not a Keylink account list");
        } else if (root.value(u"version"_s).toInt() != FormatVersion) {
            why = tr("format version %1, this Keylink reads version %2")
                      .arg(root.value(u"version"_s).toInt())
                      .arg(FormatVersion);
        } else {
            QSet<QString> ids;
            for (const QJsonValue &value : root.value(u"accounts"_s).toArray()) {
                Account account;
                QString entryError;
                if (!Account::fromJson(value.toObject(), &account, &entryError)) {
                    why = entryError;
                    break;
                }
                // Each id names one keychain entry: two accounts cannot share
                // one (found by fuzz_accountfile: a save then merged them).
                if (ids.contains(account.id)) {
                    why = tr("two accounts share the id %1").arg(account.id);
                    break;
                }
                ids.insert(account.id);
                accounts.append(account);
            }
        }
        if (why.isEmpty()) {
            m_onDisk = content;
            m_accounts = accounts;
            m_pending = pendingFrom(root.value(u"pending"_s).toArray());
            return true;
        }
    }

    QString asideError;
    const QString aside = m_file->keepAside(&asideError);
    if (aside.isEmpty()) {
        m_blocked = true;
        m_problem = tr("The account list %1 could not be read (%2), and it could not be moved aside (%3). Keylink "
                       "will not change it; move it away yourself to start a new list.")
                        .arg(m_file->path(), why, asideError);
    } else {
        m_problem = tr("The account list %1 could not be read (%2). It was kept as %3, and Keylink started a new, "
                       "empty list. Secrets are still in the keychain.")
                        .arg(m_file->path(), why, aside);
    }
    qCWarning(lcVault).noquote() << m_problem;
    return false;
}

const Account *AccountStore::account(const QString &id) const
{
    for (const Account &a : m_accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const Account *AccountStore::find(const QString &reference, QString *error) const
{
    if (const Account *exact = account(reference))
        return exact;
    QList<const Account *> matches;
    for (const Account &a : m_accounts) {
        if ((reference.size() >= 4 && a.id.startsWith(reference)) || (!a.label.isEmpty() && a.label == reference))
            matches.append(&a);
    }
    if (matches.size() == 1)
        return matches.first();
    *error = matches.isEmpty()
        ? tr("no linked account matches “%1”; keylink accounts lists them").arg(reference)
        : tr("“%1” matches %2 accounts; use more of the account id").arg(reference).arg(matches.size());
    return nullptr;
}

const Account *AccountStore::findSame(const Account &account) const
{
    for (const Account &a : m_accounts) {
        if (a.isSameAccountAs(account))
            return &a;
    }
    return nullptr;
}

QByteArray AccountStore::serialized(const Account &account) const
{
    auto it = m_serialized.constFind(account.id);
    if (it == m_serialized.constEnd())
        it = m_serialized.insert(account.id, QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact));
    return *it;
}

bool AccountStore::writeAll(
    const QList<Account> &accounts, const QList<Pending> &pending, QString *error, const Account *changedAccount)
{
    if (m_blocked) {
        *error = m_problem;
        return false;
    }
    // Written by hand, one account per line, from each account's cached
    // JSON: re-serializing every account on every change took 9 ms with 200
    // accounts, once per finished check of a Verify all (bench_verifyall).
    const QByteArray changedJson
        = changedAccount ? QJsonDocument(changedAccount->toJson()).toJson(QJsonDocument::Compact) : QByteArray();
    QByteArray content = "{\n    \"version\": " + QByteArray::number(FormatVersion) + ",\n    \"accounts\": [";
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account &a = accounts.at(i);
        content += (i == 0 ? "\n        " : ",\n        ");
        content += changedAccount && a.id == changedAccount->id ? changedJson : serialized(a);
    }
    content += accounts.isEmpty() ? "]" : "\n    ]";
    if (!pending.isEmpty()) {
        QJsonArray marks;
        for (const Pending &p : pending)
            marks.append(QJsonObject {{u"id"_s, p.id}, {u"pid"_s, p.pid}});
        content += ",\n    \"pending\": " + QJsonDocument(marks).toJson(QJsonDocument::Compact);
    }
    content += "\n}\n";
    QString why;
    if (!m_file->write(content, &why)) {
        *error = tr("Could not save the account list %1: %2").arg(m_file->path(), why);
        return false;
    }
    m_onDisk = content;
    if (changedAccount)
        m_serialized.insert(changedAccount->id, changedJson);
    return true;
}

bool AccountStore::save(const Account &account, QString *error)
{
    QList<Account> next = m_accounts;
    auto it = std::find_if(next.begin(), next.end(), [&](const Account &a) { return a.id == account.id; });
    if (it != next.end())
        *it = account;
    else
        next.append(account);
    const QList<Pending> pending = pendingWithout(account.id);
    if (!writeAll(next, pending, error, &account))
        return false;
    const bool added = next.size() != m_accounts.size();
    // `account` may be an element of m_accounts (save(accounts().first())):
    // take its id before the old list goes. Found by fuzz_accountfile.
    const QString id = account.id;
    m_accounts = next;
    m_pending = pending;
    Q_EMIT changed(added ? QString() : id);
    return true;
}

bool AccountStore::remove(const QString &id, QString *error)
{
    QList<Account> next = m_accounts;
    next.removeIf([&](const Account &a) { return a.id == id; });
    const QList<Pending> pending = pendingWithout(id);
    if (next.size() == m_accounts.size() && pending.size() == m_pending.size())
        return true;
    if (!writeAll(next, pending, error))
        return false;
    m_serialized.remove(id);
    m_accounts = next;
    m_pending = pending;
    Q_EMIT changed(QString());
    return true;
}

bool AccountStore::markPending(const QString &id, QString *error)
{
    QList<Pending> pending = pendingWithout(id);
    pending.append({id, QCoreApplication::applicationPid()});
    if (!writeAll(m_accounts, pending, error))
        return false;
    m_pending = pending;
    return true;
}

bool AccountStore::clearPending(const QString &id, QString *error)
{
    const QList<Pending> pending = pendingWithout(id);
    if (pending.size() == m_pending.size())
        return true;
    if (!writeAll(m_accounts, pending, error))
        return false;
    m_pending = pending;
    return true;
}

QList<AccountStore::Pending> AccountStore::pendingWithout(const QString &id) const
{
    QList<Pending> rest = m_pending;
    rest.removeIf([&](const Pending &p) { return p.id == id; });
    return rest;
}

QList<AccountStore::Pending> AccountStore::pendingFrom(const QJsonArray &marks)
{
    QList<Pending> pending;
    for (const QJsonValue &value : marks) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(u"id"_s).toString();
        // A mark without an id names nothing to clean up; drop it.
        if (!id.isEmpty())
            pending.append({id, o.value(u"pid"_s).toInteger()});
    }
    return pending;
}

} // namespace keylink
