#include "window/SingleInstance.h"

#include "core/LoggingCategories.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keylink {

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + u"/keylink-%1.socket"_s.arg(getuid());
}

bool SingleInstance::handOff(const QString &request, int timeoutMs)
{
    // Blocking waits before the event loop starts: there is no window yet.
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(request.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the running instance to acknowledge, so no request is lost.
    return socket.waitForReadyRead(timeoutMs) && socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(QString *error)
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath())) {
        // A socket left by a crashed instance: nobody answers on it.
        QLocalServer::removeServer(socketPath());
        if (!m_server->listen(socketPath())) {
            *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            // A request is a keylink:// link, one line: anything longer is
            // not one, and is not buffered without end.
            client->setReadBufferSize(MaxRequestBytes + 1);
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (!client->canReadLine()) {
                    if (client->bytesAvailable() > MaxRequestBytes) {
                        qCWarning(lcUi) << "refused a request of more than" << MaxRequestBytes << "bytes";
                        client->abort();
                    }
                    return;
                }
                const QString request = QString::fromUtf8(client->readLine()).trimmed();
                client->write("ok\n");
                client->flush();
                Q_EMIT requested(request);
            });
        }
    });
    return true;
}

} // namespace keylink
