#include "catalog/CatalogLoader.h"
#include "connect/CredentialVerifier.h"
#include "core/Translations.h"

#include "FakeProviderServer.h"
#include "ProviderAnswers.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {
const QString FrontToken = u"eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJmcm9udCJ9.kLsEcReTdXJl"_s;
const QString OneflowToken = u"0123456789abcdefghij-kLsEcReTIJ-klmnopqr"_s;
} // namespace

// Every outcome of a verification, against real HTTP(S) servers on loopback
// that answer the way each provider documents.
class TestCredentialVerifier : public QObject
{
    Q_OBJECT

private:
    CatalogLoadResult m_catalog;
    QNetworkAccessManager m_network;

    const AuthMethod &method(const QString &provider, const QString &method = u"api-token"_s)
    {
        return *m_catalog.catalog.provider(provider)->authMethod(method);
    }

    // Runs one verification to its end and returns what it found.
    VerificationResult verify(const QString &provider, const SecretFields &fields, const QStringList &mapping,
        const QStringList &scopes = {}, int timeoutMs = 5000,
        std::function<void(CredentialVerifier &)> whileRunning = {})
    {
        HostMap map;
        QString error;
        if (!HostMap::parse(mapping.join(u','), &map, &error))
            qFatal("bad mapping: %s", qPrintable(error));
        CredentialVerifier verifier(ProviderAccess {&m_network, map, timeoutMs});
        QSignalSpy finished(&verifier, &CredentialVerifier::finished);
        verifier.start(*m_catalog.catalog.provider(provider), method(provider), fields, scopes);
        if (whileRunning)
            whileRunning(verifier);
        if (finished.isEmpty() && !finished.wait(timeoutMs + 10000))
            return {};
        return finished.isEmpty() ? VerificationResult {} : finished.first().first().value<VerificationResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<VerificationResult>();
        // As the app does: English plural forms come from keylink_en.
        QCOMPARE(Translations::install(QCoreApplication::instance(), u"en"_s), u"en"_s);
        m_catalog = CatalogLoader::load({});
        QVERIFY(m_catalog.errors.isEmpty());
    }

