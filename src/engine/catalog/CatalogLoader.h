#pragma once

#include "catalog/Catalog.h"
#include "catalog/CatalogError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keylink {

struct CatalogLoadResult {
    Catalog catalog;
    // Problems in files that were skipped. A bad user file never takes a
    // built-in provider down with it.
    QList<CatalogError> errors;
};

class CatalogLoader
{
public:
    static constexpr int SchemaVersion = 2; // version 1 files load unchanged
    static constexpr qint64 MaxFileSize = qint64(4) * 1024 * 1024; // the largest real provider file is 60 KiB

    // ":/providers": the files compiled into Keylink.
    static QString builtInDirectory();
    // "$XDG_DATA_HOME/keylink/providers": where in-house providers are dropped.
    static QString userDirectory();

    // Built-in providers, then every *.json in each directory (a missing
    // directory is not an error: most people never create one).
    static CatalogLoadResult load(const QStringList &userDirectories);

    static std::optional<Provider> parseFile(const QString &path, bool builtIn, QList<CatalogError> *errors);
    // baseDirectory resolves the relative icon path.
    static std::optional<Provider> parse(
        const QByteArray &json, const QString &fileName, const QString &baseDirectory, QList<CatalogError> *errors);
};

} // namespace keylink
