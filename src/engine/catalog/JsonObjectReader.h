#pragma once

#include "catalog/CatalogError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace keylink {

// Reads one JSON object of a catalog file while keeping its JSON path, so every
// problem is reported as "file: $.path.to.key: what is wrong; expected what".
// Keys that were never asked for are reported by finish() as unknown, which
// catches typos such as "lable".
class JsonObjectReader
{
public:
    enum Presence { Required, Optional };

    JsonObjectReader(const QJsonObject &object, const QString &path, const QString &file, QList<CatalogError> *errors);

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const;
    static QString childPath(const QString &parent, const QString &key);
    const QJsonObject &raw() const { return m_object; }
    bool has(const QString &key) const { return m_object.contains(key); }

    QString string(const QString &key, Presence presence = Required);
    QString oneOf(
        const QString &key, const QStringList &allowed, Presence presence = Required, const QString &fallback = {});
    QString identifier(const QString &key, const QString &pattern, const QString &expected);
    QUrl httpsUrl(const QString &key, Presence presence = Required);
    bool boolean(const QString &key, bool fallback);
    int integer(const QString &key, Presence presence = Required, int fallback = 0);
    QStringList strings(const QString &key, Presence presence = Required);
    std::optional<JsonObjectReader> object(const QString &key, Presence presence = Required);
    QList<JsonObjectReader> objects(const QString &key, Presence presence = Required, bool nonEmpty = false);
    // A string-to-string object (e.g. headers), sorted by key: QJsonObject
    // does not keep the file's order.
    QList<std::pair<QString, QString>> stringMap(const QString &key, Presence presence = Required);

    void error(const QString &key, const QString &problem, const QString &expected = {});
    void errorAtPath(const QString &path, const QString &problem, const QString &expected = {});
    // Reports every key of this object that no accessor asked for.
    void finish();
    // For a key read through raw(): not unknown.
    void markRead(const QString &key) { m_seen.insert(key); }

    const QString &file() const { return m_file; }
    QList<CatalogError> *errors() const { return m_errors; }

private:
    // The value when present; otherwise reports it missing if required.
    std::optional<QJsonValue> present(const QString &key, Presence presence, const QString &expected);
    // The value when present and of the wanted type; otherwise reports why.
    std::optional<QJsonValue> typed(
        const QString &key, Presence presence, const QString &expected, bool (QJsonValue::*isType)() const);
    static QString typeName(const QJsonValue &value);

    QJsonObject m_object;
    QString m_path;
    QString m_file;
    QList<CatalogError> *m_errors = nullptr;
    QSet<QString> m_seen;
};

} // namespace keylink
