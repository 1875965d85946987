#include "catalog/JsonObjectReader.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace keylink {

JsonObjectReader::JsonObjectReader(
    const QJsonObject &object, const QString &path, const QString &file, QList<CatalogError> *errors)
    : m_object(object)
    , m_path(path)
    , m_file(file)
    , m_errors(errors)
{ }

QString JsonObjectReader::childPath(const QString &parent, const QString &key)
{
    // A plain key ([A-Za-z_][A-Za-z0-9_]*) reads as .key; anything else as
    // ["key"]. Checked by hand: a child path is built for every object read.
    auto isLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; };
    const bool plain = !key.isEmpty() && isLetter(key.front())
        && std::all_of(key.begin(), key.end(), [&](QChar c) { return isLetter(c) || (c >= u'0' && c <= u'9'); });
    if (plain)
        return parent + u'.' + key;
    return parent + u"[\""_s + key + u"\"]"_s;
}

QString JsonObjectReader::pathOf(const QString &key) const
{
    return childPath(m_path, key);
}

QString JsonObjectReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

void JsonObjectReader::error(const QString &key, const QString &problem, const QString &expected)
{
    errorAtPath(key.isEmpty() ? m_path : pathOf(key), problem, expected);
}

void JsonObjectReader::errorAtPath(const QString &path, const QString &problem, const QString &expected)
{
    m_errors->append(CatalogError {m_file, path, problem, expected});
}

std::optional<QJsonValue> JsonObjectReader::typed(
    const QString &key, Presence presence, const QString &expected, bool (QJsonValue::*isType)() const)
{
    const std::optional<QJsonValue> value = present(key, presence, expected);
    if (value && !(*value.*isType)()) {
        error(key, u"is %1"_s.arg(typeName(*value)), expected);
        return std::nullopt;
    }
    return value;
}

std::optional<QJsonValue> JsonObjectReader::present(const QString &key, Presence presence, const QString &expected)
{
    // One lookup, not contains() then value(): QJsonObject searches its keys
    // linearly, and this runs for every key of every catalog file.
    m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it != m_object.constEnd())
        return *it;
    if (presence == Required)
        error(key, u"missing"_s, expected);
    return std::nullopt;
}

QString JsonObjectReader::string(const QString &key, Presence presence)
{
    const QString expected = u"a non-empty string"_s;
    const std::optional<QJsonValue> value = typed(key, presence, expected, &QJsonValue::isString);
    if (!value)
        return {};
    const QString text = value->toString();
    if (text.trimmed().isEmpty()) {
        error(key, u"is empty"_s, expected);
        return {};
    }
    return text;
}

QString JsonObjectReader::oneOf(
    const QString &key, const QStringList &allowed, Presence presence, const QString &fallback)
{
    const QString expected = u"one of: "_s + allowed.join(u", "_s);
    const std::optional<QJsonValue> found = present(key, presence, expected);
    if (!found)
        return fallback;
    const QJsonValue &value = *found;
    if (!value.isString() || !allowed.contains(value.toString())) {
        error(key,
            value.isString() ? u"\"%1\" is not allowed"_s.arg(value.toString()) : u"is %1"_s.arg(typeName(value)),
            expected);
        return fallback;
    }
    return value.toString();
}

QString JsonObjectReader::identifier(const QString &key, const QString &pattern, const QString &expected)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    // Compiled once per pattern: compiling (and JIT-compiling) one for every
    // id was most of the time a catalog took to load.
    thread_local QHash<QString, QRegularExpression> compiled;
    auto re = compiled.constFind(pattern);
    if (re == compiled.constEnd())
        re = compiled.insert(pattern, QRegularExpression(pattern));
    if (!re->match(text).hasMatch()) {
        error(key, u"\"%1\" is not a valid id"_s.arg(text), expected);
        return {};
    }
    return text;
}

QUrl JsonObjectReader::httpsUrl(const QString &key, Presence presence)
{
    const QString text = string(key, presence);
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty()) {
        error(key, u"\"%1\" is not an https URL"_s.arg(text), u"an absolute https:// URL"_s);
        return {};
    }
    return url;
}

bool JsonObjectReader::boolean(const QString &key, bool fallback)
{
    const std::optional<QJsonValue> value = typed(key, Optional, u"true or false"_s, &QJsonValue::isBool);
    return value ? value->toBool() : fallback;
}

int JsonObjectReader::integer(const QString &key, Presence presence, int fallback)
{
    const std::optional<QJsonValue> found = present(key, presence, u"a whole number"_s);
    if (!found)
        return fallback;
    const QJsonValue &value = *found;
    const double number = value.toDouble(0.5);
    // Range first: converting 3e66 to int is undefined behaviour (found by
    // fuzz_catalog).
    if (value.isDouble() && !(number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())) {
        error(key, u"is out of range"_s, u"a whole number"_s);
        return fallback;
    }
    if (!value.isDouble() || number != std::trunc(number)) {
        error(key, u"is %1"_s.arg(value.isDouble() ? u"a fraction"_s : typeName(value)), u"a whole number"_s);
        return fallback;
    }
    return int(number);
}

QStringList JsonObjectReader::strings(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> value
        = typed(key, presence, u"an array of non-empty strings"_s, &QJsonValue::isArray);
    if (!value)
        return {};
    QStringList list;
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            errorAtPath(u"%1[%2]"_s.arg(pathOf(key)).arg(i),
                item.isString() ? u"is empty"_s : u"is %1"_s.arg(typeName(item)), u"a non-empty string"_s);
            continue;
        }
        list.append(item.toString());
    }
    return list;
}

std::optional<JsonObjectReader> JsonObjectReader::object(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> value = typed(key, presence, u"an object"_s, &QJsonValue::isObject);
    if (!value)
        return std::nullopt;
    return JsonObjectReader(value->toObject(), pathOf(key), m_file, m_errors);
}

QList<JsonObjectReader> JsonObjectReader::objects(const QString &key, Presence presence, bool nonEmpty)
{
    const QString expected = nonEmpty ? u"a non-empty array of objects"_s : u"an array of objects"_s;
    const std::optional<QJsonValue> value = typed(key, presence, expected, &QJsonValue::isArray);
    if (!value)
        return {};
    const QJsonArray array = value->toArray();
    if (nonEmpty && array.isEmpty())
        error(key, u"is empty"_s, expected);
    QList<JsonObjectReader> readers;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = u"%1[%2]"_s.arg(pathOf(key)).arg(i);
        if (!array.at(i).isObject()) {
            errorAtPath(itemPath, u"is %1"_s.arg(typeName(array.at(i))), u"an object"_s);
            continue;
        }
        readers.append(JsonObjectReader(array.at(i).toObject(), itemPath, m_file, m_errors));
    }
    return readers;
}

QList<std::pair<QString, QString>> JsonObjectReader::stringMap(const QString &key, Presence presence)
{
    std::optional<JsonObjectReader> map = object(key, presence);
    if (!map)
        return {};
    QList<std::pair<QString, QString>> pairs;
    for (const QString &name : map->raw().keys()) {
        const QString value = map->string(name);
        if (!value.isEmpty())
            pairs.append({name, value});
    }
    return pairs;
}

void JsonObjectReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_seen.contains(it.key()))
            continue;
        QStringList known(m_seen.cbegin(), m_seen.cend());
        known.sort();
        error(it.key(), u"unknown key \"%1\""_s.arg(it.key()), u"one of: "_s + known.join(u", "_s));
    }
}

} // namespace keylink
