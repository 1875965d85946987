#include "oauth/AuthorizationFlow.h"

#include "oauth/OAuthClient.h"

#include "core/SafeText.h"

#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace keylink {

AuthorizationFlow::AuthorizationFlow(
    OAuthClient &client, QString clientId, QString clientSecret, QStringList scopes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_scopes(std::move(scopes))
{ }

AuthorizationFlow::~AuthorizationFlow() = default;

bool AuthorizationFlow::start(QString *error)
{
    // Listens on 127.0.0.1 and a free port as it is made.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    m_handler->setCallbackPath(u"/callback"_s);
    m_handler->setCallbackText(tr("Keylink received the sign-in. You can close this tab and go back to Keylink."));
    if (!m_handler->isListening()) {
        *error = tr("Keylink could not listen on 127.0.0.1 for the sign-in's answer.");
        return false;
    }
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    m_state = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
    m_redirectUri = u"http://127.0.0.1:%1/callback"_s.arg(m_handler->port());
    m_authorizeUrl = m_client.authorizeUrl(m_clientId, m_scopes, m_redirectUri, m_state);
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &AuthorizationFlow::onCallback);
    return true;
}

void AuthorizationFlow::onCallback(const QVariantMap &values)
{
    if (m_done)
        return;
    TokenResult result;
    if (values.value(u"state"_s).toString() != m_state) {
        // Not the answer to our request: someone else's, or forged. Keep waiting.
        result.connect.error = ConnectResult::Error::InvalidInput;
        result.connect.message = tr("The sign-in answer did not carry the state Keylink sent, so it was refused.");
        qWarning("refused an authorization callback with a wrong state");
        Q_EMIT refused(result.connect.message);
        return;
    }
    const QString error = SafeText::clean(values.value(u"error"_s).toString());
    if (!error.isEmpty()) {
        result.connect.error = ConnectResult::Error::InvalidCredentials;
        result.oauthError = error;
        result.connect.providerMessage
            = SafeText::clean(QUrl::fromPercentEncoding(values.value(u"error_description"_s).toByteArray()));
        result.connect.message = tr("The sign-in was not completed (%1).").arg(error);
        finish(result);
        return;
    }
    const QString code = values.value(u"code"_s).toString();
    if (code.isEmpty()) {
        result.connect.error = ConnectResult::Error::Malformed;
        result.connect.message = tr("The sign-in answer carried no authorization code.");
        finish(result);
        return;
    }
    m_handler->close();
    m_client.exchangeCode(
        m_clientId, m_clientSecret, code, m_redirectUri, m_scopes, [this](const TokenResult &r) { finish(r); });
}

void AuthorizationFlow::cancel()
{
    TokenResult result;
    result.connect.error = ConnectResult::Error::Cancelled;
    result.connect.message = tr("Cancelled.");
    finish(result);
}

void AuthorizationFlow::finish(const TokenResult &result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_handler)
        m_handler->close();
    Q_EMIT finished(result);
}

} // namespace keylink
