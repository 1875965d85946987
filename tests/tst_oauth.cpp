#include "catalog/CatalogLoader.h"
#include "oauth/AuthorizationFlow.h"
#include "oauth/OAuthClient.h"
#include "oauth/TokenAnswer.h"
#include "oauth/TokenRefresher.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"

#include "Answer.h"
#include "FakeOAuthServer.h"
#include "FlakySecretStore.h"
#include "KeylinkProcess.h"
#include "ProviderAnswers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace keylink;

// Easyship's OAuth 2 partner application against a fake token endpoint that
// enforces single-use refresh tokens, with the real keychain.
class TestOAuth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CatalogLoadResult m_catalog;
    QNetworkAccessManager m_network;
    CredentialVault m_vault;
    FakeOAuthServer m_server;
    FakeProviderServer m_api; // public-api.easyship.com, for the verification
    HostMap m_map;
    ProviderAccess m_access; // the network manager and m_map

    QProcessEnvironment cliEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"cli-data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"cli-config"_s));
        env.insert(u"KEYLINK_HOST_MAP"_s,
            QStringList {m_server.mapping(u"auth.easyship.com"_s), m_server.mapping(u"api.easyship.com"_s),
                m_api.mapping(u"public-api.easyship.com"_s)}
                .join(u','));
        return env;
    }
    static QStringList linkArguments(const QString &grant, const QString &scopes)
    {
        return {u"link"_s, u"easyship"_s, u"--method"_s, u"oauth"_s, u"--grant"_s, grant, u"--field"_s,
            u"client_id=%1"_s.arg(QLatin1String(FakeOAuthServer::ClientId)), u"--scopes"_s, scopes};
    }

    const Provider &easyship() { return *m_catalog.catalog.provider(u"easyship"_s); }
    const AuthMethod &oauth() { return *easyship().authMethod(u"oauth-partner"_s); }

    // A linked OAuth account whose access token has expired.
    QString linkExpiredAccount(AccountStore &store, const QString &refreshToken)
    {
        Account a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.providerId = u"easyship"_s;
        a.methodId = u"oauth-partner"_s;
        a.identityId = u"CHK000001"_s;
        a.identityName = u"Globex"_s;
        a.environmentId = u"production"_s;
        a.fields = {{u"client_id"_s, QString::fromLatin1(FakeOAuthServer::ClientId)}};
        a.scopes = {u"public.shipment:read"_s};
        QString error;
        if (!store.insert(a, &error))
            qFatal("%s", qPrintable(error));
        OAuthToken expired {
            u"at-old-kLsEcReT"_s, refreshToken, u"Bearer"_s, QDateTime::currentDateTimeUtc().addSecs(-10), {}};
        SecretFields secrets {{u"client_secret"_s, QString::fromLatin1(FakeOAuthServer::ClientSecret)}};
        expired.storeIn(secrets);
        Answer<VaultResult> written;
        m_vault.write(a.id, secrets, this, written.callback());
        if (!QTest::qWaitFor([&] { return written.arrived(); }, 15000) || !written.value().ok())
            qFatal("the keychain did not take the test account's secret");
        return a.id;
    }

    SecretFields secretsOf(const QString &id)
    {
        Answer<VaultResult> read;
        m_vault.read(id, this, read.callback());
        if (!QTest::qWaitFor([&] { return read.arrived(); }, 15000))
            qFatal("the keychain did not answer");
        return read.value().secrets;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<TokenResult>();
        m_catalog = CatalogLoader::load({});
        QVERIFY(m_server.start() && m_api.start());
        m_api.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount());
        QString error;
        QVERIFY(HostMap::parse(
            QStringList {m_server.mapping(u"auth.easyship.com"_s), m_server.mapping(u"api.easyship.com"_s)}.join(u','),
            &m_map, &error));
        m_access = {&m_network, m_map};
    }

    void expiresInIsSecondsOrAUnixTime()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);
        const qint64 created = 1'750'000'000;
        QCOMPARE(TokenAnswer::expiry(7200, created, now), now.addSecs(7200));
        QCOMPARE(TokenAnswer::expiry(created + 7200, created, now), now.addSecs(7200)); // the docs' epoch form
        QCOMPARE(TokenAnswer::expiry(7200, 0, now), now.addSecs(7200));
        QCOMPARE(TokenAnswer::expiry(created + 7200, 0, now), now.addSecs(7200));
        QVERIFY(!TokenAnswer::expiry(0, created, now).isValid());

        OAuthToken token;
        QString error, description;
        QVERIFY(!TokenAnswer::parse(
            R"({"error":"unauthorized_client","error_description":"No."})", now, &token, &error, &description));
        QCOMPARE(error, u"unauthorized_client"_s);
        QCOMPARE(description, u"No."_s);
    }

    // Found by fuzz_tokenanswer: a huge expires_in was converted to an integer
    // with undefined behaviour. Odd numbers now mean "not said" or the latest
    // representable time, never garbage.
    void oddExpiryNumbersAreReadSafely()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);
        auto expiresAt = [&](const QByteArray &expiresIn) {
            OAuthToken token;
            QString error, description;
            const bool ok = TokenAnswer::parse(
                R"({"access_token":"at-kLsEcReT","expires_in":)" + expiresIn + "}", now, &token, &error, &description);
            return ok ? token.expiresAt : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        };
        QCOMPARE(expiresAt("1.79e119"), QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC));
        QCOMPARE(
            expiresAt("179000888888888888888888888888"), QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC));
        QVERIFY(!expiresAt("-5").isValid());
        QVERIFY(!expiresAt("\"soon\"").isValid());
        QCOMPARE(expiresAt("3600.9"), now.addSecs(3600));
    }

    void clientCredentialsSendTheDeclaredJsonBody()
    {
        OAuthClient client(m_access, easyship(), oauth());
        Answer<TokenResult> answer;
        client.clientCredentials(QString::fromLatin1(FakeOAuthServer::ClientId),
            QString::fromLatin1(FakeOAuthServer::ClientSecret), {u"public.shipment:read"_s, u"public.label:write"_s},
            answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 10000);
        QVERIFY2(answer.value().ok(), qPrintable(answer.value().connect.message));
        QVERIFY(answer.value().token.accessToken.startsWith(u"at-"_s));
        QVERIFY(answer.value().token.refreshToken.isEmpty());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(answer.value().token.expiresAt) - 3600) < 5);
        QCOMPARE(answer.value().token.scopes, QStringList({u"public.shipment:read"_s, u"public.label:write"_s}));
        const QJsonObject body = QJsonDocument::fromJson(m_server.lastTokenRequestBody).object();
        QCOMPARE(body.value(u"grant_type"_s).toString(), u"client_credentials"_s);
        QCOMPARE(body.value(u"scope"_s).toString(), u"public.shipment:read public.label:write"_s);
        QCOMPARE(m_server.requests().last().headers.value("content-type"), QByteArray("application/json"));
    }

    void aWrongClientSecretIsAClearRefusal()
    {
        OAuthClient client(m_access, easyship(), oauth());
        Answer<TokenResult> answer;
        client.clientCredentials(
            QString::fromLatin1(FakeOAuthServer::ClientId), u"wrong"_s, {u"public.shipment:read"_s}, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 10000);
        QCOMPARE(answer.value().connect.error, ConnectResult::Error::InvalidCredentials);
        QCOMPARE(answer.value().oauthError, u"unauthorized_client"_s);
        QCOMPARE(answer.value().connect.message,
            u"Easyship refused the application's credentials (unauthorized_client). "
            u"Easyship said: “The client is not authorized to use this grant.”"_s);
    }

    void epochExpiresInIsUnderstood()
    {
        m_server.epochExpiresIn = true;
        OAuthClient client(m_access, easyship(), oauth());
        Answer<TokenResult> answer;
        client.clientCredentials(QString::fromLatin1(FakeOAuthServer::ClientId),
            QString::fromLatin1(FakeOAuthServer::ClientSecret), {u"public.shipment:read"_s}, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 10000);
        m_server.epochExpiresIn = false;
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(answer.value().token.expiresAt) - 3600) < 5);
    }

    void theBrowserFlowEndToEnd()
    {
        OAuthClient client(m_access, easyship(), oauth());
        AuthorizationFlow flow(client, QString::fromLatin1(FakeOAuthServer::ClientId),
            QString::fromLatin1(FakeOAuthServer::ClientSecret), {u"public.shipment:read"_s});
        QString error;
        QVERIFY2(flow.start(&error), qPrintable(error));
        QVERIFY(flow.redirectUri().startsWith(u"http://127.0.0.1:"_s));
        const QUrlQuery query(flow.authorizeUrl());
        QCOMPARE(flow.authorizeUrl().path(), u"/oauth2/authorize"_s);
        QCOMPARE(flow.authorizeUrl().host(), u"127.0.0.1"_s); // auth.easyship.com, through KEYLINK_HOST_MAP
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), flow.redirectUri());
        QCOMPARE(query.queryItemValue(u"state"_s).size(), 32);

        // The test plays the browser: the authorize page sends it back to Keylink.
        QSignalSpy finished(&flow, &AuthorizationFlow::finished);
        QNetworkRequest browse(m_map.apply(flow.authorizeUrl()));
        browse.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *page = m_network.get(browse);
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), 10000);
        QVERIFY(page->readAll().contains("You can close this tab and go back to Keylink."));
        page->deleteLater();
        QVERIFY(finished.wait(10000) || !finished.isEmpty());
        const auto result = finished.first().first().value<TokenResult>();
        QVERIFY2(result.ok(), qPrintable(result.connect.message));
        QVERIFY(result.token.refreshToken.startsWith(u"rt-"_s));
        const QJsonObject body = QJsonDocument::fromJson(m_server.lastTokenRequestBody).object();
        QCOMPARE(body.value(u"grant_type"_s).toString(), u"authorization_code"_s);
        QCOMPARE(body.value(u"redirect_uri"_s).toString(), flow.redirectUri());
    }

    void aCallbackWithTheWrongStateIsRefused()
    {
        OAuthClient client(m_access, easyship(), oauth());
        AuthorizationFlow flow(client, QString::fromLatin1(FakeOAuthServer::ClientId),
            QString::fromLatin1(FakeOAuthServer::ClientSecret), {u"public.shipment:read"_s});
        QString error;
        QVERIFY(flow.start(&error));
        QSignalSpy refused(&flow, &AuthorizationFlow::refused);
        QSignalSpy finished(&flow, &AuthorizationFlow::finished);
        QNetworkReply *forged
            = m_network.get(QNetworkRequest(QUrl(flow.redirectUri() + u"?code=stolen&state=guess"_s)));
        QVERIFY(refused.wait(10000));
        QCOMPARE(refused.first().first().toString(),
            u"The sign-in answer did not carry the state Keylink sent, so it was refused."_s);
        QVERIFY(finished.isEmpty()); // still waiting for the real answer
        forged->deleteLater();
        flow.cancel();
        QCOMPARE(finished.size(), 1);
    }

    void fiftyConcurrentCallersShareOneRefresh()
    {
        AccountStore store(m_dir.filePath(u"fifty.db"_s));
        store.open();
        const QString id = linkExpiredAccount(store, m_server.issueRefreshToken());
        TokenRefresher refresher(m_catalog.catalog, m_access, m_vault, store);
        const int before = m_server.refreshes;
        m_server.tokenDelayMs = 100; // the refresh is still running while the others ask
        QList<TokenResult> results;
        for (int i = 0; i < 50; ++i)
            refresher.accessToken(id, this, [&](const TokenResult &r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 50, 15000);
        m_server.tokenDelayMs = 0;
        QCOMPARE(m_server.refreshes - before, 1);
        for (const TokenResult &r : std::as_const(results)) {
            QVERIFY2(r.ok(), qPrintable(r.connect.message));
            QCOMPARE(r.token.accessToken, results.first().token.accessToken);
        }
        // The keychain holds the new refresh token, and the old one is gone.
        const SecretFields saved = secretsOf(id);
        QCOMPARE(saved.value(u"access_token"_s), results.first().token.accessToken);
        QVERIFY(m_server.validRefreshTokens.contains(saved.value(u"refresh_token"_s)));
        QVERIFY(store.account(id)->tokenExpiresAt.isValid());

        // Not expired any more: no further refresh.
        Answer<TokenResult> again;
        refresher.accessToken(id, this, again.callback());
        QTRY_VERIFY_WITH_TIMEOUT(again.arrived(), 10000);
        QCOMPARE(m_server.refreshes - before, 1);
    }

    void aFailedKeychainWriteKeepsTheLinkUsable()
    {
        AccountStore store(m_dir.filePath(u"flaky.db"_s));
        store.open();
        const QString id = linkExpiredAccount(store, m_server.issueRefreshToken());
        FlakySecretStore flaky(m_vault);
        flaky.failWrites = 3; // every retry of this refresh fails
        TokenRefresher refresher(m_catalog.catalog, m_access, flaky, store);
        refresher.setWriteRetries(3, 10);
        const int before = m_server.refreshes;

        Answer<TokenResult> first;
        refresher.accessToken(id, this, first.callback());
        QTRY_VERIFY_WITH_TIMEOUT(first.arrived(), 15000);
        QVERIFY(!first.value().ok()); // never used before it is saved
        QVERIFY(first.value().connect.message.startsWith(u"The access token was refreshed, but the keychain did not "
                                                         u"take the new tokens"_s));
        QCOMPARE(m_server.refreshes - before, 1);
        QVERIFY(refresher.hasUnsavedTokens(id));

        // The keychain recovers: the kept tokens are saved and used, with no
        // second refresh (the old refresh token would be refused by now).
        Answer<TokenResult> second;
        refresher.accessToken(id, this, second.callback());
        QTRY_VERIFY_WITH_TIMEOUT(second.arrived(), 15000);
        QVERIFY2(second.value().ok(), qPrintable(second.value().connect.message));
        QCOMPARE(m_server.refreshes - before, 1);
        QVERIFY(!refresher.hasUnsavedTokens(id));
        QCOMPARE(secretsOf(id).value(u"access_token"_s), second.value().token.accessToken);
    }

    // A provider may answer a refresh without a new refresh token: the one
    // in the keychain is still the one to use next time (RFC 6749, 6).
    void aRefreshWithoutANewRefreshTokenKeepsTheStoredOne()
    {
        AccountStore store(m_dir.filePath(u"kept.db"_s));
        store.open();
        const QString refreshToken = m_server.issueRefreshToken();
        const QString id = linkExpiredAccount(store, refreshToken);
        TokenRefresher refresher(m_catalog.catalog, m_access, m_vault, store);
        m_server.rotateRefreshTokens = false;
        const int before = m_server.refreshes;
        Answer<TokenResult> answer;
        refresher.accessToken(id, this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 15000);
        m_server.rotateRefreshTokens = true;
        QVERIFY2(answer.value().ok(), qPrintable(answer.value().connect.message));
        QCOMPARE(m_server.refreshes - before, 1);
        const SecretFields saved = secretsOf(id);
        QCOMPARE(saved.value(u"access_token"_s), answer.value().token.accessToken);
        QCOMPARE(saved.value(u"refresh_token"_s), refreshToken);
        QCOMPARE(saved.value(u"granted_scope"_s), u"public.shipment:read"_s);
    }

    // Refresh tokens are single-use: several processes asking for the token
    // of one expired account at once spend it once. The others wait for the
    // account's lock, read the keychain again, and use what the first one
    // got.
    void processesAskingAtOnceRefreshOnce()
    {
        AccountStore store(m_dir.filePath(u"cli-data/keylink/keylink.db"_s));
        QVERIFY(store.open());
        const QString id = linkExpiredAccount(store, m_server.issueRefreshToken());
        const int before = m_server.refreshes;
        m_server.tokenDelayMs = 300; // each refresh still running while the others start
        QList<std::shared_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i) {
            auto p = std::make_shared<QProcess>();
            QProcessEnvironment env = cliEnvironment();
            env.remove(u"QT_QPA_PLATFORM"_s);
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(KEYLINK_EXECUTABLE), {u"token"_s, id});
            processes.append(p);
        }
        QStringList tokens;
        for (const auto &p : std::as_const(processes)) {
            QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 30000);
            QCOMPARE(p->exitCode(), 0);
            tokens.append(QString::fromUtf8(p->readAllStandardOutput()).trimmed());
        }
        m_server.tokenDelayMs = 0;
        QCOMPARE(m_server.refreshes - before, 1);
        QVERIFY(tokens.first().startsWith(u"at-ac-"_s));
        for (const QString &t : std::as_const(tokens))
            QCOMPARE(t, tokens.first());
        const SecretFields saved = secretsOf(id);
        QCOMPARE(saved.value(u"access_token"_s), tokens.first());
        QVERIFY(m_server.validRefreshTokens.contains(saved.value(u"refresh_token"_s)));
        QCOMPARE(runKeylink({u"unlink"_s, id}, cliEnvironment()).exitCode, 0);
    }

    void cliLinksWithClientCredentialsAndHandsOutTheToken()
    {
        const KeylinkRun link = runKeylink(linkArguments(u"client-credentials"_s, u"public.shipment:read"_s),
            cliEnvironment(), QByteArray(FakeOAuthServer::ClientSecret) + "\n");
        QVERIFY2(link.exitCode == 0, qPrintable(link.err));
        QVERIFY(link.out.startsWith(u"Linked Easyship account “Globex Shipping” (CHK000001), production.\n"_s));
        QCOMPARE(m_api.requests().last().headers.value("authorization").left(10), QByteArray("Bearer at-"));
        const QString id = link.out.section(u"Account id: "_s, 1).left(36);
        const KeylinkRun token = runKeylink({u"token"_s, id}, cliEnvironment());
        QCOMPARE(token.exitCode, 0);
        QVERIFY(token.out.startsWith(u"at-"_s));
        const KeylinkRun secret = runKeylink({u"token"_s, id, u"--field"_s, u"client_secret"_s}, cliEnvironment());
        QCOMPARE(secret.out, QString::fromLatin1(FakeOAuthServer::ClientSecret) + u"\n"_s);
        const KeylinkRun list = runKeylink({u"accounts"_s, u"--json"_s}, cliEnvironment());
        QVERIFY(!list.out.contains(token.out.trimmed()));
        QVERIFY(!list.out.contains(QLatin1String(FakeOAuthServer::ClientSecret)));
        QCOMPARE(runKeylink({u"unlink"_s, id}, cliEnvironment()).exitCode, 0);
    }

    void cliRefusesMixedScopeFamilies()
    {
        const KeylinkRun r = runKeylink(linkArguments(u"client-credentials"_s, u"public.shipment:read,shipment"_s),
            cliEnvironment(), QByteArray(FakeOAuthServer::ClientSecret) + "\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.endsWith(u"keylink: An OAuth 2 application supports only one type of API scopes: the scopes "
                               u"introduced with Public API 2024-09 and the older ones can never be mixed on a single "
                               u"application.\n"_s));
    }

    void cliAuthorizationCodeWithoutABrowser()
    {
        // The test plays the browser, at the address keylink prints.
        const KeylinkRun link = runKeylinkSigningIn(
            linkArguments(u"authorization-code"_s, u"public.shipment:read"_s) << u"--no-browser"_s, cliEnvironment(),
            QByteArray(FakeOAuthServer::ClientSecret) + "\n", m_network);
        QVERIFY2(link.exitCode == 0, qPrintable(link.err));
        const QString url = link.out.section(u"\n  "_s, 1).section(u'\n', 0, 0);
        QVERIFY2(url.startsWith(m_server.url().toString() + u"/oauth2/authorize?"_s), qPrintable(url));
        QVERIFY2(link.out.contains(u"Linked Easyship account"_s), qPrintable(link.out));
        const QString id = link.out.section(u"Account id: "_s, 1).left(36);
        QCOMPARE(runKeylink({u"unlink"_s, id}, cliEnvironment()).exitCode, 0);
    }

    void aRejectedRefreshAsksToSignInAgain()
    {
        AccountStore store(m_dir.filePath(u"rejected.db"_s));
        store.open();
        const QString id = linkExpiredAccount(store, u"rt-already-used-kLsEcReT"_s);
        TokenRefresher refresher(m_catalog.catalog, m_access, m_vault, store);
        Answer<TokenResult> answer;
        refresher.accessToken(id, this, answer.callback());
        QTRY_VERIFY_WITH_TIMEOUT(answer.arrived(), 15000);
        QCOMPARE(answer.value().oauthError, u"invalid_grant"_s);
        QCOMPARE(store.account(id)->status, Account::Status::NeedsAttention);
        QVERIFY(
            store.account(id)->statusMessage.startsWith(u"Sign in again: Easyship no longer accepts this sign-in"_s));
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
