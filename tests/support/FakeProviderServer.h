#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <functional>

class QHttpServerRequest;

// One canned answer of the fake provider.
struct FakeResponse {
    int status = 200;
    QByteArray body = "{}";
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static FakeResponse json(int status, const QByteArray &body) { return {status, body, "application/json", {}, 0}; }
};

// A real HTTP(S) server on 127.0.0.1 that plays a provider: answers by path,
// can answer late, and records every request it saw (headers included), so a
// test can check what Keylink sent. Test-only; never shipped.
class FakeProviderServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Seen {
        QByteArray method;
        QString path;
        QString query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    using Handler = std::function<FakeResponse(const QHttpServerRequest &)>;

    explicit FakeProviderServer(QObject *parent = nullptr);

    // Serves HTTPS with the test certificate in tests/data/tls.
    void useTls();
    bool start();
    // Down: connections to its port are refused (as a provider that is
    // unreachable); up again on the same port.
    void goOffline();
    bool goOnline();
    QUrl url() const;
    // "host=url" for KEYLINK_HOST_MAP.
    QString mapping(const QString &realHost) const { return realHost + u'=' + url().toString(); }

    void on(const QString &path, const FakeResponse &response);
    void on(const QString &path, Handler handler);

    const QList<Seen> &requests() const { return m_seen; }
    int count(const QString &path) const;
    int maxInFlight() const { return m_maxInFlight; }
    void clearRequests() { m_seen.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QHash<QString, Handler> m_handlers;
    QList<Seen> m_seen;
    quint16 m_port = 0;
    bool m_tls = false;
    bool m_offline = false;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};
