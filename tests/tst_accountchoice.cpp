#include "FakeProviders.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// Which account a provider id stands for, end to end with the real binary
// and keychain: the first linked, then the default (keylink default), a
// .keylink file in the folder or a parent, KEYLINK_ACCOUNT_<PROVIDER> over
// both; `accounts --why` names the rule. And the access log every secret
// that leaves Keylink writes to.
class TestAccountChoice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    FakeProviders m_providers;
    QString m_first, m_second; // account ids
    QString m_firstToken, m_secondToken;

    KeylinkRun keylink(const QStringList &arguments, const QList<std::pair<QString, QString>> &environment = {},
        const QString &folder = {})
    {
        QProcessEnvironment env = m_providers.environment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_STATE_HOME"_s, m_home.filePath(u"state"_s));
        env.remove(u"KEYLINK_ACCOUNT_FRONT"_s);
        for (const auto &[name, value] : environment)
            env.insert(name, value);
        const QString before = QDir::currentPath();
        QDir::setCurrent(folder.isEmpty() ? m_home.path() : folder); // where .keylink files are looked for
        const KeylinkRun run = runKeylink(arguments, env);
        QDir::setCurrent(before);
        return run;
    }

    static QString newToken()
    {
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        return u"eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiI%1In0.kLsEcReT%2"_s.arg(id.left(16), id.mid(16));
    }

    QString link(const QString &token, const QString &label)
    {
        const KeylinkRun r
            = keylink({u"link"_s, u"front"_s, u"--label"_s, label, u"--json"_s}, {{u"KEYLINK_FIELD_TOKEN"_s, token}});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8())[u"id"_s].toString();
    }

    QString logFile() const { return m_home.filePath(u"state/keylink/access.log"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_providers.start());
        // A different company for each token.
        m_providers.front.on(u"/me"_s, [](const QHttpServerRequest &request) {
            const QByteArray auth = request.value("Authorization");
            return ProviderAnswers::frontMe("Initech " + auth.right(4), "cmp_" + auth.right(8));
        });
        m_firstToken = newToken();
        m_secondToken = newToken();
        m_first = link(m_firstToken, u"Support"_s);
        m_second = link(m_secondToken, u"Sales"_s);
        QCOMPARE(m_first.size(), 36);
        QCOMPARE(m_second.size(), 36);
    }

    void theFirstLinkedIsTheDefaultUntilOneIsChosen()
    {
        QCOMPARE(keylink({u"token"_s, u"front"_s}).out, m_firstToken + u"\n"_s);
        QVERIFY(keylink({u"accounts"_s, u"--why"_s, u"front"_s})
                    .out.contains(u"chosen by: the first front account linked (no default is set)"_s));

        const KeylinkRun set = keylink({u"default"_s, u"front"_s, u"Sales"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(keylink({u"token"_s, u"front"_s}).out, m_secondToken + u"\n"_s);
        QVERIFY(keylink({u"default"_s, u"front"_s}).out.startsWith(m_second));
        QVERIFY(
            keylink({u"accounts"_s, u"--why"_s, u"front"_s}).out.contains(u"chosen by: the default front account"_s));
        // Shown in the list's JSON too, for the window and scripts.
        const QJsonArray accounts
            = QJsonDocument::fromJson(keylink({u"accounts"_s, u"--json"_s}).out.toUtf8())[u"accounts"_s].toArray();
        for (const QJsonValue &a : accounts)
            QCOMPARE(a[u"default"_s].toBool(), a[u"id"_s].toString() == m_second);

        const KeylinkRun wrong = keylink({u"default"_s, u"easyship"_s, u"Sales"_s});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(u"is a front account, not a easyship one"_s), qPrintable(wrong.err));
        QVERIFY(keylink({u"default"_s, u"front"_s, u"Support"_s}).exitCode == 0);
    }

    void aKeylinkFileInAParentNamesTheAccount()
    {
        QTemporaryDir project;
        QVERIFY(QDir(project.path()).mkpath(u"src/deep"_s));
        QFile file(project.filePath(u".keylink"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# accounts for this project, names only\neasyship = \"Shipping\"\nfront = \"Sales\"\n");
        file.close();
        const QString deep = project.filePath(u"src/deep"_s);
        QCOMPARE(keylink({u"token"_s, u"front"_s}, {}, deep).out, m_secondToken + u"\n"_s);
        QVERIFY(keylink({u"accounts"_s, u"--why"_s, u"front"_s}, {}, deep)
                    .out.contains(u"chosen by: "_s + file.fileName()));

        // The environment overrides the file, for one process.
        const QList<std::pair<QString, QString>> env {{u"KEYLINK_ACCOUNT_FRONT"_s, u"Support"_s}};
        QCOMPARE(keylink({u"token"_s, u"front"_s}, env, deep).out, m_firstToken + u"\n"_s);
        QVERIFY(keylink({u"accounts"_s, u"--why"_s, u"front"_s}, env, deep)
                    .out.contains(u"chosen by: KEYLINK_ACCOUNT_FRONT"_s));

        // A name that matches nothing is said, not replaced by the default.
        const KeylinkRun none = keylink({u"token"_s, u"front"_s}, {{u"KEYLINK_ACCOUNT_FRONT"_s, u"Nope"_s}});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(u"KEYLINK_ACCOUNT_FRONT names “Nope”"_s), qPrintable(none.err));
        QCOMPARE(none.out, QString());
    }

    void everySecretThatLeavesIsLoggedWithoutItsValue()
    {
        QFile::remove(logFile());
        QCOMPARE(keylink({u"token"_s, u"Support"_s}).exitCode, 0);
        QCOMPARE(keylink({u"token"_s, u"front"_s}).exitCode, 0);
        QVERIFY(keylink({u"accounts"_s}).exitCode == 0); // no secret left: no line

        const QJsonArray log
            = QJsonDocument::fromJson(keylink({u"log"_s, u"--json"_s}).out.toUtf8())[u"log"_s].toArray();
        QCOMPARE(log.size(), 2);
        for (const QJsonValue &e : log) {
            QCOMPARE(e[u"account"_s].toString(), m_first);
            QCOMPARE(e[u"verb"_s].toString(), u"token"_s);
            QVERIFY2(!e[u"caller"_s].toString().isEmpty(), "the calling program is named");
        }
        QCOMPARE(QJsonDocument::fromJson(keylink({u"log"_s, u"Sales"_s, u"--json"_s}).out.toUtf8())[u"log"_s]
                     .toArray()
                     .size(),
            0);
        QFile file(logFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(m_firstToken.toUtf8()));
        QVERIFY(!content.contains("kLsEcReT"));
        const QFileDevice::Permissions mode = QFileInfo(logFile()).permissions();
        QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
        const QFileDevice::Permissions others {
            QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ReadOther, QFileDevice::WriteOther};
        QCOMPARE(mode & others, QFileDevice::Permissions()); // 0600 whatever the umask
    }

    void theLogStaysBounded()
    {
        {
            QFile file(logFile());
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray line = R"({"time":"2026-01-01T00:00:00.000Z","account":"x","verb":"token"})"
                                    "\n";
            while (file.size() <= 600 * 1024)
                file.write(line);
        }
        QCOMPARE(keylink({u"token"_s, u"Support"_s}).exitCode, 0);
        QVERIFY(QFileInfo::exists(logFile() + u".1"_s));
        QVERIFY(QFileInfo(logFile()).size() < 1024);
        QVERIFY(QFileInfo(logFile() + u".1"_s).size() <= 700 * 1024);
    }

    void aLogThatCannotBeWrittenDoesNotStopTheUser()
    {
        QFile::remove(logFile());
        QFile::remove(logFile() + u".1"_s);
        // A folder where the log file should be: it cannot be opened.
        QVERIFY(QDir().mkpath(logFile()));
        const KeylinkRun r = keylink({u"token"_s, u"Support"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, m_firstToken + u"\n"_s);
        QVERIFY2(r.err.contains(u"warning: the access log was not written"_s), qPrintable(r.err));
        QVERIFY(QDir(logFile()).removeRecursively());
    }

    void cleanupTestCase()
    {
        keylink({u"unlink"_s, m_first});
        keylink({u"unlink"_s, m_second});
    }
};

QTEST_GUILESS_MAIN(TestAccountChoice)
#include "tst_accountchoice.moc"
