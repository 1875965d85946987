#include "FakeProviders.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"
#include "TestSecrets.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

// `keylink api` end to end: the real binary and keychain, the fake Front
// on loopback (KEYLINK_HOST_MAP), which records what it was sent.
class TestApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    FakeProviders m_providers;
    QString m_token;
    QStringList m_transcript; // everything keylink printed

    KeylinkRun keylink(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment env = m_providers.environment();
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), m_home.filePath(QString::fromLatin1(name).toLower()));
        env.insert(u"QT_LOGGING_RULES"_s, u"keylink.*=true"_s);
        const KeylinkRun run = runKeylink(arguments, env, input);
        m_transcript << run.out << run.err << run.log;
        return run;
    }

    KeylinkRun api(const QStringList &arguments, const QByteArray &input = {})
    {
        return keylink(QStringList {u"api"_s} + arguments, input);
    }

    const FakeProviderServer::Seen *lastSeen(const FakeProviderServer &server, const QString &path)
    {
        for (qsizetype i = server.requests().size() - 1; i >= 0; --i) {
            if (server.requests().at(i).path == path)
                return &server.requests().at(i);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_providers.start());
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        m_token = u"eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiI%1In0.%2%3"_s.arg(
            id.left(16), QLatin1String(KEYLINK_TEST_SECRET_MARKER), id.mid(16));
        const KeylinkRun link = keylink({u"link"_s, u"front"_s, u"--label"_s, u"Support"_s}, m_token.toUtf8() + "\n");
        QVERIFY2(link.exitCode == 0, qPrintable(link.err));
    }

    void getPrintsTheBody()
    {
        m_providers.front.clearRequests();
        const KeylinkRun r = api({u"front"_s, u"/me"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[u"name"_s].toString(), u"Initech Support"_s);
        const FakeProviderServer::Seen *seen = lastSeen(m_providers.front, u"/me"_s);
        QVERIFY(seen);
        QCOMPARE(seen->method, QByteArray("GET"));
        // Where Front's file puts it (verify.request.headers).
        QVERIFY(seen->headers.value("authorization") == "Bearer " + m_token.toUtf8());
        QCOMPARE(seen->headers.value("accept"), QByteArray("application/json"));
        // A query, a path without "/", an absolute URL on the same host.
        QCOMPARE(api({u"Support"_s, u"conversations?limit=1"_s}).exitCode, 0);
        QCOMPARE(lastSeen(m_providers.front, u"/conversations"_s)->query, u"limit=1"_s);
        QCOMPARE(api({u"Support"_s, u"https://api2.frontapp.com/me"_s}).exitCode, 0);
    }

    void headersAreAddedButNeverTheCredential()
    {
        QCOMPARE(api({u"Support"_s, u"/me"_s, u"-H"_s, u"X-Trace: {token} 42"_s}).exitCode, 0);
        QCOMPARE(lastSeen(m_providers.front, u"/me"_s)->headers.value("x-trace"), QByteArray("{token} 42"));
        const int before = m_providers.front.count(u"/me"_s);
        const KeylinkRun r = api({u"Support"_s, u"/me"_s, u"-H"_s, u"authorization: Bearer other"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(u"-H authorization: that header carries the account's credential"_s), qPrintable(r.err));
        QCOMPARE(m_providers.front.count(u"/me"_s), before);
    }

    void postSendsTheData()
    {
        m_providers.front.on(u"/contacts"_s, FakeResponse::json(201, R"({"id":"crd_1"})"));
        const QString file = m_home.filePath(u"contact.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name":"Ana"})");
        f.close();
        const KeylinkRun r = api({u"Support"_s, u"/contacts"_s, u"-X"_s, u"POST"_s, u"--data"_s, u"@"_s + file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"{\"id\":\"crd_1\"}"_s);
        const FakeProviderServer::Seen *seen = lastSeen(m_providers.front, u"/contacts"_s);
        QCOMPARE(seen->method, QByteArray("POST"));
        QCOMPARE(seen->body, QByteArray(R"({"name":"Ana"})"));
        QCOMPARE(seen->headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(seen->headers.value("authorization") == "Bearer " + m_token.toUtf8());
        // From standard input.
        QCOMPARE(
            api({u"Support"_s, u"/contacts"_s, u"-X"_s, u"POST"_s, u"--data"_s, u"-"_s}, "plain text").exitCode, 0);
        QCOMPARE(lastSeen(m_providers.front, u"/contacts"_s)->body, QByteArray("plain text"));
        QCOMPARE(lastSeen(m_providers.front, u"/contacts"_s)->headers.value("content-type"),
            QByteArray("application/octet-stream"));
        // A body needs the method said.
        QCOMPARE(api({u"Support"_s, u"/contacts"_s, u"--data"_s, u"-"_s}, "x").exitCode, 2);
    }

    // The other methods a REST API documents go through as asked.
    void putPatchAndDeleteAreSentAsAsked()
    {
        m_providers.front.on(u"/contacts/crd_1"_s, FakeResponse::json(200, R"({"id":"crd_1"})"));
        for (const QString &method : {u"PUT"_s, u"PATCH"_s, u"DELETE"_s}) {
            const QByteArray body = method == u"DELETE"_s ? QByteArray() : QByteArray(R"({"name":"Bo"})");
            QStringList arguments {u"Support"_s, u"/contacts/crd_1"_s, u"-X"_s, method};
            if (!body.isEmpty())
                arguments << u"--data"_s << u"-"_s;
            const KeylinkRun r = api(arguments, body);
            QVERIFY2(r.exitCode == 0, qPrintable(method + u": "_s + r.err));
            const FakeProviderServer::Seen *seen = lastSeen(m_providers.front, u"/contacts/crd_1"_s);
            QCOMPARE(seen->method, method.toLatin1());
            QCOMPARE(seen->body, body);
            QVERIFY(seen->headers.value("authorization") == "Bearer " + m_token.toUtf8());
        }
        QCOMPARE(api({u"Support"_s, u"/contacts/crd_1"_s, u"-X"_s, u"TRACE"_s}).exitCode, 2);
    }

    void paginateFollowsNext()
    {
        m_providers.front.on(u"/tags"_s, [](const QHttpServerRequest &request) {
            const int page = QUrlQuery(request.url()).queryItemValue(u"page"_s).toInt();
            const QByteArray next = page < 3
                ? '"' + u"https://api2.frontapp.com/tags?page=%1"_s.arg(page + 1).toUtf8() + '"'
                : QByteArray("null");
            return FakeResponse::json(200,
                "{\"_pagination\":{\"next\":" + next + "},\"_results\":[{\"id\":\"tag_" + QByteArray::number(page)
                    + "\"}]}");
        });
        const KeylinkRun all = api({u"Support"_s, u"/tags?page=1"_s, u"--paginate"_s});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QJsonArray items = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(2)[u"id"_s].toString(), u"tag_3"_s);
        // Every page carried the credential, and only to Front.
        QVERIFY(
            lastSeen(m_providers.front, u"/tags"_s)->headers.value("authorization") == "Bearer " + m_token.toUtf8());

        const KeylinkRun two = api({u"Support"_s, u"/tags?page=1"_s, u"--paginate"_s, u"--max-pages"_s, u"2"_s});
        QCOMPARE(two.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(two.out.toUtf8()).array().size(), 2);
        QVERIFY2(two.err.contains(u"stopped after 2 pages"_s), qPrintable(two.err));

        // A next link to another host is not followed.
        m_providers.front.on(u"/inboxes"_s,
            FakeResponse::json(200,
                QJsonDocument(
                    QJsonObject {{u"_pagination"_s, QJsonObject {{u"next"_s, u"https://api.oneflow.com/v1/users"_s}}},
                        {u"_results"_s, QJsonArray {1}}})
                    .toJson()));
        m_providers.oneflow.clearRequests();
        const KeylinkRun elsewhere = api({u"Support"_s, u"/inboxes"_s, u"--paginate"_s});
        QCOMPARE(elsewhere.exitCode, 0);
        QVERIFY2(
            elsewhere.err.contains(u"the next page is on another host (api.oneflow.com)"_s), qPrintable(elsewhere.err));
        QCOMPARE(m_providers.oneflow.requests().size(), 0);
    }

    void otherHostsAreRefused()
    {
        m_providers.oneflow.clearRequests();
        const int before = m_providers.front.requests().size();
        for (const QString &url : {u"https://api.oneflow.com/v1/ping"_s, u"http://api2.frontapp.com/me"_s,
                 u"https://api2.frontapp.com.evil.example/me"_s}) {
            const KeylinkRun r = api({u"Support"_s, url});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"only to api2.frontapp.com over https"_s), qPrintable(r.err));
        }
        QCOMPARE(m_providers.front.requests().size(), before);
        QCOMPARE(m_providers.oneflow.requests().size(), 0);
    }

    void redirectsElsewhereAreNotFollowed()
    {
        m_providers.oneflow.clearRequests();
        FakeResponse redirect {
            302, "", "text/plain", {{"Location", m_providers.oneflow.url().toEncoded() + "v1/steal"}}, 0};
        m_providers.front.on(u"/moved"_s, redirect);
        const KeylinkRun r = api({u"Support"_s, u"/moved"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"so your credentials were not sent there"_s), qPrintable(r.err));
        QCOMPARE(m_providers.oneflow.count(u"/v1/steal"_s), 0);
    }

    void statusesMapToExitCodes()
    {
        m_providers.front.on(u"/denied"_s, ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token"));
        const KeylinkRun denied = api({u"Support"_s, u"/denied"_s});
        QCOMPARE(denied.exitCode, 3);
        QVERIFY(denied.out.contains(u"Invalid token"_s)); // the provider's answer, for the script
        QVERIFY2(denied.err.startsWith(u"keylink: Front rejected the credentials"_s), qPrintable(denied.err));

        FakeResponse limited = ProviderAnswers::frontError(429, "Too Many Requests", "Rate limit exceeded");
        limited.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "42"));
        m_providers.front.on(u"/limited"_s, limited);
        const KeylinkRun wait = api({u"Support"_s, u"/limited"_s});
        QCOMPARE(wait.exitCode, 4);
        QVERIFY2(wait.err.contains(u"Try again in 42 seconds"_s), qPrintable(wait.err));

        m_providers.front.on(u"/broken"_s, ProviderAnswers::frontError(503, "Unavailable", "down"));
        QCOMPARE(api({u"Support"_s, u"/broken"_s}).exitCode, 4);
        m_providers.front.on(u"/missing"_s, ProviderAnswers::frontError(404, "Not found", "no such thing"));
        QCOMPARE(api({u"Support"_s, u"/missing"_s}).exitCode, 1);
    }

    void includePrintsStatusAndHeaders()
    {
        const KeylinkRun r = api({u"Support"_s, u"/me"_s, u"--include"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"HTTP 200\n"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"\n\n{"_s));
        QVERIFY(r.out.contains(u"application/json"_s));
    }

    void aSecretEchoedBackIsMasked()
    {
        m_providers.front.on(u"/echo"_s, [](const QHttpServerRequest &request) {
            return FakeResponse::json(200, "{\"you_sent\":\"" + request.value("Authorization") + "\"}");
        });
        const KeylinkRun r = api({u"Support"_s, u"/echo"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out == u"{\"you_sent\":\"Bearer <keylink:Support/token>\"}"_s, "the echoed token was not masked");
    }

    void usesAreLoggedAndNothingLeaks()
    {
        QFile log(m_home.filePath(u"xdg_state_home/keylink/access.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("\"api\""));
        for (const QString &text : std::as_const(m_transcript)) {
            QVERIFY(!text.contains(m_token));
            QVERIFY(!text.contains(QLatin1String(KEYLINK_TEST_SECRET_MARKER)));
        }
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