    void easyshipProductionTokenIdentifiesTheAccount()
    {
        FakeProviderServer production, sandbox;
        QVERIFY(production.start() && sandbox.start());
        production.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount());
        const VerificationResult r = verify(u"easyship"_s, {{u"token"_s, u"prod_kLsEcReT123"_s}},
            {production.mapping(u"public-api.easyship.com"_s), sandbox.mapping(u"public-api-sandbox.easyship.com"_s)});
        QVERIFY2(r.ok(), qPrintable(r.connect.message));
        QCOMPARE(r.identityId, u"CHK000001"_s);
        QCOMPARE(r.identityName, u"Globex Shipping"_s);
        QCOMPARE(r.environmentId, u"production"_s);
        QCOMPARE(r.connect.requestId, u"req-es-1"_s);
        QCOMPARE(production.requests().size(), 1);
        QCOMPARE(production.requests().first().headers.value("authorization"), QByteArray("Bearer prod_kLsEcReT123"));
        QCOMPARE(sandbox.requests().size(), 0);
    }

    void easyshipSandboxTokenGoesToTheSandboxHost()
    {
        FakeProviderServer production, sandbox;
        QVERIFY(production.start() && sandbox.start());
        sandbox.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount("Globex Sandbox", "CHK000002"));
        const VerificationResult r = verify(u"easyship"_s, {{u"token"_s, u"sand_kLsEcReT123"_s}},
            {production.mapping(u"public-api.easyship.com"_s), sandbox.mapping(u"public-api-sandbox.easyship.com"_s)});
        QVERIFY2(r.ok(), qPrintable(r.connect.message));
        QCOMPARE(r.environmentId, u"sandbox"_s);
        QCOMPARE(r.identityId, u"CHK000002"_s);
        QCOMPARE(production.requests().size(), 0);
        QCOMPARE(sandbox.count(u"/2024-09/account"_s), 1);
    }

    void easyshipUnknownPrefixIsRefusedBeforeAnyRequest()
    {
        FakeProviderServer production;
        QVERIFY(production.start());
        const VerificationResult r = verify(
            u"easyship"_s, {{u"token"_s, u"live_kLsEcReT123"_s}}, {production.mapping(u"public-api.easyship.com"_s)});
        QCOMPARE(r.connect.error, ConnectResult::Error::InvalidInput);
        QCOMPARE(r.connect.message,
            u"API Access Token is not valid: An Easyship access token starts with prod_ "
            u"(production) or sand_ (sandbox)."_s);
        QVERIFY(!r.connect.message.contains(u"live_kLsEcReT123"_s));
        QCOMPARE(production.requests().size(), 0);
    }

    void easyshipRejectedTokenCarriesTheProvidersWords()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/2024-09/account"_s, ProviderAnswers::easyshipError(401, "invalid_token", "Invalid token."));
        const VerificationResult r = verify(
            u"easyship"_s, {{u"token"_s, u"prod_wrong_kLsEcReT"_s}}, {server.mapping(u"public-api.easyship.com"_s)});
        QCOMPARE(r.connect.error, ConnectResult::Error::InvalidCredentials);
        QCOMPARE(r.connect.message,
            u"Easyship rejected the credentials: they are wrong, expired or revoked. "
            u"Easyship said: “Invalid token.”"_s);
        QCOMPARE(r.connect.providerMessage, u"Invalid token."_s);
        QCOMPARE(r.connect.requestId, u"req-es-err"_s);
        QCOMPARE(r.connect.httpStatus, 401);
    }

    void easyshipForbiddenNamesTheScope()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/2024-09/account"_s,
            ProviderAnswers::easyshipError(403, "forbidden", "Forbidden.",
                "Access to this resource requires scope(s) public.address_validation:write."));
        const VerificationResult r = verify(
            u"easyship"_s, {{u"token"_s, u"prod_x_kLsEcReT"_s}}, {server.mapping(u"public-api.easyship.com"_s)});
        QCOMPARE(r.connect.error, ConnectResult::Error::MissingPermission);
        QCOMPARE(r.connect.providerMessage,
            u"Forbidden. Access to this resource requires scope(s) public.address_validation:write."_s);
    }

    void frontProbesReportEachScope()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/me"_s, ProviderAnswers::frontMe());
        server.on(u"/conversations"_s, ProviderAnswers::frontList());
        server.on(
            u"/events"_s, ProviderAnswers::frontError(403, "Forbidden", "Missing required scopes: [events:*:read]"));
        const VerificationResult r
            = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)},
                {u"conversations:read"_s, u"events:*:read"_s, u"messages:send"_s});
        QVERIFY2(r.ok(), qPrintable(r.connect.message));
        QCOMPARE(r.identityId, u"cmp_1a2b"_s);
        QCOMPARE(r.identityName, u"Initech Support"_s);
        QCOMPARE(r.scopes.size(), 3);
        QCOMPARE(r.scopes.at(0).state, ScopeCheck::State::Granted);
        QCOMPARE(r.scopes.at(1).state, ScopeCheck::State::Missing);
        QCOMPARE(r.scopes.at(1).message, u"Missing required scopes: [events:*:read]"_s);
        QCOMPARE(r.scopes.at(2).state, ScopeCheck::State::NotChecked);
        QCOMPARE(
            r.scopes.at(2).message, u"No read-only check is known for this scope, so Keylink cannot confirm it."_s);
        for (const FakeProviderServer::Seen &seen : server.requests()) {
            QCOMPARE(seen.method, QByteArray("GET"));
            QCOMPARE(seen.headers.value("authorization"), u"Bearer %1"_s.arg(FrontToken).toUtf8());
        }
        QCOMPARE(server.requests().at(1).query, u"limit=1"_s);
    }

    void probesRunConcurrentlyButBounded()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/me"_s, ProviderAnswers::frontMe());
        QStringList scopes;
        for (const Scope &s : method(u"front"_s).scopes) {
            if (s.probe) {
                FakeResponse slow = ProviderAnswers::frontList();
                slow.delayMs = 150;
                server.on(s.probe->path, slow);
                scopes.append(s.id);
            }
        }
        QCOMPARE(scopes.size(), 8);
        HostMap map;
        QString error;
        QVERIFY(HostMap::parse(server.mapping(u"api2.frontapp.com"_s), &map, &error));
        CredentialVerifier verifier(ProviderAccess {&m_network, map});
        verifier.setMaxConcurrentProbes(3);
        QSignalSpy finished(&verifier, &CredentialVerifier::finished);
        verifier.start(*m_catalog.catalog.provider(u"front"_s), method(u"front"_s), {{u"token"_s, FrontToken}}, scopes);
        QVERIFY(finished.wait(10000));
        const auto r = finished.first().first().value<VerificationResult>();
        QCOMPARE(r.count(ScopeCheck::State::Granted), 8);
        QCOMPARE(server.maxInFlight(), 3);
    }

    void oneflowConfirmsTheUserEmail()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/v1/ping"_s, ProviderAnswers::oneflowPing());
        server.on(u"/v1/users"_s,
            ProviderAnswers::oneflowUsers(R"([{"id":7,"email":"Ana@Example.com","active":true,"name":"Ana"}])"));
        const VerificationResult r
            = verify(u"oneflow"_s, {{u"token"_s, OneflowToken}, {u"user_email"_s, u"ana@example.com"_s}},
                {server.mapping(u"api.oneflow.com"_s)});
        QVERIFY2(r.ok(), qPrintable(r.connect.message));
        QCOMPARE(r.identityId, u"ana@example.com"_s);
        QCOMPARE(r.notes, QStringList {u"Requests run as Ana (ana@example.com)."_s});
        const FakeProviderServer::Seen ping = server.requests().first();
        QCOMPARE(ping.path, u"/v1/ping"_s);
        QCOMPARE(ping.headers.value("x-oneflow-api-token"), OneflowToken.toUtf8());
        QCOMPARE(ping.headers.value("x-oneflow-user-email"), QByteArray("ana@example.com"));
    }

    void oneflowFollowsUserPagesOnTheSameHost()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/v1/ping"_s, ProviderAnswers::oneflowPing());
        server.on(u"/v1/users"_s, [](const QHttpServerRequest &request) {
            return request.url().query().contains(u"offset=100"_s)
                ? ProviderAnswers::oneflowUsers(R"([{"id":8,"email":"bo@example.com","active":true,"name":"Bo"}])")
                : ProviderAnswers::oneflowUsers(R"([{"id":7,"email":"ana@example.com","active":true}])",
                    "https://api.oneflow.com/v1/users?limit=100&offset=100");
        });
        const VerificationResult r
            = verify(u"oneflow"_s, {{u"token"_s, OneflowToken}, {u"user_email"_s, u"bo@example.com"_s}},
                {server.mapping(u"api.oneflow.com"_s)});
        QVERIFY2(r.ok(), qPrintable(r.connect.message));
        QCOMPARE(server.count(u"/v1/users"_s), 2);
    }

    void oneflowWrongOrInactiveUser_data()
    {
        QTest::addColumn<QByteArray>("users");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown email")
            << QByteArray(R"([{"id":7,"email":"ana@example.com","active":true}])")
            << u"Oneflow accepted the token, but no user of that Oneflow account has the email bo@example.com. "
               u"Use the email of an active user in the same account."_s;
        QTest::newRow("inactive user")
            << QByteArray(R"([{"id":8,"email":"bo@example.com","active":false}])")
            << u"The Oneflow user bo@example.com is not active. Use the email of an active user in the same "
               u"Oneflow account."_s;
    }

    void oneflowWrongOrInactiveUser()
    {
        QFETCH(QByteArray, users);
        QFETCH(QString, message);
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/v1/ping"_s, ProviderAnswers::oneflowPing());
        server.on(u"/v1/users"_s, ProviderAnswers::oneflowUsers(users));
        const VerificationResult r
            = verify(u"oneflow"_s, {{u"token"_s, OneflowToken}, {u"user_email"_s, u"bo@example.com"_s}},
                {server.mapping(u"api.oneflow.com"_s)});
        QCOMPARE(r.connect.error, ConnectResult::Error::WrongUser);
        QCOMPARE(r.connect.message, message);
    }

    void oneflowRejectedToken()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/v1/ping"_s, ProviderAnswers::oneflowError(401, "Unauthorized", "Invalid API token."));
        const VerificationResult r
            = verify(u"oneflow"_s, {{u"token"_s, OneflowToken}, {u"user_email"_s, u"ana@example.com"_s}},
                {server.mapping(u"api.oneflow.com"_s)});
        QCOMPARE(r.connect.error, ConnectResult::Error::InvalidCredentials);
        QCOMPARE(r.connect.providerMessage, u"Invalid API token."_s);
        QCOMPARE(r.connect.requestId, u"req-of-1"_s);
        QCOMPARE(server.count(u"/v1/users"_s), 0);
    }

    void rateLimitSaysWhenToRetry_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("seconds");
        const QByteArray reset = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 90);
        QTest::newRow("Retry-After seconds")
            << u"oneflow"_s << u"/v1/ping"_s << QByteArray("Retry-After") << QByteArray("30") << QByteArray("{}") << 30;
        QTest::newRow("Easyship reset epoch")
            << u"easyship"_s << u"/2024-09/account"_s << QByteArray("X-Ratelimit-Reset") << reset
            << ProviderAnswers::easyshipError(429, "too_many_requests", "Too many requests.").body << 90;
        QTest::newRow("Front retry-in message")
            << u"front"_s << u"/me"_s << QByteArray("x-unrelated") << QByteArray("1")
            << ProviderAnswers::frontError(
                   429, "Too Many Requests", "Rate limit exceeded. Please retry in 4500 milliseconds.")
                   .body
            << 5;
    }

    void rateLimitSaysWhenToRetry()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, body);
        QFETCH(int, seconds);
        FakeProviderServer server;
        QVERIFY(server.start());
        FakeResponse limited = FakeResponse::json(429, body);
        limited.headers.append({header, value});
        server.on(path, limited);
        const QString host
            = m_catalog.catalog.provider(provider)->authMethods.first().environments.first().baseUrl.host();
        const SecretFields fields = provider == u"front"_s ? SecretFields {{u"token"_s, FrontToken}}
            : provider == u"easyship"_s                    ? SecretFields {{u"token"_s, u"prod_x_kLsEcReT"_s}}
                                        : SecretFields {{u"token"_s, OneflowToken}, {u"user_email"_s, u"a@b.co"_s}};
        const VerificationResult r = verify(provider, fields, {server.mapping(host)});
        QCOMPARE(r.connect.error, ConnectResult::Error::RateLimited);
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(r.connect.retryAt);
        QVERIFY2(qAbs(wait - seconds) <= 2, qPrintable(QString::number(wait)));
        QVERIFY2(r.connect.message.contains(u"is limiting requests right now. Try again in "_s),
            qPrintable(r.connect.message));
        QVERIFY(r.connect.message.contains(u" seconds (at "_s));
    }

    void providerErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("500 in Front's shape")
            << 500 << QByteArray("application/json")
            << ProviderAnswers::frontError(500, "Internal Server Error", "Something went wrong").body
            << int(ConnectResult::Error::ProviderError)
            << u"Front had a problem answering (HTTP 500). Try again later. Front said: “Something went wrong”"_s;
        QTest::newRow("HTML 502") << 502 << QByteArray("text/html")
                                  << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>")
                                  << int(ConnectResult::Error::ProviderError)
                                  << u"Front answered with an error page (HTTP 502) instead of data. The service may "
                                     u"be having trouble; try again later."_s;
        QTest::newRow("200 that is not JSON")
            << 200 << QByteArray("text/plain") << QByteArray("hello") << int(ConnectResult::Error::Malformed)
            << u"Front answered with something other than the JSON it documents; Keylink could not read it."_s;
        QTest::newRow("200 without identity")
            << 200 << QByteArray("application/json") << QByteArray("{}") << int(ConnectResult::Error::Malformed)
            << u"Front accepted the credentials but its answer does not say which account they belong to "
               u"(expected /id and /name)."_s;
        QTest::newRow("404") << 404 << QByteArray("application/json")
                             << ProviderAnswers::frontError(404, "Not Found", "Unknown resource").body
                             << int(ConnectResult::Error::NotFound)
                             << u"Front answered “not found” for /me. Front said: “Unknown resource”"_s;
    }

    void providerErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, error);
        QFETCH(QString, message);
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/me"_s, FakeResponse {status, body, contentType, {}, 0});
        const VerificationResult r
            = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)});
        QCOMPARE(int(r.connect.error), error);
        QCOMPARE(r.connect.message, message);
    }

    void unreachableServer()
    {
        quint16 port = 0;
        {
            FakeProviderServer closed;
            QVERIFY(closed.start());
            port = closed.url().port();
        } // the port is free again: nothing listens there
        const VerificationResult r
            = verify(u"front"_s, {{u"token"_s, FrontToken}}, {u"api2.frontapp.com=http://127.0.0.1:%1"_s.arg(port)});
        QCOMPARE(r.connect.error, ConnectResult::Error::Network);
        QCOMPARE(r.connect.message,
            u"Could not reach Front at 127.0.0.1 (Connection refused). Check your network "
            u"connection and proxy settings."_s);
    }

    void unknownHost()
    {
        QList<CatalogError> errors;
        QFile file(QStringLiteral(KEYLINK_TEST_DATA) + u"/acme/acme.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll().replace("https://api.acme.example", "https://api.keylink-test.invalid");
        std::optional<Provider> acme
            = CatalogLoader::parse(json, u"acme.json"_s, QStringLiteral(KEYLINK_TEST_DATA) + u"/acme"_s, &errors);
        QVERIFY(acme);
        CredentialVerifier verifier(ProviderAccess {&m_network, HostMap()});
        QSignalSpy finished(&verifier, &CredentialVerifier::finished);
        verifier.start(*acme, acme->authMethods.first(), {{u"token"_s, u"abcd1234"_s}}, {});
        QVERIFY(finished.wait(15000));
        const auto r = finished.first().first().value<VerificationResult>();
        QCOMPARE(r.connect.error, ConnectResult::Error::Network);
        QCOMPARE(r.connect.message,
            u"Could not find Acme's server api.keylink-test.invalid. Check your network "
            u"connection and DNS."_s);
    }

    void selfSignedCertificateIsRefusedUnlessTrusted()
    {
        FakeProviderServer server;
        server.useTls();
        QVERIFY(server.start());
        server.on(u"/me"_s, ProviderAnswers::frontMe());
        const VerificationResult refused
            = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)});
        QCOMPARE(refused.connect.error, ConnectResult::Error::Tls);
        QVERIFY2(refused.connect.message.startsWith(u"The secure connection to 127.0.0.1 failed: The certificate is "
                                                    u"self-signed, and untrusted"_s),
            qPrintable(refused.connect.message));
        QCOMPARE(server.count(u"/me"_s), 0); // the request, with its token, was never sent

        // Trusting the certificate explicitly is the only way through.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        QFile cert(QStringLiteral(KEYLINK_TEST_DATA) + u"/tls/cert.pem"_s);
        QVERIFY(cert.open(QIODevice::ReadOnly));
        trusting.addCaCertificates(QSslCertificate::fromData(cert.readAll()));
        QSslConfiguration::setDefaultConfiguration(trusting);
        QNetworkAccessManager fresh; // no cached connection from the refused attempt
        HostMap map;
        QString error;
        QVERIFY(HostMap::parse(server.mapping(u"api2.frontapp.com"_s), &map, &error));
        CredentialVerifier verifier(ProviderAccess {&fresh, map});
        QSignalSpy finished(&verifier, &CredentialVerifier::finished);
        verifier.start(*m_catalog.catalog.provider(u"front"_s), method(u"front"_s), {{u"token"_s, FrontToken}}, {});
        QVERIFY(finished.wait(10000));
        QSslConfiguration::setDefaultConfiguration(original);
        const auto trusted = finished.first().first().value<VerificationResult>();
        QVERIFY2(trusted.ok(), qPrintable(trusted.connect.message));
        QCOMPARE(trusted.identityId, u"cmp_1a2b"_s);
    }

    void slowServerTimesOut()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        FakeResponse slow = ProviderAnswers::frontMe();
        slow.delayMs = 3000;
        server.on(u"/me"_s, slow);
        const VerificationResult r
            = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)}, {}, 300);
        QCOMPARE(r.connect.error, ConnectResult::Error::Timeout);
        QCOMPARE(r.connect.message, u"Front did not answer within 1 second."_s);
    }

    void oversizedAnswerIsCut()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/me"_s, FakeResponse::json(200, "{\"pad\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}"));
        const VerificationResult r
            = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)});
        QCOMPARE(r.connect.error, ConnectResult::Error::TooLarge);
        QCOMPARE(r.connect.message, u"Front sent an answer larger than 1 MiB; Keylink stopped reading it."_s);
    }

    void cancelStopsTheRequest()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        FakeResponse slow = ProviderAnswers::frontMe();
        slow.delayMs = 3000;
        server.on(u"/me"_s, slow);
        QElapsedTimer clock;
        clock.start();
        const VerificationResult r = verify(u"front"_s, {{u"token"_s, FrontToken}},
            {server.mapping(u"api2.frontapp.com"_s)}, {}, 5000, [&server](CredentialVerifier &v) {
                // Cancel once the request is on the server.
                QTRY_COMPARE_WITH_TIMEOUT(server.count(u"/me"_s), 1, 5000);
                v.cancel();
            });
        QCOMPARE(r.connect.error, ConnectResult::Error::Cancelled);
        QCOMPARE(r.connect.message, u"Cancelled."_s);
        QVERIFY(clock.elapsed() < 2500);
    }

    void redirectToAnotherHostIsNotFollowed()
    {
        FakeProviderServer server, elsewhere;
        QVERIFY(server.start() && elsewhere.start());
        elsewhere.on(u"/me"_s, ProviderAnswers::frontMe());
        FakeResponse redirect = FakeResponse::json(302, "{}");
        redirect.headers.append({QByteArray("Location"), elsewhere.url().toString().toUtf8() + "/me"});
        server.on(u"/me"_s, redirect);
        const VerificationResult r
            = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)});
        QCOMPARE(r.connect.error, ConnectResult::Error::ProviderError);
        QCOMPARE(r.connect.message,
            u"Front redirected the request to 127.0.0.1. Keylink does not follow a redirect "
            u"to another host or to plain HTTP, so your credentials were not sent there."_s);
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    // Scheme, host and port must all match: only the host differs here
    // (localhost is this same server, reached under another name).
    void redirectToAnotherHostOnTheSamePortIsNotFollowed()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/elsewhere"_s, ProviderAnswers::frontMe());
        FakeResponse redirect = FakeResponse::json(302, "{}");
        redirect.headers.append(
            {QByteArray("Location"), u"http://localhost:%1/elsewhere"_s.arg(server.url().port()).toUtf8()});
        server.on(u"/me"_s, redirect);
        const VerificationResult r
            = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)});
        QCOMPARE(r.connect.error, ConnectResult::Error::ProviderError);
        QCOMPARE(r.connect.message,
            u"Front redirected the request to localhost. Keylink does not follow a redirect "
            u"to another host or to plain HTTP, so your credentials were not sent there."_s);
        QCOMPARE(server.count(u"/elsewhere"_s), 0);
        for (const FakeProviderServer::Seen &seen : server.requests())
            QVERIFY(seen.path == u"/me"_s);
    }

    // An id is an id: 9007199254740993 is not 9007199254740992 (a double's
    // nearest), nor 9.007199254740993e+15.
    void aNumericIdentityIsKeptExactlyAsSent()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        server.on(u"/me"_s, FakeResponse::json(200, R"({"id": 9007199254740993, "name": "Initech", "n": -1.5e3})"));
        const VerificationResult r
            = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)});
        QVERIFY2(r.ok(), qPrintable(r.connect.message));
        QCOMPARE(r.identityId, u"9007199254740993"_s);
        QCOMPARE(r.identityName, u"Initech"_s);
    }

    // What a provider says is shown, but never its terminal escapes,
    // control characters or bidirectional overrides, and never a secret
    // it echoes back.
    void providerTextIsCleanedAndNeverCarriesTheSecret()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        const QByteArray hostile = "Ini\u001b[2J\u001b]0;owned\u0007tech\u202e moc.live\u202c\nSupport\t";
        server.on(u"/me"_s, FakeResponse::json(200, R"({"id": "cmp_1\u0000", "name": ")" + hostile + R"("})"));
        VerificationResult r = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)});
        QVERIFY2(r.ok(), qPrintable(r.connect.message));
        QCOMPARE(r.identityName, u"Initech moc.live Support "_s);
        QCOMPARE(r.identityId, u"cmp_1"_s);

        server.on(u"/me"_s,
            ProviderAnswers::frontError(401, "Unauthenticated",
                "Invalid token " + FrontToken.toUtf8() + " \u001b[31mfor\u001b[0m this company"));
        r = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)});
        QCOMPARE(r.connect.error, ConnectResult::Error::InvalidCredentials);
        QCOMPARE(r.connect.providerMessage, u"Invalid token [secret] for this company"_s);
        QVERIFY(!r.connect.message.contains(FrontToken));
        QVERIFY(!r.connect.message.contains(QChar(0x1b)));
    }

    void redirectOnTheSameHostIsFollowed()
    {
        FakeProviderServer server;
        QVERIFY(server.start());
        FakeResponse redirect = FakeResponse::json(301, "{}");
        redirect.headers.append({QByteArray("Location"), QByteArray("/v2/me")});
        server.on(u"/me"_s, redirect);
        server.on(u"/v2/me"_s, ProviderAnswers::frontMe());
        const VerificationResult r
            = verify(u"front"_s, {{u"token"_s, FrontToken}}, {server.mapping(u"api2.frontapp.com"_s)});
        QVERIFY2(r.ok(), qPrintable(r.connect.message));
        QCOMPARE(server.requests().last().headers.value("authorization"), u"Bearer %1"_s.arg(FrontToken).toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestCredentialVerifier)
#include "tst_credentialverifier.moc"
