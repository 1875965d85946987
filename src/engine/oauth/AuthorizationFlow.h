#pragma once

#include "oauth/TokenResult.h"

#include <QObject>
#include <QUrl>

class QOAuthHttpServerReplyHandler;

namespace keylink {

class OAuthClient;

// The authorization code grant: a loopback listener on 127.0.0.1 and a free
// port (Qt Network Authorization's reply handler, which also shows the
// "go back to Keylink" page), a random state, the browser step, and the code
// exchanged for tokens. A callback with a wrong or missing state is refused.
class AuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    AuthorizationFlow(
        OAuthClient &client, QString clientId, QString clientSecret, QStringList scopes, QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    // Starts listening; false (and why) when no port can be had.
    bool start(QString *error);
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QString redirectUri() const { return m_redirectUri; }
    void cancel();

Q_SIGNALS:
    void finished(const keylink::TokenResult &result);
    // A callback with the wrong state was refused; the flow goes on waiting.
    void refused(const QString &message);

private:
    void onCallback(const QVariantMap &values);
    void finish(const TokenResult &result);

    OAuthClient &m_client;
    QString m_clientId;
    QString m_clientSecret;
    QStringList m_scopes;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    QString m_state;
    QString m_redirectUri;
    QUrl m_authorizeUrl;
    bool m_done = false;
};

} // namespace keylink
