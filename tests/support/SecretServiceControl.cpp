#include "SecretServiceControl.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"org.freedesktop.secrets"_s;
const QString Login = u"/org/freedesktop/secrets/collection/login"_s;

// org.freedesktop.Secret.Secret: (oayays)
struct Secret {
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const Secret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Secret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

QDBusMessage call(const QString &path, const QString &interface, const QString &method, const QVariantList &args)
{
    QDBusMessage m = QDBusMessage::createMethodCall(Service, path, interface, method);
    m.setArguments(args);
    return QDBusConnection::sessionBus().call(m, QDBus::Block, 10000);
}

bool ok(const QDBusMessage &reply, QString *error)
{
    if (reply.type() == QDBusMessage::ReplyMessage)
        return true;
    *error = reply.errorName() + u": "_s + reply.errorMessage();
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Secret)

namespace SecretServiceControl {

bool lockLogin(QString *error)
{
    return ok(call(u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s, u"Lock"_s,
                  {QVariant::fromValue(QList<QDBusObjectPath> {QDBusObjectPath(Login)})}),
        error);
}

bool unlockLogin(QString *error)
{
    qDBusRegisterMetaType<Secret>();
    const QDBusMessage session = call(u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s,
        u"OpenSession"_s, {u"plain"_s, QVariant::fromValue(QDBusVariant(QString()))});
    if (!ok(session, error))
        return false;
    const Secret secret {session.arguments().at(1).value<QDBusObjectPath>(), {},
        qEnvironmentVariable("KEYLINK_TEST_KEYRING_PASSWORD").toUtf8(), u"text/plain"_s};
    return ok(
        call(u"/org/freedesktop/secrets"_s, u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s,
            u"UnlockWithMasterPassword"_s, {QVariant::fromValue(QDBusObjectPath(Login)), QVariant::fromValue(secret)}),
        error);
}

bool isLoginLocked()
{
    const QDBusMessage reply = call(
        Login, u"org.freedesktop.DBus.Properties"_s, u"Get"_s, {u"org.freedesktop.Secret.Collection"_s, u"Locked"_s});
    return reply.type() == QDBusMessage::ReplyMessage
        && qvariant_cast<QDBusVariant>(reply.arguments().value(0)).variant().toBool();
}

qint64 daemonPid()
{
    return QDBusConnection::sessionBus().interface()->servicePid(Service).value();
}

} // namespace SecretServiceControl
