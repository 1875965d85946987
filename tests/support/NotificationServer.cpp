#include "NotificationServer.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

using namespace Qt::StringLiterals;

namespace {
const QString ServiceName = u"org.freedesktop.Notifications"_s;
const QString ObjectPath = u"/org/freedesktop/Notifications"_s;
const QString ConnectionName = u"keylink-test-notifications"_s;
} // namespace

NotificationServer::NotificationServer(QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, ConnectionName))
{ }

NotificationServer::~NotificationServer()
{
    stop();
}

bool NotificationServer::start()
{
    if (m_registered)
        return true;
    if (!m_bus.isConnected())
        return false;
    if (!m_bus.registerObject(ObjectPath, this, QDBusConnection::ExportAllSlots))
        return false;
    if (!m_bus.registerService(ServiceName)) {
        m_bus.unregisterObject(ObjectPath);
        return false;
    }
    m_registered = true;
    return true;
}

void NotificationServer::stop()
{
    if (!m_registered)
        return;
    m_bus.unregisterService(ServiceName);
    m_bus.unregisterObject(ObjectPath);
    m_registered = false;
}

uint NotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
    const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
{
    const uint id = replacesId != 0 ? replacesId : m_nextId++;
    m_received.append({id, appName, replacesId, appIcon, summary, body, actions, hints, timeout});
    Q_EMIT notified();
    return id;
}

QString NotificationServer::GetServerInformation(QString &vendor, QString &version, QString &specVersion) const
{
    vendor = u"Keylink tests"_s;
    version = u"1"_s;
    specVersion = u"1.2"_s;
    return u"keylink-test-notifications"_s;
}

void NotificationServer::CloseNotification(uint id)
{
    m_closed.append(id);
    emitSignal(u"NotificationClosed"_s, {id, 3u}); // 3: closed by a call to CloseNotification
}

void NotificationServer::invokeAction(uint id, const QString &key)
{
    emitSignal(u"ActionInvoked"_s, {id, key});
}

void NotificationServer::emitSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage signal = QDBusMessage::createSignal(ObjectPath, ServiceName, name);
    signal.setArguments(arguments);
    m_bus.send(signal);
}
