#include "store/AccountStore.h"
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

#include <functional>

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

    QString databaseFile() const { return m_home.filePath(u"data/keylink/keylink.db"_s); }

    // The account database as the next process will find it.
    std::unique_ptr<AccountStore> readStore() const
    {
        auto store = std::make_unique<AccountStore>(databaseFile());
        store->open();
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

    // A keychain change as the process logs it: the line before it starts,
    // and the vault's line once the keychain has answered. Between the two
    // the keychain and the account list disagree until the list is written.
    struct Change {
        QByteArray starts;
        QByteArray answered;
    };
    static Change linking() { return {"vault: writing the secret of", "vault: write \""}; }
    static Change unlinking() { return {"vault: removing the secret of", "vault: remove \""}; }

    struct Run {
        bool killed = false;
        int totalMs = 0;
        int changeMs = -1; // from the change's first line to its second, when both were seen
    };

    // One keylink run. killAfterMs < 0: left to finish. Otherwise killed with
    // SIGKILL that long after it starts or, with inChange, after the change's
    // first line.
    Run runAndKill(
        const QStringList &arguments, const QByteArray &input, const Change &change, bool inChange, int killAfterMs)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        QTimer killer;
        killer.setSingleShot(true);
        killer.setInterval(std::max(killAfterMs, 0));
        connect(&killer, &QTimer::timeout, &p, &QProcess::kill); // SIGKILL
        QElapsedTimer clock;
        qint64 startsAt = -1, answeredAt = -1;
        QByteArray log;
        connect(&p, &QProcess::readyReadStandardError, this, [&] {
            log += p.readAllStandardError();
            if (startsAt < 0 && log.contains(change.starts)) {
                startsAt = clock.elapsed();
                if (inChange && killAfterMs >= 0)
                    killer.start();
            }
            if (answeredAt < 0 && log.contains(change.answered))
                answeredAt = clock.elapsed();
        });
        QSignalSpy finished(&p, &QProcess::finished);
        clock.start();
        p.start(QStringLiteral(KEYLINK_EXECUTABLE), arguments);
        if (!p.waitForStarted(10000))
            return {};
        if (!inChange && killAfterMs >= 0)
            killer.start();
        p.write(input);
        p.closeWriteChannel();
        finished.wait(60000);
        Run run;
        run.killed = p.exitStatus() == QProcess::CrashExit;
        run.totalMs = int(clock.elapsed());
        if (startsAt >= 0 && answeredAt >= startsAt)
            run.changeMs = int(answeredAt - startsAt);
        return run;
    }

    // Kills runs of `arguments(n)` until enough have been interrupted both
    // anywhere and inside the keychain change, then checks that the kills
    // really left the list and the keychain disagreeing at least three times;
    // otherwise the test would prove nothing.
    void killRepeatedly(const std::function<QStringList(int)> &arguments, const std::function<QByteArray(int)> &input,
        const Change &change, int first, int minRuns, int maxRuns)
    {
        const Run calibration = runAndKill(arguments(first), input(first), change, false, -1);
        QVERIFY(!calibration.killed);
        QVERIFY2(calibration.changeMs >= 0, "the run did not log its keychain change");
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill points from seed %u; a full run takes %d ms, its keychain change %d ms", seed, calibration.totalMs,
            calibration.changeMs);
        QRandomGenerator random(seed);
        int runs = 0, killedAnywhere = 0, killedInChange = 0, leftMarked = 0;
        while (runs < maxRuns && (runs < minRuns || killedAnywhere == 0 || killedInChange == 0 || leftMarked < 3)) {
            const int n = first + 1 + runs;
            const bool inChange = runs % 2 == 1;
            const int delay
                = inChange ? random.bounded(calibration.changeMs + 3) : random.bounded(calibration.totalMs + 1);
            const Run run = runAndKill(arguments(n), input(n), change, inChange, delay);
            ++runs;
            if (run.killed)
                ++(inChange ? killedInChange : killedAnywhere);
            if (!readStore()->pending().isEmpty())
                ++leftMarked;
        }
        qInfo("%d runs: %d killed at a random point, %d killed inside the keychain change; %d left a pending mark",
            runs, killedAnywhere, killedInChange, leftMarked);
        QVERIFY(killedAnywhere > 0);
        QVERIFY(killedInChange > 0);
        QVERIFY(leftMarked >= 3);
    }

    static QByteArray token(int n)
    {
        return u"aaa.bbb.crash%1%2\n"_s.arg(n).arg(QLatin1String(KEYLINK_TEST_SECRET_MARKER)).toUtf8();
    }
    static QStringList linkFront(int) { return {u"link"_s, u"front"_s, u"--scopes"_s, u"conversations:read"_s}; }

    // After the next starts: every listed account has its secret, and every
    // keychain entry made since `before` belongs to a listed account.
    void checkConsistentAfterNextStart(const QSet<QString> &before)
    {
        // A start that has its verb's work done does not wait for a long
        // clean-up to finish (40 marks on a busy machine can take seconds):
        // what is left, the next start goes on with.
        for (int start = 0; start < 10 && (start == 0 || !readStore()->pending().isEmpty()); ++start) {
            const KeylinkRun next = runKeylink({u"accounts"_s}, environment());
            QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        }

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
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(databaseFile() + suffix);
        QVERIFY(!QFile::exists(databaseFile()));
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
        killRepeatedly(linkFront, token, linking(), 0, 40, 120);
        if (QTest::currentTestFailed())
            return;
        checkConsistentAfterNextStart(before);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!readStore()->accounts().isEmpty()); // at least the calibration run's
        removeEverything();
    }

    // The same for unlink, which removes the secret before the account.
    void killedUnlinksLeaveNoAccountWithoutItsSecret()
    {
        const QSet<QString> before = keychainIds();
        constexpr int Accounts = 60;
        for (int n = 0; n < Accounts; ++n)
            QVERIFY(!runAndKill(linkFront(n), token(1000 + n), linking(), false, -1).killed);
        const auto linked = readStore();
        QCOMPARE(linked->accounts().size(), Accounts);
        QStringList ids;
        for (const Account &a : linked->accounts())
            ids.append(a.id);

        killRepeatedly(
            [&](int n) {
                return QStringList {u"unlink"_s, ids.at(n)};
            },
            [](int) { return QByteArray(); }, unlinking(), 0, 20, Accounts - 1);
        if (QTest::currentTestFailed())
            return;
        checkConsistentAfterNextStart(before);
        if (QTest::currentTestFailed())
            return;
        removeEverything();
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
