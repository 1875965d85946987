#pragma once

#include "catalog/CatalogLoader.h"

#include <QJsonObject>
#include <QTextStream>

namespace keylink {

// `keylink providers [--json]`: the catalog, for people or for tools.
class ProvidersCommand
{
public:
    static int run(const CatalogLoadResult &catalog, bool json, QTextStream &out);
    static QJsonObject toJson(const CatalogLoadResult &catalog);
    static QString toText(const CatalogLoadResult &catalog);
    // Per-method counts: fields, scopes, actions, scopes the actions use, probes.
    static QJsonObject counts(const AuthMethod &method);
};

} // namespace keylink
