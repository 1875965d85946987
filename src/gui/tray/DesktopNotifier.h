#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QDBusPendingCallWatcher;

namespace keylink {

// Desktop notifications through the freedesktop notification service
// (org.freedesktop.Notifications, spec 1.2) over Qt D-Bus, asynchronously:
// showing one never waits for the service. A notification carries a tag; a
// later one with the same tag replaces it on screen. Actions come back as
// actionInvoked(tag, key). Where no service answers, unavailable() says why
// and nothing else happens.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    struct Action {
        QString key; // "default": a click on the notification itself
        QString label;
    };
    struct Notification {
        QString tag;
        QString summary;
        QString body; // plain text; escaped where the server reads markup
        QList<Action> actions;
        QString iconName = QStringLiteral("io.keylink.Keylink");
        bool urgent = false; // urgency "critical" instead of "normal"
    };
    static constexpr auto Service = "org.freedesktop.Notifications";
    static constexpr auto Path = "/org/freedesktop/Notifications";

    explicit DesktopNotifier(QObject *parent = nullptr);
    DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    void show(const Notification &notification);
    // Closes the notification with this tag, if one is shown.
    void withdraw(const QString &tag);
    bool lastCallFailed() const { return m_failed; }

Q_SIGNALS:
    void actionInvoked(const QString &tag, const QString &actionKey);
    void shown(const QString &tag, uint id);
    void unavailable(const QString &why);

private Q_SLOTS:
    // Slots by name: Qt D-Bus connects a bus signal only to a named slot.
    void onActionInvoked(uint id, const QString &key);
    void onClosed(uint id, uint reason);

private:
    void send(const Notification &notification);
    QDBusMessage call(const QString &method) const;

    QDBusConnection m_bus;
    std::optional<QStringList> m_capabilities; // the server's, once known (actions, body-markup)
    bool m_askingCapabilities = false;
    QList<Notification> m_waiting; // until the capabilities are known
    QHash<QString, uint> m_ids; // tag → the server's id
    bool m_failed = false;
};

} // namespace keylink
