#pragma once

#include "connect/HttpOutcome.h"
#include "core/Timeouts.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace keylink {

// One GET (or POST) on the shared QNetworkAccessManager, with the rules every provider
// call follows: a whole-request deadline, a cap on the body, cancellation, and
// redirects followed only to the same scheme, host and port (so a credential
// header never travels to another host). Emits finished() exactly once.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultMaxBody = qint64(1024) * 1024;
    // How much of an answer Qt may hold before this reads it: with no bound
    // the network thread buffers an endless body far past the cap.
    static constexpr qint64 ReadBufferSize = qint64(64) * 1024;
    static constexpr int MaxRedirects = 5;

    HttpExchange(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpExchange() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxBody(qint64 bytes) { m_maxBody = bytes; }

    void get(const QNetworkRequest &request);
    // A POST with a body (OAuth token requests). Redirects are not followed.
    void post(const QNetworkRequest &request, const QByteArray &body);
    // Any other method (PUT, PATCH, DELETE: keylink api), with an optional
    // body. Like a POST it is never replayed elsewhere.
    void sendCustom(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }
    // Replies given up while the answer was still coming (timeout, cap,
    // cancel). Qt's network thread may go on reading such an answer for as
    // long as the server sends it, and QNetworkAccessManager waits up to 5 s
    // for that thread when it goes: a command that gave up on one exits
    // without waiting (Launcher).
    static int abandonedReplies();

Q_SIGNALS:
    void finished(const keylink::HttpOutcome &outcome);

private:
    void send(const QNetworkRequest &request);
    void begin();
    void onReadyRead();
    void onFinished();
    void finish(HttpOutcome outcome);
    void abortWith(HttpOutcome::Kind kind, const QString &detail = {});

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QNetworkRequest m_request;
    QTimer m_deadline;
    QByteArray m_body;
    int m_timeoutMs = Timeouts::DefaultRequestMs;
    qint64 m_maxBody = DefaultMaxBody;
    int m_redirects = 0;
    QByteArray m_postBody;
    bool m_isPost = false;
    QByteArray m_customVerb; // set: neither GET nor POST
    bool m_done = false;
    // Set before abort(): the reason the reply is being torn down.
    std::optional<HttpOutcome::Kind> m_abortKind;
    QString m_abortDetail;
};

} // namespace keylink
