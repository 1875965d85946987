#pragma once

#include "catalog/CatalogLoader.h"
#include "command/Verb.h"

#include <QJsonObject>

namespace keylink {

// `keylink providers [--json]`: the catalog, for people or for tools.
class ProvidersVerb : public Verb
{
    Q_OBJECT
public:
    using Verb::Verb;
    static Spec spec();
    void start() override;

    static QJsonObject toJson(const CatalogLoadResult &catalog);
    static QString toText(const CatalogLoadResult &catalog);
    // Per-method counts: fields, scopes, actions, scopes the actions use, probes.
    static QJsonObject counts(const AuthMethod &method);
};

} // namespace keylink
