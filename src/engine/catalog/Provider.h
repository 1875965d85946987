#pragma once

#include "catalog/AuthMethod.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace keylink {

// Where a provider puts the parts of an error answer (JSON pointers).
struct ErrorShape {
    QString message;
    QString title;
    QString status;
    QString code;
    QString type;
    QString details;
    QString requestId;
    QHash<QString, int> codes; // documented error codes and their HTTP status
};

struct RateLimitSpec {
    QString summary;
    QString limitHeader;
    QString remainingHeader;
    QString resetHeader;
    QString resetFormat; // "epoch" or "seconds"
    QString retryAfterHeader;
    QRegularExpression retryInMessage; // one capture group: the delay
    QString retryInMessageUnit; // "milliseconds" or "seconds"
};

struct ListShape {
    QString results; // JSON pointer to the array of items
    QString next; // JSON pointer to the next page's URL
};

// A fact the catalog relies on that no authoritative source confirmed.
struct Unconfirmed {
    QString topic;
    QString guess;
};

struct Provider {
    QString id;
    QString name;
    QString description;
    QString iconPath; // resolved: a resource path or a file beside the catalog file
    QUrl homepage;
    QUrl dashboard;
    QStringList warnings;
    // Schema 2: for the provider picker's search and grouping, and where the
    // file's facts come from.
    QString category;
    QStringList keywords;
    struct Source {
        QUrl url;
        QString about;
    };
    QList<Source> sources;
    static QStringList categories();
    ErrorShape errors;
    RateLimitSpec rateLimit;
    ListShape list;
    QList<Unconfirmed> unconfirmed;
    QList<AuthMethod> authMethods;

    QString sourceFile;
    bool builtIn = false;
    // The validated file as written, for machine-readable output.
    QJsonObject definition;

    const AuthMethod *authMethod(const QString &id) const;
};

} // namespace keylink
