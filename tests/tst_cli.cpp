#include "KeylinkProcess.h"
#include "BuiltInProviders.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the installed-like `keylink` binary the way a user or a script would,
// with no display at all: every verb must work headless.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    KeylinkRun keylink(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        return runKeylink(arguments, env);
    }

    void copyFixture(const QString &toDir)
    {
        QVERIFY(QDir().mkpath(toDir));
        for (const QString &name : {u"acme.json"_s, u"acme.svg"_s}) {
            QFile::remove(QDir(toDir).filePath(name));
            QVERIFY(QFile::copy(QStringLiteral(KEYLINK_TEST_DATA) + u"/acme/"_s + name, QDir(toDir).filePath(name)));
        }
        QFile bad(QDir(toDir).filePath(u"broken.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"schema\": 1,}");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void version()
    {
        const KeylinkRun r = keylink({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"keylink %1\n"_s.arg(QStringLiteral(KEYLINK_VERSION)));
        QCOMPARE(r.err, QString());
    }

    void help()
    {
        const KeylinkRun r = keylink({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Usage: keylink [options] [command]"_s));
        QVERIFY(r.out.contains(u"  providers "_s));
        QVERIFY(r.out.contains(u"--catalog DIR"_s));
    }

    void providersJsonWithoutADisplay()
    {
        const KeylinkRun r = keylink({u"providers"_s, u"--json"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray providers = doc[u"providers"_s].toArray();
        QCOMPARE(providers.size(), BuiltInProviders::ids().size());
        const qsizetype front = BuiltInProviders::ids().indexOf(u"front"_s);
        QCOMPARE(providers.at(front)[u"id"_s].toString(), u"front"_s);
        const QJsonObject counts = providers.at(front)[u"authMethods"_s][0][u"counts"_s].toObject();
        QCOMPARE(counts[u"actions"_s].toInt(), 52);
        QCOMPARE(counts[u"actionScopes"_s].toInt(), 24);
        QCOMPARE(counts[u"scopes"_s].toInt(), 25);
    }

    void droppedInProviderIsListedAndABadOneReported()
    {
        const QString dir = m_home.filePath(u"data/keylink/providers"_s);
        copyFixture(dir);
        const KeylinkRun r = keylink({u"providers"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Acme (acme)  from %1/acme.json"_s.arg(dir)), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Front (front)"_s));
        QVERIFY(r.out.endsWith(u"4 providers, 1 problems in skipped files (see above)\n"_s));
        QCOMPARE(r.err,
            u"keylink: warning: skipped provider file: %1/broken.json: $: not valid JSON at line 1, "
            u"column 15: object is missing after a comma; expected a JSON object\n"_s.arg(dir));
        QVERIFY(QDir(dir).removeRecursively());
    }

    void catalogOptionReplacesTheUserFolder()
    {
        QTemporaryDir other;
        copyFixture(other.path());
        QFile::remove(QDir(other.path()).filePath(u"broken.json"_s));
        const KeylinkRun r = keylink({u"providers"_s, u"--json"_s, u"--catalog"_s, other.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QJsonArray providers = QJsonDocument::fromJson(r.out.toUtf8())[u"providers"_s].toArray();
        const qsizetype acme = BuiltInProviders::ids().size();
        QCOMPARE(providers.size(), acme + 1);
        QCOMPARE(providers.at(acme)[u"id"_s].toString(), u"acme"_s);
        QCOMPARE(providers.at(acme)[u"builtIn"_s].toBool(), false);
    }

    void usageErrorsAreOneLineAndExitTwo()
    {
        const KeylinkRun r = keylink({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, u"keylink: unknown command \"frobnicate\"; run keylink --help for the commands\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
