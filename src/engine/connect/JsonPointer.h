#pragma once

#include <QJsonValue>
#include <QString>

namespace keylink {

// RFC 6901 JSON pointers ("/account/name", "/_results/0"), as the catalog
// uses them to say where a provider puts things in its answers.
class JsonPointer
{
public:
    // Undefined when the pointer leads nowhere.
    static QJsonValue resolve(const QJsonValue &document, const QString &pointer);
    // The value as text: strings as they are, numbers without ".0",
    // arrays of strings joined with "; ". Empty for anything else.
    static QString text(const QJsonValue &document, const QString &pointer);
};

} // namespace keylink
