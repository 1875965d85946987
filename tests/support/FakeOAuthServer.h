#pragma once

#include "FakeProviderServer.h"

#include <QSet>

// Easyship's OAuth 2 endpoints, played on loopback: /oauth2/authorize sends
// the browser back to the redirect_uri with a code and the state; the JSON
// token endpoint checks the client, the code and its redirect_uri, and
// enforces single-use refresh tokens (a reused one gets 400 invalid_grant).
class FakeOAuthServer : public FakeProviderServer
{
    Q_OBJECT
public:
    static constexpr const char *ClientId = "keylink-test-client";
    static constexpr const char *ClientSecret = "keylink-test-client-kLsEcReT";

    explicit FakeOAuthServer(QObject *parent = nullptr);

    int refreshes = 0; // successful refresh grants
    int tokenRequests = 0;
    bool epochExpiresIn = false; // answer expires_in as a Unix time, as the docs' example does
    // false: a refresh answers without a new refresh token, and the one used
    // stays valid (providers whose refresh tokens are not single-use)
    bool rotateRefreshTokens = true;
    bool clientRevoked = false; // the application's credentials are refused for every grant
    int lifetimeSeconds = 3600;
    int tokenDelayMs = 0;
    QSet<QString> validRefreshTokens;
    QByteArray lastTokenRequestBody;

    // A refresh token the server will accept once, for tests that start from a stored link.
    QString issueRefreshToken();

private:
    FakeResponse token(const QByteArray &body);
    // Access tokens say how they were granted: at-cc-… for the client
    // credentials grant, at-ac-… for a sign-in (authorization code, refresh).
    FakeResponse tokenAnswer(const QString &scope, bool withRefresh, const char *grant);
    QHash<QString, QString> m_codes; // code -> redirect_uri
    int m_serial = 0;
};
