#include "connect/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace keylink {

QJsonValue JsonPointer::resolve(const QJsonValue &document, const QString &pointer)
{
    if (pointer.isEmpty())
        return document;
    if (!pointer.startsWith(u'/'))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = document;
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (QString token : tokens) {
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString JsonPointer::text(const QJsonValue &document, const QString &pointer)
{
    const QJsonValue value = resolve(document, pointer);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 16);
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString())
                parts.append(item.toString());
        }
        return parts.join(u"; "_s);
    }
    default:
        return {};
    }
}

} // namespace keylink
