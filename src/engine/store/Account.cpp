#include "store/Account.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

QString isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QString Account::statusName(Status status)
{
    switch (status) {
    case Status::Verified:
        return u"verified"_s;
    case Status::NeedsAttention:
        return u"needs-attention"_s;
    case Status::Unreachable:
        return u"unreachable"_s;
    case Status::Expired:
        return u"expired"_s;
    case Status::NotChecked:
        break;
    }
    return u"not-checked"_s;
}

QDateTime Account::expiresAt() const
{
    if (credentialExpiresAt.isValid() && userExpiresAt.isValid())
        return qMin(credentialExpiresAt, userExpiresAt);
    return credentialExpiresAt.isValid() ? credentialExpiresAt : userExpiresAt;
}

Account::Status Account::statusAt(const QDateTime &now) const
{
    const QDateTime end = expiresAt();
    if (!end.isValid() || now < end)
        return status;
    // A user's date can be wrong: a check after it that got through wins.
    if (status == Status::Verified && lastVerified >= end)
        return status;
    return Status::Expired;
}

void Account::record(const CheckRecord &check)
{
    history.append(check);
    while (history.size() > CheckRecord::Kept)
        history.removeFirst();
}

QJsonObject Account::toJson() const
{
    QJsonArray checks;
    for (const CheckRecord &c : history)
        checks.append(c.toJson());
    QJsonArray permissionList;
    for (const ScopeCheck &p : permissions) {
        permissionList.append(QJsonObject {
            {u"scope"_s, p.scope}, {u"state"_s, ScopeCheck::stateName(p.state)}, {u"message"_s, p.message}});
    }
    return {
        {u"id"_s, id},
        {u"provider"_s, providerId},
        {u"method"_s, methodId},
        {u"label"_s, label},
        {u"identity"_s, QJsonObject {{u"id"_s, identityId}, {u"name"_s, identityName}}},
        {u"environment"_s, environmentId},
        {u"fields"_s,
            [this] {
                QJsonObject object;
                for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                    object.insert(it.key(), it.value());
                return object;
            }()},
        {u"actions"_s, toArray(actions)},
        {u"scopes"_s, toArray(scopes)},
        {u"permissions"_s, permissionList},
        {u"linkedAt"_s, isoDate(linkedAt)},
        {u"lastVerified"_s, isoDate(lastVerified)},
        {u"tokenExpiresAt"_s, isoDate(tokenExpiresAt)},
        {u"credentialExpiresAt"_s, isoDate(credentialExpiresAt)},
        {u"expiresOn"_s, isoDate(userExpiresAt)},
        {u"unreachableSince"_s, isoDate(unreachableSince)},
        {u"history"_s, checks},
        {u"reminded"_s, QJsonObject {{u"for"_s, isoDate(remindedFor)}, {u"stage"_s, remindedStage}}},
        {u"default"_s, isDefault},
        {u"status"_s, statusName(status)},
        {u"statusMessage"_s, statusMessage},
    };
}

bool Account::fromJson(const QJsonObject &json, Account *account, QString *error)
{
    Account a;
    a.id = json.value(u"id"_s).toString();
    a.providerId = json.value(u"provider"_s).toString();
    a.methodId = json.value(u"method"_s).toString();
    if (a.id.isEmpty() || a.providerId.isEmpty() || a.methodId.isEmpty()) {
        *error = QCoreApplication::translate("keylink::Account", "an account without id, provider or method");
        return false;
    }
    a.label = json.value(u"label"_s).toString();
    const QJsonObject identity = json.value(u"identity"_s).toObject();
    a.identityId = identity.value(u"id"_s).toString();
    a.identityName = identity.value(u"name"_s).toString();
    a.environmentId = json.value(u"environment"_s).toString();
    const QJsonObject fields = json.value(u"fields"_s).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        a.fields.insert(it.key(), it.value().toString());
    a.actions = toStrings(json.value(u"actions"_s));
    a.scopes = toStrings(json.value(u"scopes"_s));
    for (const QJsonValue &p : json.value(u"permissions"_s).toArray()) {
        a.permissions.append(ScopeCheck {
            p[u"scope"_s].toString(), ScopeCheck::stateFromName(p[u"state"_s].toString()), p[u"message"_s].toString()});
    }
    a.linkedAt = QDateTime::fromString(json.value(u"linkedAt"_s).toString(), Qt::ISODateWithMs);
    a.lastVerified = QDateTime::fromString(json.value(u"lastVerified"_s).toString(), Qt::ISODateWithMs);
    a.tokenExpiresAt = QDateTime::fromString(json.value(u"tokenExpiresAt"_s).toString(), Qt::ISODateWithMs);
    a.isDefault = json.value(u"default"_s).toBool();
    a.credentialExpiresAt = QDateTime::fromString(json.value(u"credentialExpiresAt"_s).toString(), Qt::ISODateWithMs);
    a.userExpiresAt = QDateTime::fromString(json.value(u"expiresOn"_s).toString(), Qt::ISODateWithMs);
    a.unreachableSince = QDateTime::fromString(json.value(u"unreachableSince"_s).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &c : json.value(u"history"_s).toArray())
        a.history.append(CheckRecord::fromJson(c.toObject()));
    const QJsonObject reminded = json.value(u"reminded"_s).toObject();
    a.remindedFor = QDateTime::fromString(reminded.value(u"for"_s).toString(), Qt::ISODateWithMs);
    a.remindedStage = reminded.value(u"stage"_s).toInt(-1);
    const QString status = json.value(u"status"_s).toString();
    a.status = status == u"verified"_s   ? Status::Verified
        : status == u"needs-attention"_s ? Status::NeedsAttention
        : status == u"unreachable"_s     ? Status::Unreachable
                                         : Status::NotChecked;
    a.statusMessage = json.value(u"statusMessage"_s).toString();
    *account = a;
    return true;
}

} // namespace keylink
