#include "catalog/AuthMethod.h"

#include "catalog/FindById.h"

#include <QSet>

#include <algorithm>

namespace keylink {

const Field *AuthMethod::field(const QString &id) const
{
    return findById(fields, id);
}
const Scope *AuthMethod::scope(const QString &id) const
{
    return findById(scopes, id);
}
const Action *AuthMethod::action(const QString &id) const
{
    return findById(actions, id);
}

QStringList AuthMethod::scopesForActions(const QStringList &actionIds) const
{
    QSet<QString> needed;
    for (const QString &id : actionIds) {
        if (const Action *a = action(id))
            needed.unite(QSet<QString>(a->scopes.cbegin(), a->scopes.cend()));
    }
    QStringList ordered;
    for (const Scope &s : scopes) {
        if (needed.contains(s.id))
            ordered.append(s.id);
    }
    return ordered;
}

QStringList AuthMethod::actionsNeeding(const QString &scopeId) const
{
    QStringList labels;
    for (const Action &a : actions) {
        if (a.scopes.contains(scopeId))
            labels.append(a.label);
    }
    return labels;
}

const Environment *AuthMethod::environmentFor(const QString &environmentFieldValue) const
{
    for (const Environment &env : environments) {
        if (env.tokenPrefixes.isEmpty())
            return &env;
        for (const QString &prefix : env.tokenPrefixes) {
            if (environmentFieldValue.startsWith(prefix))
                return &env;
        }
    }
    return nullptr;
}

QString AuthMethod::scopeSelectionProblem(const QStringList &scopeIds) const
{
    if (!exclusiveScopeFamilies)
        return {};
    QSet<QString> families;
    for (const QString &id : scopeIds) {
        if (const Scope *s = scope(id))
            families.insert(s->family);
    }
    return families.size() > 1 ? exclusiveScopeFamiliesReason : QString();
}

int AuthMethod::probeCount() const
{
    return int(std::count_if(scopes.cbegin(), scopes.cend(), [](const Scope &s) { return s.probe.has_value(); }));
}

} // namespace keylink
