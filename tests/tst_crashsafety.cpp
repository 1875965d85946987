#include "accounts/AccountStore.h"
#include "accounts/JsonAccountFile.h"
#include "vault/CredentialVault.h"

#include "FakeProviderServer.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"
#include "TestSecrets.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keylink;
using namespace Qt::StringLiterals;

// `keylink link` and `keylink unlink` killed with SIGKILL at random points,
// many times over, with the real keychain. Whatever the moment, once the next
// keylink has started, every listed account has its secret in the keychain
// and no keychain entry is left without an account.
//
// Half the kills land anywhere in a run; the other half land within a few
// milliseconds after the process starts changing the keychain, where each
// is most fragile: the keychain already holds the new secret (or has lost
// the old one) while the list does not yet say so.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    static constexpr int Runs = 40;
    QTemporaryDir m_home;
    FakeProviderServer m_front;
    CredentialVault m_vault;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"KEYLINK_HOST_MAP"_s, m_front.mapping(u"api2.frontapp.com"_s));
        // The kill points watch for the vault's debug lines.
        env.insert(u"QT_LOGGING_RULES"_s, u"keylink.*=true"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        return env;
    }

    QString accountFile() const { return m_home.filePath(u"data/keylink/accounts.json"_s); }

    // The account list as the next process will find it.
    std::unique_ptr<AccountStore> readStore() const
    {
        auto store = std::make_unique<AccountStore>(std::make_unique<JsonAccountFile>(accountFile()));
        store->load();
        return store;
    }

    // Every keychain entry of the keylink service, as the Secret Service
    // lists it (QtKeychain stores the account id as "user").
    static QSet<QString> keychainIds()
    {
        QProcess tool;
        tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"keylink"_s});
        if (!tool.waitForFinished(30000))
            return {u"<secret-tool did not finish>"_s};
        QSet<QString> ids;
        const QString listing = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        for (const QString &line : listing.split(u'\n')) {
            if (line.startsWith(u"attribute.user = "_s))
                ids.insert(line.mid(17).trimmed());
        }
        return ids;
    }

    enum class Ending { Finished, Killed };

    // One keylink run, killed with SIGKILL `killAfterMs` after it starts, or
    // after it logs `milestone` when one is given.
    Ending runAndKill(
        const QStringList &arguments, const QByteArray &input, const QByteArray &milestone, int killAfterMs)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        QTimer killer;
        killer.setSingleShot(true);
        killer.setInterval(killAfterMs);
        connect(&killer, &QTimer::timeout, &p, &QProcess::kill); // SIGKILL
        QByteArray log;
        connect(&p, &QProcess::readyReadStandardError, this, [&] {
            log += p.readAllStandardError();
            if (!milestone.isEmpty() && !killer.isActive() && log.contains(milestone))
                killer.start();
        });
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(KEYLINK_EXECUTABLE), arguments);
        if (!p.waitForStarted(10000))
            return Ending::Finished;
        if (milestone.isEmpty())
            killer.start();
        p.write(input);
        p.closeWriteChannel();
        finished.wait(60000);
        return p.exitStatus() == QProcess::CrashExit ? Ending::Killed : Ending::Finished;
    }

    static QByteArray token(int n)
    {
        return u"aaa.bbb.crash%1%2\n"_s.arg(n).arg(QLatin1String(KEYLINK_TEST_SECRET_MARKER)).toUtf8();
    }
    Ending link(int n, const QByteArray &milestone = {}, int killAfterMs = 600000)
    {
        return runAndKill(
            {u"link"_s, u"front"_s, u"--scopes"_s, u"conversations:read"_s}, token(n), milestone, killAfterMs);
    }

    // After the next start: every listed account has its secret, and every
    // keychain entry made since `before` belongs to a listed account.
    void checkConsistentAfterNextStart(const QSet<QString> &before)
    {
        const KeylinkRun next = runKeylink({u"accounts"_s}, environment());
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));

        const auto store = readStore();
        QVERIFY(store->problem().isEmpty());
        QVERIFY(store->pending().isEmpty());
        QSet<QString> listed;
        for (const Account &a : store->accounts())
            listed.insert(a.id);

        int read = 0;
        QStringList missing;
        for (const QString &id : std::as_const(listed)) {
            m_vault.read(id, this, [&, id](const VaultResult &r) {
                ++read;
                if (!r.ok() || r.secrets.value(u"token"_s).isEmpty())
                    missing.append(id);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(read, int(listed.size()), 30000);
        QVERIFY2(missing.isEmpty(), qPrintable(u"listed without a secret: "_s + missing.join(u", "_s)));

        const QSet<QString> orphans = keychainIds() - before - listed;
        QVERIFY2(
            orphans.isEmpty(), qPrintable(u"keychain entries without an account: "_s + orphans.values().join(u", "_s)));
    }

    void removeEverything()
    {
        const auto store = readStore();
        int removed = 0;
        for (const Account &a : store->accounts())
            m_vault.remove(a.id, this, [&](const VaultResult &) { ++removed; });
        QTRY_COMPARE_WITH_TIMEOUT(removed, int(store->accounts().size()), 30000);
        QVERIFY(QFile::remove(accountFile()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A new identity per token, so that each run links a new account.
        // The identity is a hash: it never carries the token itself.
        m_front.on(u"/me"_s, [](const QHttpServerRequest &request) {
            const QByteArray token = request.value("Authorization").mid(7);
            const QByteArray id = "cmp_" + QCryptographicHash::hash(token, QCryptographicHash::Sha1).toHex().left(10);
            return ProviderAnswers::frontMe("Crash Test " + id, id);
        });
        m_front.on(u"/conversations"_s, ProviderAnswers::frontList());
        QVERIFY(m_front.start());
    }

    void killedLinksLeaveNeitherHalfAccountsNorOrphanSecrets()
    {
        const QSet<QString> before = keychainIds();

        // One run to the end: how long a link takes here, and proof that the
        // setup links at all.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(link(-1), Ending::Finished);
        const int fullRunMs = int(clock.elapsed());
        QCOMPARE(readStore()->accounts().size(), 1);

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill points from seed %u, a full link takes %d ms", seed, fullRunMs);
        QRandomGenerator random(seed);
        int finished = 0, killedAnywhere = 0, killedWhileWriting = 0, leftMarked = 0;
        for (int run = 0; run < Runs; ++run) {
            const bool atSecretWrite = run % 2 == 1;
            const Ending ending = atSecretWrite ? link(run, "writing the secret of", random.bounded(15))
                                                : link(run, {}, random.bounded(fullRunMs + 1));
            if (ending == Ending::Finished)
                ++finished;
            else
                ++(atSecretWrite ? killedWhileWriting : killedAnywhere);
            if (!readStore()->pending().isEmpty())
                ++leftMarked;
        }
        qInfo("%d links: %d finished, %d killed at a random point, %d killed while writing the secret; %d left a "
              "pending mark",
            Runs, finished, killedAnywhere, killedWhileWriting, leftMarked);
        // The kills must really have interrupted links, including between the
        // keychain and the list; otherwise this test proves nothing.
        QVERIFY(killedAnywhere > 0);
        QVERIFY(killedWhileWriting > 0);
        QVERIFY(leftMarked > 0);

        checkConsistentAfterNextStart(before);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(readStore()->accounts().size() >= 1 + finished);
        removeEverything();
    }

    // The same for unlink, which removes the secret before the account.
    void killedUnlinksLeaveNoAccountWithoutItsSecret()
    {
        const QSet<QString> before = keychainIds();
        constexpr int Accounts = 20;
        for (int n = 0; n < Accounts; ++n)
            QCOMPARE(link(1000 + n), Ending::Finished);
        const auto linked = readStore();
        QCOMPARE(linked->accounts().size(), Accounts);

        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runAndKill({u"unlink"_s, linked->accounts().first().id}, {}, {}, 600000), Ending::Finished);
        const int fullRunMs = int(clock.elapsed());

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill points from seed %u, a full unlink takes %d ms", seed, fullRunMs);
        QRandomGenerator random(seed);
        int killed = 0, leftMarked = 0;
        for (int n = 1; n < Accounts; ++n) {
            const QStringList unlink {u"unlink"_s, linked->accounts().at(n).id};
            const Ending ending = n % 2 == 1 ? runAndKill(unlink, {}, "removing the secret of", random.bounded(15))
                                             : runAndKill(unlink, {}, {}, random.bounded(fullRunMs + 1));
            killed += ending == Ending::Killed;
            if (!readStore()->pending().isEmpty())
                ++leftMarked;
        }
        qInfo("%d unlinks: %d killed; %d left a pending mark", Accounts - 1, killed, leftMarked);
        QVERIFY(killed > 0);
        QVERIFY(leftMarked > 0);

        checkConsistentAfterNextStart(before);
        if (QTest::currentTestFailed())
            return;
        removeEverything();
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
