#include "accounts/AccountStore.h"

#include "FailingAccountFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"accounts.json"_s); }
    std::unique_ptr<AccountStore> open(FailingAccountFile **file = nullptr)
    {
        auto f = std::make_unique<FailingAccountFile>(path());
        if (file)
            *file = f.get();
        return std::make_unique<AccountStore>(std::move(f));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
    }

    void aMissingFileIsAnEmptyList()
    {
        auto store = open();
        QVERIFY(store->load());
        QVERIFY(store->accounts().isEmpty());
        QVERIFY(store->problem().isEmpty());
    }

    void savesAndReadsBackEveryField()
    {
        auto store = open();
        QVERIFY(store->load());
        QString error;
        QVERIFY2(store->save(sample(u"a1"_s), &error), qPrintable(error));
        QVERIFY(store->save(sample(u"b2"_s, u"Support"_s), &error));

        auto again = open();
        QVERIFY(again->load());
        QCOMPARE(again->accounts().size(), 2);
        const Account a = again->accounts().first();
        const Account expected = sample(u"a1"_s);
        QCOMPARE(a.toJson(), expected.toJson());
        QCOMPARE(a.lastVerified, expected.lastVerified);
        QCOMPARE(a.permissions.at(1).state, ScopeCheck::State::Missing);
        QCOMPARE(a.fields.value(u"user_email"_s), u"ana@example.com"_s);

        const QJsonDocument doc = QJsonDocument::fromJson(readAll(path()));
        QCOMPARE(doc[u"version"_s].toInt(), 1);
        QCOMPARE(QFile(path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
    }

    // Found by fuzz_accountfile: saving an element of accounts() read it
    // after the old list was freed (an ASan error in the asan preset).
    void savingAnAccountTheStoreHoldsIsSafe()
    {
        auto store = open();
        QVERIFY(store->load());
        QString error;
        QVERIFY(store->save(sample(u"a1"_s), &error));
        QSignalSpy changed(store.get(), &AccountStore::changed);
        QVERIFY(store->save(store->accounts().first(), &error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), u"a1"_s); // updated in place: names the account
    }

    // The write-ahead marks: kept in the file with the process id, cleared by
    // the write that records the account.
    void pendingMarksAreKeptUntilTheChangeIsRecorded()
    {
        auto store = open();
        QVERIFY(store->load());
        QString error;
        QVERIFY(store->markPending(u"a1"_s, &error));
        QVERIFY(store->markPending(u"b2"_s, &error));

        auto again = open();
        QVERIFY(again->load());
        QCOMPARE(again->pending().size(), 2);
        QCOMPARE(again->pending().first().id, u"a1"_s);
        QCOMPARE(again->pending().first().pid, QCoreApplication::applicationPid());

        QVERIFY(again->save(sample(u"a1"_s), &error));
        QVERIFY(again->clearPending(u"b2"_s, &error));
        QVERIFY(again->pending().isEmpty());
        QVERIFY(!readAll(path()).contains("pending"));
        auto third = open();
        QVERIFY(third->load());
        QVERIFY(third->pending().isEmpty());
        QCOMPARE(third->accounts().size(), 1);
    }

    void findsByIdPrefixOrLabel()
    {
        auto store = open();
        QString error;
        QVERIFY(store->save(sample(u"abcd-1111"_s), &error));
        QVERIFY(store->save(sample(u"abcd-2222"_s, u"Support"_s), &error));
        QCOMPARE(store->find(u"abcd-1"_s, &error)->id, u"abcd-1111"_s);
        QCOMPARE(store->find(u"Support"_s, &error)->id, u"abcd-2222"_s);
        QCOMPARE(store->find(u"abcd"_s, &error), nullptr);
        QCOMPARE(error, u"“abcd” matches 2 accounts; use more of the account id"_s);
        QCOMPARE(store->find(u"zzzz"_s, &error), nullptr);
        QCOMPARE(error, u"no linked account matches “zzzz”; keylink accounts lists them"_s);
    }

    void corruptFileIsKeptAsideAndReported_data()
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

    void corruptFileIsKeptAsideAndReported()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        writeAll(path(), content);
        auto store = open();
        QVERIFY(!store->load());
        QVERIFY(store->accounts().isEmpty());

        const QStringList aside = QDir(m_dir.path()).entryList({u"accounts.json.corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(m_dir.filePath(aside.first())), content); // kept whole
        QCOMPARE(store->problem(),
            u"The account list %1 could not be read (%2). It was kept as %3, and Keylink "
            u"started a new, empty list. Secrets are still in the keychain."_s.arg(
                path(), why, m_dir.filePath(aside.first())));

        // The app goes on: a new list is written, the kept file stays.
        QString error;
        QVERIFY(store->save(sample(u"new1"_s), &error));
        QCOMPARE(readAll(m_dir.filePath(aside.first())), content);
    }

    // Nothing is ever written over a list Keylink could not read and could
    // not move aside: saving, removing and the pending marks all refuse,
    // with the problem, and the file's bytes stay as they were.
    void anUnreadableListThatCannotBeMovedAsideIsNeverOverwritten()
    {
        const QByteArray content = "{\"version\": 1, \"accounts\": [{\"id\": \"half";
        writeAll(path(), content);
        FailingAccountFile *file = nullptr;
        auto store = open(&file);
        file->failKeepAside = true;
        QVERIFY(!store->load());
        const QString problem = u"The account list %1 could not be read (not valid JSON: unterminated string at "
                                u"byte 41), and it could not be moved aside (Permission denied). Keylink will not "
                                u"change it; move it away yourself to start a new list."_s.arg(path());
        QCOMPARE(store->problem(), problem);

        QString error;
        QVERIFY(!store->save(sample(u"new1"_s), &error));
        QCOMPARE(error, problem);
        error.clear();
        QVERIFY(!store->markPending(u"new2"_s, &error));
        QCOMPARE(error, problem);
        QVERIFY(store->accounts().isEmpty());
        QCOMPARE(readAll(path()), content);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList {u"accounts.json"_s});
    }

    void aFailedWriteChangesNothing()
    {
        FailingAccountFile *file = nullptr;
        auto store = open(&file);
        QString error;
        QVERIFY(store->save(sample(u"keep"_s), &error));
        const QByteArray before = readAll(path());

        file->failWrites = true;
        QVERIFY(!store->save(sample(u"lost"_s), &error));
        QCOMPARE(error, u"Could not save the account list %1: No space left on device"_s.arg(path()));
        QCOMPARE(store->accounts().size(), 1);
        QVERIFY(!store->remove(u"keep"_s, &error));
        QCOMPARE(store->accounts().size(), 1);
        QCOMPARE(readAll(path()), before);
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
