#include "FakeProviderServer.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

FakeProviderServer::FakeProviderServer(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

void FakeProviderServer::useTls()
{
    QFile cert(QStringLiteral(KEYLINK_TEST_DATA) + u"/tls/cert.pem"_s);
    QFile key(QStringLiteral(KEYLINK_TEST_DATA) + u"/tls/key.pem"_s);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        qFatal("test certificate missing");
    sslSetup(QSslCertificate(cert.readAll()), QSslKey(key.readAll(), QSsl::Rsa));
    m_tls = true;
}

bool FakeProviderServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

void FakeProviderServer::goOffline()
{
    m_offline = true; // a connection kept alive from before is dropped at its next request
    for (QTcpServer *server : servers())
        server->close();
}

bool FakeProviderServer::goOnline()
{
    m_offline = false;
    const QList<QTcpServer *> all = servers();
    return !all.isEmpty() && (all.first()->isListening() || all.first()->listen(QHostAddress::LocalHost, m_port));
}

QUrl FakeProviderServer::url() const
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_port));
}

void FakeProviderServer::on(const QString &path, const FakeResponse &response)
{
    on(path, [response](const QHttpServerRequest &) { return response; });
}

void FakeProviderServer::on(const QString &path, Handler handler)
{
    m_handlers.insert(path, std::move(handler));
}

int FakeProviderServer::count(const QString &path) const
{
    return int(std::count_if(m_seen.cbegin(), m_seen.cend(), [&](const Seen &s) { return s.path == path; }));
}

bool FakeProviderServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_offline) {
        socket->abort();
        return true;
    }
    const QHttpServerRequest::Method method = request.method();
    const QByteArray name = method == QHttpServerRequest::Method::Get ? QByteArray("GET")
        : method == QHttpServerRequest::Method::Post                  ? QByteArray("POST")
        : method == QHttpServerRequest::Method::Head                  ? QByteArray("HEAD")
        : method == QHttpServerRequest::Method::Put                   ? QByteArray("PUT")
        : method == QHttpServerRequest::Method::Patch                 ? QByteArray("PATCH")
        : method == QHttpServerRequest::Method::Delete                ? QByteArray("DELETE")
                                                                      : QByteArray("OTHER");
    Seen seen {name, request.url().path(), request.url().query(), {}, request.body()};
    for (const auto &[name, value] : request.headers())
        seen.headers.insert(name.toLower(), value);
    m_seen.append(seen);

    const auto it = m_handlers.constFind(seen.path);
    if (it == m_handlers.constEnd())
        return false;
    const FakeResponse answer = (*it)(request);

    QHttpServerResponse response(
        answer.contentType, answer.body, static_cast<QHttpServerResponder::StatusCode>(answer.status));
    for (const auto &[name, value] : answer.headers)
        response.addHeader(name, value);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
    auto send = [this, responder, response = std::make_shared<QHttpServerResponse>(std::move(response))] {
        --m_inFlight;
        response->write(std::move(*responder));
    };
    if (answer.delayMs > 0)
        QTimer::singleShot(answer.delayMs, this, send);
    else
        send();
    return true;
}

void FakeProviderServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(R"({"error":"no such path in the fake provider"})", "application/json",
            QHttpServerResponder::StatusCode::NotFound);
}
