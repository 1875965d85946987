#include "store/AccountStore.h"

#include "FailingAccountStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {
Account sample(const QString &id, const QString &label = {})
{
    Account a;
    a.id = id;
    a.providerId = u"front"_s;
    a.methodId = u"api-token"_s;
    a.label = label;
    a.identityId = u"cmp_%1"_s.arg(id);
    a.identityName = u"Initech"_s;
    a.environmentId = u"production"_s;
    a.fields = {{u"user_email"_s, u"ana@example.com"_s}};
    a.actions = {u"front_list_tags"_s};
    a.scopes = {u"tags:read"_s, u"events:*:read"_s};
    a.permissions = {{u"tags:read"_s, ScopeCheck::State::Granted, {}},
        {u"events:*:read"_s, ScopeCheck::State::Missing, u"Missing required scopes"_s}};
    a.linkedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    a.lastVerified = QDateTime(QDate(2026, 11, 2), QTime(11, 30, 15, 250), Qt::UTC);
    a.status = Account::Status::NeedsAttention;
    a.statusMessage = u"1 selected scope is missing"_s;
    return a;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

QString mode(const QString &path)
{
    struct stat st {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? QString::number(st.st_mode & 0777, 8) : u"missing"_s;
}

// An account list as Keylink wrote it before its database.
const QByteArray LegacyList = R"({
    "version": 1,
    "accounts": [
        {"id": "9b1c7f0e-0000-4000-8000-000000000001", "provider": "front", "method": "api-token",
         "label": "Support", "identity": {"id": "cmp_1", "name": "Initech"}, "environment": "production",
         "fields": {}, "actions": ["front_list_tags"], "scopes": ["tags:read"],
         "permissions": [{"scope": "tags:read", "state": "granted", "message": ""}],
         "linkedAt": "2026-10-01T09:00:00.000Z", "lastVerified": "2026-10-02T09:00:00.000Z",
         "tokenExpiresAt": "", "status": "verified", "statusMessage": ""},
        {"id": "9b1c7f0e-0000-4000-8000-000000000002", "provider": "oneflow", "method": "api-token",
         "label": "", "identity": {"id": "ana@example.com", "name": "ana@example.com"},
         "environment": "production", "fields": {"user_email": "ana@example.com"}, "actions": [], "scopes": [],
         "permissions": [], "linkedAt": "2026-10-03T09:00:00.000Z", "lastVerified": "", "tokenExpiresAt": "",
         "status": "not-checked", "statusMessage": ""}
    ],
    "pending": [{"id": "9b1c7f0e-0000-4000-8000-000000000003", "pid": 4194303}]
}
)";
} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString folder() const { return m_dir.filePath(u"keylink"_s); }
    QString path() const { return folder() + u"/keylink.db"_s; }
    QString legacy() const { return folder() + u"/accounts.json"_s; }
    std::unique_ptr<FailingAccountStore> open()
    {
        auto store = std::make_unique<FailingAccountStore>(path());
        if (!store->open())
            qWarning("%s", qPrintable(store->problem()));
        return store;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(folder()).removeRecursively();
        QVERIFY(QDir().mkpath(folder()));
    }

    void aNewDatabaseIsEmptyAndPrivateWhateverTheUmask()
    {
        QDir(folder()).removeRecursively();
        const mode_t before = ::umask(0);
        auto store = open();
        ::umask(before);
        QVERIFY(store->isOpen());
        QVERIFY(store->accounts().isEmpty());
        QVERIFY(store->problem().isEmpty());
        QString error;
        QVERIFY(store->insert(sample(u"first"_s), &error)); // the write-ahead log exists now
        QCOMPARE(mode(folder()), u"700"_s);
        QCOMPARE(mode(path()), u"600"_s);
        QCOMPARE(mode(path() + u"-wal"_s), u"600"_s);
        QString journalMode;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"look"_s);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            journalMode = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"look"_s);
        QCOMPARE(journalMode, u"wal"_s);
    }

    void savesAndReadsBackEveryField()
    {
        auto store = open();
        QString error;
        QVERIFY2(store->insert(sample(u"a1"_s, u"Support"_s), &error), qPrintable(error));
        QCOMPARE(store->accounts().size(), 1);
        QCOMPARE(store->account(u"a1"_s)->secretVersion, 1);

        auto again = open();
        QCOMPARE(again->accounts().size(), 1);
        QCOMPARE(again->accounts().first().toJson(), sample(u"a1"_s, u"Support"_s).toJson());
        QCOMPARE(again->accounts().first().secretVersion, 1);
    }

    // Two processes each change one thing of the same account from a stale
    // copy: both changes land, because each is made on the stored row.
    void changesAreMadeOnTheStoredRowNotOnAStaleCopy()
    {
        auto first = open();
        auto second = open();
        QString error;
        QVERIFY(first->insert(sample(u"shared"_s), &error));
        QVERIFY(!second->account(u"shared"_s)); // second has not looked again

        QCOMPARE(first->update(
                     u"shared"_s,
                     [](Account &a) {
                         a.label = u"Renamed"_s;
                         return true;
                     },
                     &error),
            AccountStore::Result::Done);
        QCOMPARE(second->update(
                     u"shared"_s,
                     [](Account &a) {
                         a.status = Account::Status::Verified;
                         a.statusMessage.clear();
                         return true;
                     },
                     &error),
            AccountStore::Result::Done);
        auto third = open();
        QCOMPARE(third->account(u"shared"_s)->label, u"Renamed"_s);
        QCOMPARE(third->account(u"shared"_s)->status, Account::Status::Verified);

        // An account another process removed is not brought back.
        QVERIFY(first->remove(u"shared"_s, &error));
        QCOMPARE(second->update(
                     u"shared"_s,
                     [](Account &a) {
                         a.label = u"Back?"_s;
                         return true;
                     },
                     &error),
            AccountStore::Result::NotFound);
        QVERIFY(!second->account(u"shared"_s));
        QVERIFY(open()->accounts().isEmpty());
    }

    void replaceKeepsIdDateAndLabelAndCountsTheSecret()
    {
        auto store = open();
        QString error;
        QVERIFY(store->insert(sample(u"r1"_s, u"Support"_s), &error));
        Account draft = sample(u"r1"_s);
        draft.linkedAt = QDateTime::currentDateTimeUtc();
        draft.identityName = u"Initech Renamed"_s;
        Account saved;
        QCOMPARE(store->replace(draft, &error, &saved), AccountStore::Result::Done);
        QCOMPARE(saved.label, u"Support"_s);
        QCOMPARE(saved.linkedAt, sample(u"r1"_s).linkedAt);
        QCOMPARE(saved.identityName, u"Initech Renamed"_s);
        QCOMPARE(saved.secretVersion, 2);
        QCOMPARE(open()->account(u"r1"_s)->secretVersion, 2);
        draft.id = u"nobody"_s;
        QCOMPARE(store->replace(draft, &error, &saved), AccountStore::Result::NotFound);
    }

    void aReservationClaimsItsIdentity()
    {
        auto store = open();
        QString error, existing;
        QVERIFY(store->insert(sample(u"linked"_s), &error));
        // The same provider, environment and identity: that account.
        QVERIFY(store->reserve(sample(u"linked"_s), u"new-1"_s, &existing, &error));
        QCOMPARE(existing, u"linked"_s);
        QVERIFY(store->pending().isEmpty());
        // A new identity: reserved, with this process's mark…
        Account other = sample(u"other"_s);
        QVERIFY(store->reserve(other, u"new-2"_s, &existing, &error));
        QVERIFY(existing.isEmpty());
        QCOMPARE(store->pending().size(), 1);
        QCOMPARE(store->pending().first().id, u"new-2"_s);
        QCOMPARE(store->pending().first().pid, QCoreApplication::applicationPid());
        // …which another link of the same identity, meanwhile, finds.
        QVERIFY(open()->reserve(other, u"new-3"_s, &existing, &error));
        QCOMPARE(existing, u"new-2"_s);
        // Adding the account clears the mark in the same transaction.
        other.id = u"new-2"_s;
        QVERIFY(store->insert(other, &error));
        QVERIFY(store->pending().isEmpty());
        QCOMPARE(open()->accounts().size(), 2);
    }

    void pendingMarksAreReadFromTheDatabase()
    {
        auto store = open();
        QString error;
        QVERIFY(store->markPending(u"p1"_s, &error));
        QVERIFY(store->markPending(u"p2"_s, &error));
        QCOMPARE(open()->pending().size(), 2);
        QVERIFY(store->clearPending(u"p1"_s, &error));
        QVERIFY(store->insert(sample(u"p2"_s), &error)); // inserting clears its mark
        QVERIFY(open()->pending().isEmpty());
        QVERIFY(store->markPending(u"p2"_s, &error));
        QVERIFY(store->remove(u"p2"_s, &error)); // so does removing
        QVERIFY(open()->pending().isEmpty());
        QVERIFY(open()->accounts().isEmpty());
    }

    void findsByIdPrefixOrLabel()
    {
        auto store = open();
        QString error;
        QVERIFY(store->insert(sample(u"abcd-1111"_s, u"Support"_s), &error));
        QVERIFY(store->insert(sample(u"abcd-2222"_s, u"Billing"_s), &error));
        QCOMPARE(store->find(u"abcd-1"_s, &error)->id, u"abcd-1111"_s);
        QCOMPARE(store->find(u"Billing"_s, &error)->id, u"abcd-2222"_s);
        QVERIFY(!store->find(u"abcd"_s, &error));
        QCOMPARE(error, u"“abcd” matches 2 accounts; use more of the account id"_s);
        QVERIFY(!store->find(u"abc"_s, &error));
        QCOMPARE(error, u"no linked account matches “abc”; keylink accounts lists them"_s);
    }

    // A window follows what other processes commit, row by row.
    void aWatchingStoreSeesOtherProcessesChangesRowByRow()
    {
        auto window = open();
        window->watch();
        auto script = open();
        QSignalSpy added(window.get(), &AccountStore::accountAdded);
        QSignalSpy changed(window.get(), &AccountStore::accountChanged);
        QSignalSpy removed(window.get(), &AccountStore::accountRemoved);
        QString error;
        QVERIFY(script->insert(sample(u"w1"_s), &error));
        QVERIFY(script->insert(sample(u"w2"_s), &error));
        QTRY_COMPARE(added.size(), 2);
        QCOMPARE(window->ids(), (QStringList {u"w1"_s, u"w2"_s}));
        QCOMPARE(script->update(
                     u"w2"_s,
                     [](Account &a) {
                         a.label = u"Two"_s;
                         return true;
                     },
                     &error),
            AccountStore::Result::Done);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), u"w2"_s); // only the row that changed
        QCOMPARE(window->account(u"w2"_s)->label, u"Two"_s);
        QVERIFY(script->remove(u"w1"_s, &error));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(window->ids(), QStringList {u"w2"_s});
        QCOMPARE(added.size(), 2);
        QCOMPARE(changed.size(), 1);
    }

    // Closing any descriptor of the database in this process would drop
    // SQLite's locks for every connection of the process: another process
    // closing its own connection then takes the database for unused,
    // deletes the write-ahead log, and this process reads a stale copy from
    // then on (found by tst_crashsafety).
    void anotherStoreInThisProcessDoesNotCostTheFirstItsLocks()
    {
        auto window = open();
        QString error;
        QVERIFY(window->insert(sample(u"kept"_s), &error));
        open(); // a second store, opened and closed in this process
        for (const char *id : {"p1", "p2"}) {
            QProcess writer; // another Keylink process: writes, then closes
            writer.start(u"python3"_s,
                {u"-c"_s,
                    u"import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    u"c.execute(\"insert into pending (id, pid) values (?, 1)\", (sys.argv[2],)); c.commit(); c.close()"_s,
                    path(), QString::fromLatin1(id)});
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitCode(), 0);
        }
        QCOMPARE(window->pending().size(), 2);
        QVERIFY(QFileInfo::exists(path() + u"-wal"_s));
    }

    void anOldListIsImportedOnceAndKeptBeside()
    {
        writeAll(legacy(), LegacyList);
        auto store = open();
        QVERIFY2(store->problem().isEmpty(), qPrintable(store->problem()));
        QCOMPARE(store->accounts().size(), 2);
        QCOMPARE(store->accounts().first().label, u"Support"_s);
        QCOMPARE(store->accounts().at(1).fields.value(u"user_email"_s), u"ana@example.com"_s);
        QCOMPARE(store->pending().size(), 1); // an interrupted change stays recoverable
        QCOMPARE(store->pending().first().pid, 4194303);
        QVERIFY(!QFileInfo::exists(legacy()));
        QCOMPARE(readAll(legacy() + u".imported"_s), LegacyList);

        // Once only: a list put back later is not imported again.
        writeAll(legacy(), LegacyList);
        QCOMPARE(open()->accounts().size(), 2);
        QVERIFY(QFileInfo::exists(legacy()));
    }

    void anUnreadableOldListIsKeptAsideAndReported_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"accounts\": [")
                                  << u"not valid JSON: unterminated array at byte 28"_s;
        QTest::newRow("not a list") << QByteArray("[1, 2]") << u"not a Keylink account list"_s;
        QTest::newRow("newer version") << QByteArray("{\"version\": 7, \"accounts\": []}")
                                       << u"format version 7, this Keylink reads version 1"_s;
        QTest::newRow("entry without id") << QByteArray("{\"version\": 1, \"accounts\": [{\"provider\": \"front\"}]}")
                                          << u"an account without id, provider or method"_s;
        // Found by fuzz_accountfile: a save wrote the first account over the second.
        QTest::newRow("two accounts, one id")
            << QByteArray("{\"version\": 1, \"accounts\": [{\"id\": \"a1\", \"provider\": \"front\", \"method\": "
                          "\"api-token\"}, {\"id\": \"a1\", \"provider\": \"oneflow\", \"method\": \"api-token\"}]}")
            << u"two accounts share the id a1"_s;
    }

    void anUnreadableOldListIsKeptAsideAndReported()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        writeAll(legacy(), content);
        auto store = open();
        QVERIFY(store->isOpen());
        QVERIFY(store->accounts().isEmpty());

        const QStringList aside = QDir(folder()).entryList({u"accounts.json.corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(folder() + u'/' + aside.first()), content); // kept whole
        QCOMPARE(store->problem(),
            u"The old account list %1 could not be read (%2). It was kept as %3; Keylink starts without it. "
            u"Secrets are still in the keychain."_s.arg(legacy(), why, folder() + u'/' + aside.first()));

        // Keylink goes on with its database; the kept file stays as it was.
        QString error;
        QVERIFY(store->insert(sample(u"new1"_s), &error));
        QCOMPARE(readAll(folder() + u'/' + aside.first()), content);
        QVERIFY(open()->problem().isEmpty()); // reported once, not at every start
    }

    // Nothing is ever written over a list Keylink could not read and could
    // not move aside, and it is not taken for imported: the next start tries
    // again.
    void anUnreadableOldListThatCannotBeMovedAsideIsNeverOverwritten()
    {
        const QByteArray content = "{\"version\": 1, \"accounts\": [{\"id\": \"half";
        writeAll(legacy(), content);
        auto store = std::make_unique<FailingAccountStore>(path());
        store->failRenames = true;
        QVERIFY(store->open());
        const QString problem
            = u"The old account list %1 could not be read (not valid JSON: unterminated string at byte 41), and it "
              u"could not be moved aside. Keylink leaves it as it is and tries again at the next start; move it "
              u"away yourself to stop this message."_s.arg(legacy());
        QCOMPARE(store->problem(), problem);
        QString error;
        QVERIFY(store->insert(sample(u"new1"_s), &error));
        QVERIFY(store->markPending(u"new2"_s, &error));
        QCOMPARE(readAll(legacy()), content);
        QCOMPARE(QDir(folder()).entryList({u"accounts.json*"_s}), QStringList {u"accounts.json"_s});

        auto again = std::make_unique<FailingAccountStore>(path());
        again->failRenames = true;
        QVERIFY(again->open());
        QCOMPARE(again->problem(), problem);
        QCOMPARE(readAll(legacy()), content);
    }

    void aFailedWriteChangesNothing()
    {
        auto store = open();
        QString error;
        QVERIFY(store->insert(sample(u"keep"_s, u"Kept"_s), &error));

        store->failWrites = true;
        const QString full = u"Could not save to the account database %1: No space left on device."_s.arg(path());
        QVERIFY(!store->insert(sample(u"lost"_s), &error));
        QCOMPARE(error, full);
        QCOMPARE(store->update(
                     u"keep"_s,
                     [](Account &a) {
                         a.label = u"Changed"_s;
                         return true;
                     },
                     &error),
            AccountStore::Result::Failed);
        QCOMPARE(error, full);
        QVERIFY(!store->remove(u"keep"_s, &error));
        QVERIFY(!store->markPending(u"keep"_s, &error));
        QCOMPARE(store->accounts().size(), 1);
        QCOMPARE(store->account(u"keep"_s)->label, u"Kept"_s);

        auto again = open();
        QCOMPARE(again->accounts().size(), 1);
        QCOMPARE(again->account(u"keep"_s)->label, u"Kept"_s);
        QVERIFY(again->pending().isEmpty());
    }

    void aDamagedDatabaseIsKeptAsideAndReported()
    {
        writeAll(path(), "this is not an SQLite database, just bytes where one should be\n");
        auto store = open();
        QVERIFY(store->isOpen());
        const QStringList aside = QDir(folder()).entryList({u"keylink.db.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(store->problem(),
            u"The account database %1 could not be read (it is damaged (file is not a database)). It was kept as "
            u"%2, and Keylink started a new, empty one. Secrets are still in the keychain."_s.arg(
                path(), folder() + u'/' + aside.first()));
        QString error;
        QVERIFY(store->insert(sample(u"fresh"_s), &error));
        QCOMPARE(open()->accounts().size(), 1);
    }

    void aDatabaseFromANewerKeylinkIsRefused()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s));
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        AccountStore store(path());
        QVERIFY(!store.open());
        QCOMPARE(store.problem(),
            u"The account database %1 was made by a newer Keylink (format 99; this one knows 1). Update Keylink to "
            u"use it."_s.arg(path()));
        QString error;
        QVERIFY(!store.insert(sample(u"x"_s), &error));
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
