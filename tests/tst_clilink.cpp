#include "FakeProviders.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"

#include <QDirIterator>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    return u"eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiI%1In0.kLsEcReT%2"_s.arg(id.left(16), id.mid(16));
}

} // namespace

// The verbs end to end, as a user runs them: the real keylink binary, the
// real keychain, and fake providers on loopback reached through
// KEYLINK_HOST_MAP. Every secret used here is collected, and the last test
// checks that none of them reached a file, an output or a log.
class TestCliLink : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    FakeProviders m_providers;
    QStringList m_secrets;
    QStringList m_transcript; // everything keylink printed, but `token` output

    // Runs keylink without blocking this process's event loop, which serves
    // the fake providers.
    KeylinkRun keylink(const QStringList &arguments, const QByteArray &input = {},
        const QList<std::pair<QString, QString>> &environment = {})
    {
        QProcessEnvironment env = m_providers.environment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"QT_LOGGING_RULES"_s, u"keylink.*=true"_s);
        for (const auto &[name, value] : environment)
            env.insert(name, value);
        const KeylinkRun run = runKeylink(arguments, env, input);
        if (arguments.value(0) != u"token"_s)
            m_transcript << run.out;
        m_transcript << run.err << run.log;
        return run;
    }

    QJsonArray accounts()
    {
        const KeylinkRun r = keylink({u"accounts"_s, u"--json"_s});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8())[u"accounts"_s].toArray();
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
        // Front answers /me per token: a different company for each, 401 for "revoked" ones.
        m_providers.front.on(u"/me"_s, [](const QHttpServerRequest &request) {
            const QByteArray auth = request.value("Authorization");
            if (auth.contains("revoked"))
                return ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token");
            return ProviderAnswers::frontMe("Initech " + auth.right(4), "cmp_" + auth.right(8));
        });
        // One Easyship company, the same in production and the sandbox.
        m_providers.easyship.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount("Globex", "CHK000001"));
        m_providers.sandbox.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount("Globex", "CHK000001"));
    }

    void frontLinksListsReturnsTheTokenAndUnlinks()
    {
        const QString token = newFrontToken();
        m_secrets << token;
        const KeylinkRun link
            = keylink({u"link"_s, u"front"_s, u"--actions"_s, u"front_list_conversations,front_list_events"_s,
                          u"--label"_s, u"Support"_s},
                token.toUtf8() + "\n");
        QVERIFY2(link.exitCode == 0, qPrintable(link.err));
        QVERIFY2(link.out.startsWith(u"Linked Front account “Initech %1” (cmp_%2), production.\n"_s.arg(
                     token.right(4), token.right(8))),
            qPrintable(link.out));
        QVERIFY(link.out.contains(u"Permissions: 1 granted, 1 missing, 0 not checked"_s));
        QVERIFY(link.out.contains(u"missing      events:*:read — Missing required scopes: [events:*:read]"_s));
        const QString id = accountId(link);
        QCOMPARE(id.size(), 36);

        const QJsonArray list = accounts();
        QCOMPARE(list.size(), 1);
        const QJsonObject account = list.first().toObject();
        QCOMPARE(account[u"id"_s].toString(), id);
        QCOMPARE(account[u"provider"_s].toString(), u"front"_s);
        QCOMPARE(account[u"label"_s].toString(), u"Support"_s);
        QCOMPARE(account[u"status"_s].toString(), u"needs-attention"_s);
        QCOMPARE(account[u"scopes"_s].toArray().size(), 2);
        QVERIFY(!QJsonDocument(list).toJson().contains(token.toUtf8()));

        const KeylinkRun secret = keylink({u"token"_s, u"Support"_s});
        QCOMPARE(secret.exitCode, 0);
        QCOMPARE(secret.out, token + u"\n"_s);

        const KeylinkRun unlink = keylink({u"unlink"_s, id.left(8)});
        QVERIFY2(unlink.exitCode == 0, qPrintable(unlink.err));
        QVERIFY(unlink.out.startsWith(u"Unlinked %1"_s.arg(id)));
        QCOMPARE(accounts().size(), 0);
        const KeylinkRun after = keylink({u"token"_s, id});
        QCOMPARE(after.exitCode, 2);
        QVERIFY(
            after.err.endsWith(u"keylink: no linked account matches “%1”; keylink accounts lists them\n"_s.arg(id)));

        QProcess lookup; // the keychain entry is gone too, as any other client sees it
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"keylink"_s, u"user"_s, id});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.readAllStandardOutput(), QByteArray());
    }

    void easyshipLinksBothEnvironments()
    {
        const QString production = u"prod_kLsEcReT%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString sandbox = u"sand_kLsEcReT%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        m_secrets << production << sandbox;
        const KeylinkRun prod = keylink({u"link"_s, u"easyship"_s}, production.toUtf8() + "\n");
        QVERIFY2(prod.exitCode == 0, qPrintable(prod.err));
        QVERIFY(prod.out.startsWith(u"Linked Easyship account “Globex” (CHK000001), production.\n"_s));
        // The guide's 11 recommended scopes are checked when none are chosen;
        // none has a known probe, so none is claimed granted.
        QVERIFY(prod.out.contains(u"Permissions: 0 granted, 0 missing, 11 not checked"_s));
        // From the environment instead of stdin this time.
        const KeylinkRun sand
            = keylink({u"link"_s, u"easyship"_s, u"--json"_s}, {}, {{u"KEYLINK_FIELD_TOKEN"_s, sandbox}});
        QVERIFY2(sand.exitCode == 0, qPrintable(sand.err));
        const QJsonObject json = QJsonDocument::fromJson(sand.out.toUtf8()).object();
        QCOMPARE(json[u"environment"_s].toString(), u"sandbox"_s);
        QCOMPARE(json[u"result"_s].toString(), u"linked"_s);
        QCOMPARE(m_providers.easyship.count(u"/2024-09/account"_s), 1);
        QCOMPARE(m_providers.sandbox.count(u"/2024-09/account"_s), 1);

        // Same identity, different environments: two accounts.
        QCOMPARE(accounts().size(), 2);
        QCOMPARE(keylink({u"token"_s, accountId(prod)}).out, production + u"\n"_s);
        QCOMPARE(keylink({u"token"_s, json[u"id"_s].toString()}).out, sandbox + u"\n"_s);

        // Linking the production token again updates that account in place.
        const KeylinkRun again = keylink({u"link"_s, u"easyship"_s}, production.toUtf8() + "\n");
        QVERIFY(again.out.startsWith(u"Updated Easyship account"_s));
        QCOMPARE(accountId(again), accountId(prod));
        QCOMPARE(accounts().size(), 2);

        QCOMPARE(keylink({u"unlink"_s, accountId(prod)}).exitCode, 0);
        QCOMPARE(keylink({u"unlink"_s, json[u"id"_s].toString()}).exitCode, 0);
        QCOMPARE(accounts().size(), 0);
    }

    // Linking an identity again says what it changed on the account, in
    // words and in --json; an identical link says only the secret changed.
    void linkingAgainReportsWhatChanged()
    {
        const QString token = newFrontToken();
        m_secrets << token;
        const KeylinkRun first = keylink(
            {u"link"_s, u"front"_s, u"--actions"_s, u"front_list_conversations"_s, u"--label"_s, u"Support"_s},
            token.toUtf8() + "\n");
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.startsWith(u"Linked Front account"_s), qPrintable(first.out));
        QVERIFY(!first.out.contains(u"linked already"_s));

        const KeylinkRun again = keylink(
            {u"link"_s, u"front"_s, u"--actions"_s,
                u"front_list_conversation_comments,front_add_conversation_comment"_s, u"--label"_s, u"Sales"_s},
            token.toUtf8() + "\n");
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u", production: it was linked already, and this changed:\n"
                                    u"  Label: “Support” → “Sales”\n"
                                    u"  Actions added: List Conversation Comments, Add Conversation Comment\n"
                                    u"  Actions removed: List Conversations\n"
                                    u"  Scopes added: comments:read, comments:write\n"
                                    u"  Scopes removed: conversations:read\n"_s),
            qPrintable(again.out));
        QCOMPARE(accountId(again), accountId(first));

        const KeylinkRun same = keylink({u"link"_s, u"front"_s, u"--json"_s, u"--actions"_s,
                                            u"front_list_conversation_comments,front_add_conversation_comment"_s},
            token.toUtf8() + "\n");
        QVERIFY2(same.exitCode == 0, qPrintable(same.err));
        const QJsonObject json = QJsonDocument::fromJson(same.out.toUtf8()).object();
        QCOMPARE(json[u"result"_s].toString(), u"updated"_s);
        QCOMPARE(json[u"changes"_s].toObject(), QJsonObject()); // no label given: it stays "Sales"
        QCOMPARE(json[u"label"_s].toString(), u"Sales"_s);

        const KeylinkRun back = keylink(
            {u"link"_s, u"front"_s, u"--json"_s, u"--actions"_s, u"front_list_conversations"_s}, token.toUtf8() + "\n");
        const QJsonObject changes = QJsonDocument::fromJson(back.out.toUtf8())[u"changes"_s].toObject();
        QCOMPARE(changes[u"actionsAdded"_s].toArray(), QJsonArray {u"front_list_conversations"_s});
        QCOMPARE(changes[u"scopesRemoved"_s].toArray(), (QJsonArray {u"comments:read"_s, u"comments:write"_s}));
        QVERIFY(!changes.contains(u"label"_s));

        const KeylinkRun plain
            = keylink({u"link"_s, u"front"_s, u"--actions"_s, u"front_list_conversations"_s}, token.toUtf8() + "\n");
        QVERIFY2(plain.out.contains(u", production: it was linked already; only its secret was replaced.\n"_s),
            qPrintable(plain.out));
        QCOMPARE(keylink({u"unlink"_s, accountId(first)}).exitCode, 0);
    }

    void oneflowLinksWithTheUserEmail()
    {
        const QString token = QUuid::createUuid().toString(QUuid::Id128).left(31) + u"-kLsEcReT"_s;
        QCOMPARE(token.size(), 40);
        m_secrets << token;
        const KeylinkRun link
            = keylink({u"link"_s, u"oneflow"_s, u"--field"_s, u"user_email=ana@example.com"_s}, token.toUtf8() + "\n");
        QVERIFY2(link.exitCode == 0, qPrintable(link.err));
        QVERIFY(link.out.startsWith(u"Linked Oneflow account “ana@example.com”, production.\n"_s));
        QVERIFY(link.out.contains(u"Requests run as Ana (ana@example.com)."_s));
        const QString id = accountId(link);

        const KeylinkRun verify = keylink({u"verify"_s, id});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY(verify.out.contains(u"verified"_s));
        QCOMPARE(keylink({u"token"_s, id}).out, token + u"\n"_s);
        QCOMPARE(keylink({u"unlink"_s, id}).exitCode, 0);
    }

    void verifyAllFlagsTheRejectedAccount()
    {
        const QString good = newFrontToken();
        const QString doomed = newFrontToken();
        m_secrets << good << doomed;
        const KeylinkRun a = keylink({u"link"_s, u"front"_s, u"--label"_s, u"Good"_s}, good.toUtf8() + "\n");
        const KeylinkRun b = keylink({u"link"_s, u"front"_s, u"--label"_s, u"Doomed"_s}, doomed.toUtf8() + "\n");
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));

        // The provider revokes one token: answer 401 for it from now on.
        const QByteArray revoked = doomed.toUtf8();
        m_providers.front.on(u"/me"_s, [revoked](const QHttpServerRequest &request) {
            const QByteArray auth = request.value("Authorization");
            if (auth.contains(revoked) || auth.contains("revoked"))
                return ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token");
            return ProviderAnswers::frontMe("Initech " + auth.right(4), "cmp_" + auth.right(8));
        });
        const KeylinkRun verify = keylink({u"verify"_s, u"--all"_s});
        QCOMPARE(verify.exitCode, 3);
        QVERIFY(verify.out.contains(u"Front rejected the credentials: they are wrong, expired or revoked. Front "
                                    u"said: “Invalid token”"_s));

        for (const QJsonValue &v : accounts()) {
            const QJsonObject account = v.toObject();
            if (account[u"label"_s] == u"Doomed"_s) {
                QCOMPARE(account[u"status"_s].toString(), u"needs-attention"_s);
                QVERIFY(account[u"statusMessage"_s].toString().contains(u"Invalid token"_s));
            } else {
                QCOMPARE(account[u"status"_s].toString(), u"verified"_s);
            }
            QCOMPARE(keylink({u"unlink"_s, account[u"id"_s].toString()}).exitCode, 0);
        }
    }

    void exitCodesAndMessages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");

        QTest::newRow("secret on the command line")
            << QStringList {u"link"_s, u"front"_s, u"--field"_s, u"token=abc.def.ghi"_s} << QByteArray() << QString()
            << 2
            << u"keylink: API Token is secret and never taken from the command line, where other users can see it; "
               u"pipe it on standard input or set KEYLINK_FIELD_TOKEN\n"_s;
        QTest::newRow("nothing on stdin")
            << QStringList {u"link"_s, u"front"_s} << QByteArray() << QString() << 2
            << u"keylink: API Token is missing: pipe the secret fields on standard input, one per line in this "
               u"order: API Token (or set KEYLINK_FIELD_TOKEN)\n"_s;
        QTest::newRow("malformed token")
            << QStringList {u"link"_s, u"oneflow"_s, u"--field"_s, u"user_email=ana@example.com"_s}
            << QByteArray("too-short\n") << QString() << 2
            << u"keylink: API Token is not valid: A Oneflow API token is exactly 40 characters: letters, digits and "
               u"hyphens.\n"_s;
        QTest::newRow("unknown provider") << QStringList {u"link"_s, u"acme"_s} << QByteArray() << QString() << 2
                                          << u"keylink: unknown provider “acme”; keylink providers lists them\n"_s;
        QTest::newRow("unknown action")
            << QStringList {u"link"_s, u"front"_s, u"--actions"_s, u"front_fly"_s} << QByteArray("a.b.kLsEcReT\n")
            << QString() << 2 << u"keylink: Front has no action “front_fly”; keylink providers --json lists them\n"_s;
        QTest::newRow("rejected token")
            << QStringList {u"link"_s, u"front"_s} << QByteArray("a.revoked.kLsEcReT\n") << QString() << 3
            << u"keylink: Front rejected the credentials: they are wrong, expired or revoked. Front said: “Invalid "
               u"token”\n"_s;
        QTest::newRow("keychain unavailable")
            << QStringList {u"link"_s, u"easyship"_s} << QByteArray("prod_keychainless_kLsEcReT\n")
            << u"DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus"_s << 5
            << u"keylink: The system keychain could not be used (Could not connect: No such file or directory). "
               u"Make sure a Secret Service provider such as GNOME Keyring or KWallet is running and unlocked, then "
               u"try again. Nothing was saved.\n"_s;
        QTest::newRow("host map to another machine")
            << QStringList {u"accounts"_s} << QByteArray() << u"KEYLINK_HOST_MAP=api2.frontapp.com=http://10.0.0.1:80"_s
            << 2
            << u"keylink: KEYLINK_HOST_MAP: the target of api2.frontapp.com is 10.0.0.1, which is not a loopback "
               u"address; only 127.0.0.0/8, ::1 and localhost are allowed\n"_s;
        QTest::newRow("unknown account")
            << QStringList {u"verify"_s, u"nope"_s} << QByteArray() << QString() << 2
            << u"keylink: no linked account matches “nope”; keylink accounts lists them\n"_s;
    }

    void exitCodesAndMessages()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, environment);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        QList<std::pair<QString, QString>> env;
        if (!environment.isEmpty())
            env.append({environment.section(u'=', 0, 0), environment.section(u'=', 1)});
        const KeylinkRun r = keylink(arguments, input, env);
        QCOMPARE(r.exitCode, exitCode);
        // Debug logging is on: compare the last line, which is the message.
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.isEmpty() ? QString() : lines.last() + u"\n"_s, error);
        QCOMPARE(r.out, QString());
        QCOMPARE(accounts().size(), 0);
    }

    void slowProviderIsReportedAsCouldNotCheck()
    {
        FakeResponse slow = ProviderAnswers::easyshipAccount();
        slow.delayMs = 3000;
        m_providers.easyship.on(u"/2024-09/account"_s, slow);
        const KeylinkRun r = keylink({u"link"_s, u"easyship"_s, u"--timeout"_s, u"1"_s}, "prod_slow_kLsEcReT\n");
        m_providers.easyship.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.endsWith(u"keylink: Easyship did not answer within 1 second.\n"_s));
    }

    // Runs last (Qt Test keeps declaration order). Run alone, it first does
    // the linking itself so that there are secrets to look for.
    void noSecretLeaked()
    {
        if (m_secrets.isEmpty()) {
            frontLinksListsReturnsTheTokenAndUnlinks();
            easyshipLinksBothEnvironments();
            oneflowLinksWithTheUserEmail();
            verifyAllFlagsTheRejectedAccount();
            QVERIFY(!QTest::currentTestFailed());
        }
        QVERIFY(m_secrets.size() >= 6);
        QStringList places;
        for (const QString &folder : {m_home.filePath(u"data"_s), m_home.filePath(u"config"_s)}) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                for (const QString &secret : std::as_const(m_secrets)) {
                    if (content.contains(secret.toUtf8()))
                        places << file.fileName();
                }
            }
        }
        const QString transcript = m_transcript.join(u'\n');
        QVERIFY(transcript.contains(u"keylink.connect"_s)); // the debug logs were captured
        for (const QString &secret : std::as_const(m_secrets)) {
            if (transcript.contains(secret))
                places << u"output or logs"_s;
        }
        QCOMPARE(places, QStringList());
        QVERIFY(QFile::exists(m_home.filePath(u"data/keylink/keylink.db"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliLink)
#include "tst_clilink.moc"
