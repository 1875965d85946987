#include "tray/DesktopNotifier.h"

#include "core/LoggingCategories.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
constexpr int CallTimeoutMs = 5000;
const QString Interface = u"org.freedesktop.Notifications"_s;
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{ }

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    // Signals from whoever owns the name: the service may start after us.
    m_bus.connect(QString(), QString::fromLatin1(Path), Interface, u"ActionInvoked"_s, this,
        SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(
        QString(), QString::fromLatin1(Path), Interface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
}

QDBusMessage DesktopNotifier::call(const QString &method) const
{
    return QDBusMessage::createMethodCall(QString::fromLatin1(Service), QString::fromLatin1(Path), Interface, method);
}

void DesktopNotifier::show(const Notification &notification)
{
    if (!m_bus.isConnected()) {
        m_failed = true;
        Q_EMIT unavailable(tr("There is no session bus to reach the notification service."));
        return;
    }
    if (m_capabilities.has_value()) {
        send(notification);
        return;
    }
    // Actions only where the server shows them: asked once, the first time.
    m_waiting.append(notification);
    if (m_askingCapabilities)
        return;
    m_askingCapabilities = true;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call(u"GetCapabilities"_s), CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_askingCapabilities = false;
        const QDBusPendingReply<QStringList> reply = *w;
        const QList<Notification> waiting = std::exchange(m_waiting, {});
        if (reply.isError()) {
            m_failed = true;
            qCInfo(lcUi) << "no notification service:" << reply.error().message();
            Q_EMIT unavailable(reply.error().message());
            return; // asked again with the next notification
        }
        m_capabilities = reply.value();
        for (const Notification &n : waiting)
            send(n);
    });
}

void DesktopNotifier::send(const Notification &n)
{
    QStringList actions;
    const QStringList capabilities = m_capabilities.value_or(QStringList());
    if (capabilities.contains(u"actions"_s)) {
        for (const Action &a : n.actions)
            actions << a.key << a.label;
    }
    const QVariantMap hints {
        {u"desktop-entry"_s, u"io.keylink.Keylink"_s},
        {u"urgency"_s, QVariant::fromValue(uchar(n.urgent ? 2 : 1))},
        {u"category"_s, u"network"_s},
    };
    QDBusMessage message = call(u"Notify"_s);
    // A server with body-markup reads <, > and & as markup, and provider
    // texts are not markup; one without shows the body as it is.
    const QString body = capabilities.contains(u"body-markup"_s) ? n.body.toHtmlEscaped() : n.body;
    message << u"Keylink"_s << m_ids.value(n.tag, 0u) << n.iconName << n.summary << body << actions << hints << -1;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, tag = n.tag](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        m_failed = reply.isError();
        if (reply.isError()) {
            qCInfo(lcUi) << "the notification service refused a notification:" << reply.error().message();
            Q_EMIT unavailable(reply.error().message());
            return;
        }
        m_ids.insert(tag, reply.value());
        Q_EMIT shown(tag, reply.value());
    });
}

void DesktopNotifier::withdraw(const QString &tag)
{
    const auto it = m_ids.constFind(tag);
    if (it == m_ids.constEnd())
        return;
    QDBusMessage message = call(u"CloseNotification"_s);
    message << *it;
    m_bus.asyncCall(message, CallTimeoutMs);
    m_ids.erase(it);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &key)
{
    const QString tag = m_ids.key(id); // ids of other programs' notifications are not ours
    if (!tag.isNull())
        Q_EMIT actionInvoked(tag, key);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    const QString tag = m_ids.key(id);
    if (!tag.isNull())
        m_ids.remove(tag);
}

} // namespace keylink
