#include "connect/HttpExchange.h"

#include "core/LoggingCategories.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace keylink {

HttpExchange::HttpExchange(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(HttpOutcome::Kind::Timeout); });
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::begin()
{
    m_done = false;
    m_redirects = 0;
    m_deadline.start(m_timeoutMs);
}

void HttpExchange::get(const QNetworkRequest &request)
{
    begin();
    m_isPost = false;
    m_customVerb.clear();
    send(request);
}

void HttpExchange::post(const QNetworkRequest &request, const QByteArray &body)
{
    begin();
    m_isPost = true;
    m_customVerb.clear();
    m_postBody = body;
    m_redirects = MaxRedirects; // a POST is never replayed elsewhere
    send(request);
}

void HttpExchange::sendCustom(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body)
{
    begin();
    m_isPost = false;
    m_customVerb = verb;
    m_postBody = body;
    m_redirects = MaxRedirects; // never replayed elsewhere
    send(request);
}

void HttpExchange::send(const QNetworkRequest &request)
{
    m_request = request;
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 over plain sockets to test servers trips Qt 6.4; HTTP/1.1 is
    // what the providers document anyway.
    m_request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    m_body.clear();
    m_abortKind.reset();
    if (!m_customVerb.isEmpty())
        m_reply = m_network->sendCustomRequest(m_request, m_customVerb, m_postBody);
    else
        m_reply = m_isPost ? m_network->post(m_request, m_postBody) : m_network->get(m_request);
    m_reply->setReadBufferSize(ReadBufferSize);
    qCDebug(lcConnect) << (!m_customVerb.isEmpty() ? m_customVerb.constData()
            : m_isPost                             ? "POST"
                                                   : "GET")
                       << m_request.url().toDisplayString(QUrl::RemoveQuery);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    // TLS errors are never ignored: the reply fails and we report why.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_abortDetail = texts.join(u"; "_s);
    });
}

void HttpExchange::cancel()
{
    abortWith(HttpOutcome::Kind::Cancelled);
}

namespace {
std::atomic<int> abandoned {0};
} // namespace

int HttpExchange::abandonedReplies()
{
    return abandoned.load();
}

void HttpExchange::abortWith(HttpOutcome::Kind kind, const QString &detail)
{
    if (!m_reply || m_done)
        return;
    ++abandoned;
    m_abortKind = kind;
    if (!detail.isEmpty())
        m_abortDetail = detail;
    m_reply->abort(); // emits finished() synchronously
}

void HttpExchange::onReadyRead()
{
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (declared > m_maxBody) {
        abortWith(HttpOutcome::Kind::TooLarge);
        return;
    }
    // Everything Qt holds, so that it reads on; past the cap, stop at once,
    // whatever the transfer encoding.
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBody)
        abortWith(HttpOutcome::Kind::TooLarge);
}

void HttpExchange::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply.clear();

    HttpOutcome outcome;
    outcome.url = reply->url();
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        outcome.headers.append({pair.first, pair.second});
    if (!m_abortKind && reply->bytesAvailable() > 0)
        m_body += reply->read(m_maxBody + 1 - m_body.size());
    outcome.body = m_body;

    if (m_abortKind) {
        outcome.kind = *m_abortKind;
        outcome.detail = m_abortDetail;
        finish(outcome);
        return;
    }
    if (outcome.body.size() > m_maxBody) {
        outcome.kind = HttpOutcome::Kind::TooLarge;
        finish(outcome);
        return;
    }

    const QNetworkReply::NetworkError error = reply->error();
    if (outcome.status == 0) { // no HTTP answer at all
        switch (error) {
        case QNetworkReply::HostNotFoundError:
            outcome.kind = HttpOutcome::Kind::HostNotFound;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            outcome.kind = HttpOutcome::Kind::Tls;
            break;
        case QNetworkReply::OperationCanceledError:
            outcome.kind = HttpOutcome::Kind::Cancelled;
            break;
        case QNetworkReply::TimeoutError:
            outcome.kind = HttpOutcome::Kind::Timeout;
            break;
        default:
            outcome.kind = HttpOutcome::Kind::Unreachable;
            break;
        }
        outcome.detail
            = outcome.kind == HttpOutcome::Kind::Tls && !m_abortDetail.isEmpty() ? m_abortDetail : reply->errorString();
        finish(outcome);
        return;
    }

    if (outcome.status >= 300 && outcome.status < 400 && outcome.status != 304) {
        const QUrl target = outcome.url.resolved(QUrl::fromEncoded(outcome.header("Location")));
        const bool sameOrigin = target.scheme() == outcome.url.scheme() && target.host() == outcome.url.host()
            && target.port() == outcome.url.port();
        if (!target.isValid() || !sameOrigin || m_redirects >= MaxRedirects) {
            outcome.kind = HttpOutcome::Kind::Redirected;
            outcome.detail = target.isValid() ? target.host() : QString();
            finish(outcome);
            return;
        }
        ++m_redirects;
        QNetworkRequest next = m_request;
        next.setUrl(target);
        send(next);
        return;
    }

    outcome.kind = HttpOutcome::Kind::Answered;
    finish(outcome);
}

void HttpExchange::finish(HttpOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    qCDebug(lcConnect) << "answer" << outcome.status << "kind" << int(outcome.kind) << "bytes" << outcome.body.size();
    Q_EMIT finished(outcome);
}

} // namespace keylink
