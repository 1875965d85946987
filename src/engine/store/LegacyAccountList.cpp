#include "store/LegacyAccountList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace keylink {

bool LegacyAccountList::parse(const QByteArray &content, LegacyAccountList *list, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError) {
        *why = tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!doc.isObject() || !root.value(u"accounts"_s).isArray()) {
        *why = tr("not a Keylink account list");
        return false;
    }
    if (root.value(u"version"_s).toInt() != FormatVersion) {
        *why = tr("format version %1, this Keylink reads version %2")
                   .arg(root.value(u"version"_s).toInt())
                   .arg(FormatVersion);
        return false;
    }
    LegacyAccountList result;
    QSet<QString> ids;
    for (const QJsonValue &value : root.value(u"accounts"_s).toArray()) {
        Account account;
        QString entryError;
        if (!Account::fromJson(value.toObject(), &account, &entryError)) {
            *why = entryError;
            return false;
        }
        // Each id names one keychain entry: two accounts cannot share one
        // (found by fuzz_accountfile: a save then merged them).
        if (ids.contains(account.id)) {
            *why = tr("two accounts share the id %1").arg(account.id);
            return false;
        }
        ids.insert(account.id);
        result.accounts.append(account);
    }
    for (const QJsonValue &value : root.value(u"pending"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(u"id"_s).toString();
        // A mark without an id names nothing to clean up; drop it.
        if (!id.isEmpty())
            result.pending.append({id, o.value(u"pid"_s).toInteger()});
    }
    *list = result;
    return true;
}

} // namespace keylink
