#include "vault/SecretServiceState.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>
#include <QPointer>

using namespace Qt::StringLiterals;

using StringMap = QMap<QString, QString>;
Q_DECLARE_METATYPE(StringMap)

namespace keylink {

namespace {

const QString Service = u"org.freedesktop.secrets"_s;

void call(const QDBusMessage &message, int timeoutMs, QObject *context, std::function<void(const QDBusMessage &)> done)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, done] {
                if (guard)
                    done(QDBusMessage::createError(u"org.freedesktop.DBus.Error.NoServer"_s, u"no session bus"_s));
            },
            Qt::QueuedConnection);
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, timeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        done(w->reply());
    });
}

} // namespace

void SecretServiceState::item(
    const QString &service, const QString &key, int timeoutMs, QObject *context, std::function<void(Item)> done)
{
    static const QMetaType registered = qDBusRegisterMetaType<StringMap>(); // once, for a{ss}
    Q_UNUSED(registered);
    QDBusMessage search = QDBusMessage::createMethodCall(
        Service, u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    search << QVariant::fromValue(StringMap {{u"server"_s, service}, {u"user"_s, key}});
    call(search, timeoutMs, context, [done](const QDBusMessage &reply) {
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
            done(Item::Unknown);
            return;
        }
        const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
        const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
        done(!locked.isEmpty() ? Item::Locked : !unlocked.isEmpty() ? Item::Unlocked : Item::Absent);
    });
}

void SecretServiceState::defaultCollectionLocked(
    int timeoutMs, QObject *context, std::function<void(std::optional<bool>)> done)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        Service, u"/org/freedesktop/secrets/aliases/default"_s, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    get << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    call(get, timeoutMs, context, [done](const QDBusMessage &reply) {
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            done(std::nullopt);
            return;
        }
        done(qdbus_cast<QDBusVariant>(reply.arguments().first()).variant().toBool());
    });
}

} // namespace keylink
