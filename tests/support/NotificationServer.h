#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A freedesktop notification server for tests, on the test's session bus
// under org.freedesktop.Notifications, over a connection of its own: what
// Keylink sends goes through the bus daemon as it would to a desktop's
// server. It records every Notify call, can be told which capabilities to
// claim, and sends ActionInvoked as if the user clicked a button.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions; // key, label, key, label…
        QVariantMap hints;
        int timeout = 0;
    };

    explicit NotificationServer(QObject *parent = nullptr);
    ~NotificationServer() override;

    // Takes the name on the bus; false when another server has it.
    bool start();
    void stop();
    void setCapabilities(const QStringList &capabilities) { m_capabilities = capabilities; }

    const QList<Received> &received() const { return m_received; }
    QList<uint> closed() const { return m_closed; }
    void clear() { m_received.clear(); }
    // As if the user clicked the action `key` of notification `id`.
    void invokeAction(uint id, const QString &key);

public Q_SLOTS:
    // The org.freedesktop.Notifications methods (spec 1.2).
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
    QStringList GetCapabilities() const { return m_capabilities; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const;
    void CloseNotification(uint id);

Q_SIGNALS:
    void notified();

private:
    void emitSignal(const QString &name, const QVariantList &arguments);

    QDBusConnection m_bus;
    QStringList m_capabilities {QStringLiteral("actions"), QStringLiteral("body")};
    QList<Received> m_received;
    QList<uint> m_closed;
    uint m_nextId = 1;
    bool m_registered = false;
};
