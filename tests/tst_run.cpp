#include "FakeProviders.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"
#include "TestSecrets.h"

#include "verbs/SecretMask.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString newFrontToken()
{
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    return u"eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiI%1In0.%2%3"_s.arg(
        id.left(16), QLatin1String(KEYLINK_TEST_SECRET_MARKER), id.mid(16));
}

// What `sha256sum` prints for a value: the tests compare secrets the child
// saw without anyone printing them.
QString digest(const QString &value)
{
    return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex())
        + u"  -\n"_s;
}

const QString PrintDigest = u"printf %s \"$%1\" | sha256sum"_s;

} // namespace

// `keylink run` end to end: the real binary, the real keychain, the fake
// providers for linking and OAuth refreshes, and `sh` as COMMAND.
class TestRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    FakeProviders m_providers;
    QString m_frontToken, m_oneflowToken;
    QString m_frontId, m_oneflowId, m_partnerId;
    QStringList m_transcript; // everything keylink and COMMAND printed

    QProcessEnvironment environment(const QList<std::pair<QString, QString>> &extra = {}) const
    {
        QProcessEnvironment env = m_providers.environment();
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), m_home.filePath(QString::fromLatin1(name).toLower()));
        env.insert(u"QT_LOGGING_RULES"_s, u"keylink.*=true"_s);
        for (const auto &[name, value] : extra)
            env.insert(name, value);
        return env;
    }

    KeylinkRun keylink(const QStringList &arguments, const QByteArray &input = {},
        const QList<std::pair<QString, QString>> &extra = {})
    {
        const KeylinkRun run = runKeylink(arguments, environment(extra), input);
        if (arguments.value(0) != u"token"_s)
            m_transcript << run.out;
        m_transcript << run.err << run.log;
        return run;
    }

    // keylink run … -- sh -c SCRIPT
    KeylinkRun run(
        const QStringList &options, const QString &script, const QList<std::pair<QString, QString>> &extra = {})
    {
        return keylink(QStringList {u"run"_s} + options + QStringList {u"--"_s, u"sh"_s, u"-c"_s, script}, {}, extra);
    }

    static QString accountId(const KeylinkRun &run)
    {
        const qsizetype at = run.out.indexOf(u"Account id: "_s);
        return at < 0 ? QString() : run.out.mid(at + 12, 36);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_providers.start());
        m_frontToken = newFrontToken();
        const KeylinkRun front
            = keylink({u"link"_s, u"front"_s, u"--label"_s, u"Support"_s}, m_frontToken.toUtf8() + "\n");
        QVERIFY2(front.exitCode == 0, qPrintable(front.err));
        m_frontId = accountId(front);

        // 40 letters, digits and hyphens.
        m_oneflowToken
            = (QLatin1String(KEYLINK_TEST_SECRET_MARKER) + QUuid::createUuid().toString(QUuid::Id128)).left(40);
        const KeylinkRun oneflow = keylink(
            {u"link"_s, u"oneflow"_s, u"--field"_s, u"user_email=ana@example.com"_s}, m_oneflowToken.toUtf8() + "\n");
        QVERIFY2(oneflow.exitCode == 0, qPrintable(oneflow.err));
        m_oneflowId = accountId(oneflow);

        // An OAuth account whose access token is about to expire: the next
        // use refreshes it.
        m_providers.oauth.lifetimeSeconds = 30;
        const KeylinkRun partner
            = keylink({u"link"_s, u"easyship"_s, u"--method"_s, u"oauth-partner"_s, u"--field"_s,
                          u"client_id=%1"_s.arg(QLatin1String(FakeOAuthServer::ClientId)), u"--scopes"_s,
                          u"public.shipment:read"_s, u"--grant"_s, u"client-credentials"_s, u"--label"_s, u"Partner"_s},
                QByteArray(FakeOAuthServer::ClientSecret) + "\n");
        QVERIFY2(partner.exitCode == 0, qPrintable(partner.err));
        m_partnerId = accountId(partner);
        m_providers.oauth.lifetimeSeconds = 3600;
        QCOMPARE(m_frontId.size(), 36);
        QCOMPARE(m_oneflowId.size(), 36);
        QCOMPARE(m_partnerId.size(), 36);
    }

    void accountSetsTheProviderVariable()
    {
        const KeylinkRun ok = run({u"--account"_s, u"Support"_s}, u"test -n \"$FRONT_API_TOKEN\""_s);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        const KeylinkRun value = run({u"--account"_s, u"Support"_s}, PrintDigest.arg(u"FRONT_API_TOKEN"_s));
        QCOMPARE(value.exitCode, 0);
        QCOMPARE(value.out, digest(m_frontToken));
        // Without it, nothing is set.
        QCOMPARE(run({}, u"test -n \"$FRONT_API_TOKEN\""_s).exitCode, 1);
    }

    void oneflowSetsTokenAndEmail()
    {
        const KeylinkRun r = run({u"--account"_s, m_oneflowId.left(8)},
            PrintDigest.arg(u"ONEFLOW_API_TOKEN"_s) + u"; echo \"$ONEFLOW_USER_EMAIL\""_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, digest(m_oneflowToken) + u"ana@example.com\n"_s);
    }

    void envSetsOneField()
    {
        const KeylinkRun field = run({u"--env"_s, u"MY_TOKEN=Support/token"_s}, PrintDigest.arg(u"MY_TOKEN"_s));
        QVERIFY2(field.exitCode == 0, qPrintable(field.err));
        QCOMPARE(field.out, digest(m_frontToken));
        // A provider id means that provider's account; the field defaults to the secret.
        const KeylinkRun provider = run({u"--env"_s, u"MY_TOKEN=oneflow"_s}, PrintDigest.arg(u"MY_TOKEN"_s));
        QVERIFY2(provider.exitCode == 0, qPrintable(provider.err));
        QCOMPARE(provider.out, digest(m_oneflowToken));
        const KeylinkRun email
            = run({u"--env"_s, u"WHO=oneflow/user_email"_s, u"--env=T=oneflow/token"_s}, u"echo \"$WHO\""_s);
        QVERIFY2(email.exitCode == 0, qPrintable(email.err));
        QCOMPARE(email.out, u"ana@example.com\n"_s);
    }

    void referencesInTheEnvironmentAreResolved()
    {
        const KeylinkRun r = run({}, PrintDigest.arg(u"FRONT"_s) + u"; echo \"$PLAIN\""_s,
            {{u"FRONT"_s, u"keylink-secret://Support/token"_s}, {u"PLAIN"_s, u"keylink-secret-ish"_s}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, digest(m_frontToken) + u"keylink-secret-ish\n"_s);
        const KeylinkRun bare = run({}, PrintDigest.arg(u"FRONT"_s), {{u"FRONT"_s, u"keylink-secret://front"_s}});
        QCOMPARE(bare.out, digest(m_frontToken));
    }

    void oauthTokenIsRefreshedBeforeTheCommandStarts()
    {
        const int before = m_providers.oauth.tokenRequests;
        const KeylinkRun r = run({u"--account"_s, u"Partner"_s}, PrintDigest.arg(u"EASYSHIP_API_ACCESS_TOKEN"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_providers.oauth.tokenRequests - before, 1);
        // The child got the new token, the one the keychain holds now.
        const KeylinkRun token = keylink({u"token"_s, u"Partner"_s});
        QCOMPARE(token.exitCode, 0);
        QCOMPARE(m_providers.oauth.tokenRequests - before, 1); // fresh: not refreshed again
        QCOMPARE(r.out, digest(token.out.trimmed()));
    }

    void exitStatusIsTheCommands()
    {
        QCOMPARE(run({u"--account"_s, u"Support"_s}, u"exit 7"_s).exitCode, 7);
        QCOMPARE(run({u"--account"_s, u"Support"_s}, u"kill -TERM $$"_s).exitCode, 128 + 15);
        const KeylinkRun missing
            = keylink({u"run"_s, u"--account"_s, u"Support"_s, u"--"_s, u"/nonexistent/program"_s});
        QCOMPARE(missing.exitCode, 127);
        QVERIFY2(missing.err.startsWith(u"keylink: cannot run “/nonexistent/program”"_s), qPrintable(missing.err));
    }

    void problemsStopBeforeTheCommandRuns()
    {
        const QString marker = m_home.filePath(u"ran"_s);
        const QString script = u"touch \"$MARKER\""_s;
        const QList<std::pair<QString, QString>> env {{u"MARKER"_s, marker}};
        const KeylinkRun unknown = run({u"--account"_s, u"Nobody"_s}, script, env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.startsWith(u"keylink: no linked account matches “Nobody”"_s), qPrintable(unknown.err));
        const KeylinkRun field = run({u"--env"_s, u"X=Support/password"_s}, script, env);
        QCOMPARE(field.exitCode, 2);
        QVERIFY2(field.err.contains(u"X: account “Support” has no field “password”; it has: token"_s),
            qPrintable(field.err));
        const KeylinkRun reference = run({}, script, {{u"MARKER"_s, marker}, {u"V"_s, u"keylink-secret://Nobody"_s}});
        QCOMPARE(reference.exitCode, 2);
        QVERIFY2(
            reference.err.startsWith(u"keylink: V: no linked account matches “Nobody”"_s), qPrintable(reference.err));
        QVERIFY(!QFile::exists(marker));
        QVERIFY(run({u"--account"_s, u"Support"_s}, script, env).exitCode == 0); // the check works
        QVERIFY(QFile::exists(marker));
    }

    void signalsReachTheCommand()
    {
        const QString marker = m_home.filePath(u"term"_s);
        QProcess keylink;
        keylink.setProcessEnvironment(environment({{u"MARKER"_s, marker}}));
        keylink.start(QStringLiteral(KEYLINK_EXECUTABLE),
            {u"run"_s, u"--account"_s, u"Support"_s, u"--"_s, u"sh"_s, u"-c"_s,
                u"trap 'kill $!; echo term > \"$MARKER\"; exit 3' TERM; echo ready; sleep 60 & wait"_s});
        QVERIFY(keylink.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += keylink.readAllStandardOutput()).contains("ready"),
            qPrintable(QString::fromUtf8(keylink.readAllStandardError())), 20000);
        QSignalSpy finished(&keylink, &QProcess::finished);
        keylink.terminate(); // SIGTERM to keylink only
        QVERIFY(finished.wait(20000));
        QCOMPARE(keylink.exitStatus(), QProcess::NormalExit);
        QCOMPARE(keylink.exitCode(), 3); // the command's own answer to TERM
        QFile file(marker);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("term\n"));
        m_transcript << QString::fromUtf8(keylink.readAllStandardError());
    }

    void maskHidesSecretsInTheOutput()
    {
        const KeylinkRun r = run({u"--account"_s, u"Support"_s, u"--mask"_s},
            u"echo \"$FRONT_API_TOKEN\"; echo \"said $FRONT_API_TOKEN!\" >&2"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Never QCOMPARE output that may hold a secret: a failure would print it.
        QVERIFY2(r.out == u"<keylink:Support/token>\n"_s, "the token was not masked");
        QVERIFY2(r.err.contains(u"said <keylink:Support/token>!"_s), "standard error was not masked");
        const KeylinkRun env = run({u"--env"_s, u"T=front/token"_s, u"--mask"_s, u"--account"_s, u"oneflow"_s},
            u"echo \"$T $ONEFLOW_API_TOKEN $ONEFLOW_USER_EMAIL\""_s);
        QVERIFY2(env.out == u"<keylink:front/token> <keylink:oneflow/token> ana@example.com\n"_s,
            "the tokens were not masked");
    }

    // The filter itself, fed a byte at a time: a secret cut anywhere is
    // still found, and what only looks like the start of one comes out.
    void maskFindsSecretsCutAcrossReads()
    {
        keylink::SecretMask mask;
        mask.add("abcdef", "<A>");
        mask.add("cdx", "<B>");
        const QByteArray text = "1abcdef2abcdeX3cdx4abc";
        QByteArray out;
        for (char c : text)
            out += mask.feed(QByteArray(1, c));
        out += mask.finish();
        QCOMPARE(out, QByteArray("1<A>2abcdeX3<B>4abc"));
        keylink::SecretMask whole;
        whole.add("abcdef", "<A>");
        QByteArray pieces = whole.feed("xxabc");
        QCOMPARE(pieces, QByteArray("xx")); // "abc" may be the start of it
        pieces += whole.feed("defyy");
        pieces += whole.finish();
        QCOMPARE(pieces, QByteArray("xx<A>yy"));
    }

    void usesAreLogged()
    {
        QFile log(m_home.filePath(u"xdg_state_home/keylink/access.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        for (const QString &id : {m_frontId, m_oneflowId, m_partnerId})
            QVERIFY2(text.contains((u"\""_s + id + u"\""_s).toUtf8()) && text.contains("\"run\""), qPrintable(id));
    }

    // The leak scan: no secret in any argv (keylink's, COMMAND's), in what
    // they printed, or in a file left behind.
    void noSecretLeaks()
    {
        const KeylinkRun argv = run({u"--account"_s, u"Support"_s, u"--account"_s, u"oneflow"_s},
            u"tr '\\0' ' ' < /proc/$PPID/cmdline; echo; tr '\\0' ' ' < /proc/$$/cmdline"_s);
        QVERIFY2(argv.exitCode == 0, qPrintable(argv.err));
        QVERIFY2(argv.out.contains(u" run --account Support"_s), qPrintable(argv.out)); // really read
        QVERIFY(argv.out.contains(u"sh -c"_s));
        const QStringList secrets {m_frontToken, m_oneflowToken, QString::fromLatin1(KEYLINK_TEST_SECRET_MARKER)};
        for (const QString &secret : secrets) {
            for (const QString &text : std::as_const(m_transcript))
                QVERIFY(!text.contains(secret));
        }
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            ++scanned;
            QVERIFY2(!data.contains(KEYLINK_TEST_SECRET_MARKER), qPrintable(f.fileName()));
        }
        QVERIFY(scanned >= 2); // the account list and the access log
    }
};

QTEST_GUILESS_MAIN(TestRun)
#include "tst_run.moc"
