#include "link/Selection.h"

namespace keylink {

Selection Selection::resolve(const Catalog &catalog, const QString &providerId, const QString &methodId,
    const QStringList &actions, const QStringList &scopes)
{
    Selection s;
    s.provider = catalog.provider(providerId);
    if (!s.provider) {
        s.problem = Problem::UnknownProvider;
        s.unknown = providerId;
        return s;
    }
    s.method = methodId.isEmpty() ? &s.provider->authMethods.first() : s.provider->authMethod(methodId);
    if (!s.method) {
        // A unique start of the id will do: --method oauth for oauth-partner.
        QList<const AuthMethod *> matches;
        for (const AuthMethod &m : s.provider->authMethods) {
            if (m.id.startsWith(methodId))
                matches.append(&m);
        }
        if (matches.size() == 1)
            s.method = matches.first();
    }
    if (!s.method) {
        s.problem = Problem::UnknownMethod;
        s.unknown = methodId;
        for (const AuthMethod &m : s.provider->authMethods)
            s.known.append(m.id);
        return s;
    }
    for (const QString &action : actions) {
        if (!s.method->action(action)) {
            s.problem = Problem::UnknownAction;
            s.unknown = action;
            return s;
        }
    }
    s.actions = actions;
    s.scopes = s.method->scopesForActions(actions);
    for (const QString &scope : scopes) {
        if (!s.method->scope(scope)) {
            s.problem = Problem::UnknownScope;
            s.unknown = scope;
            return s;
        }
        if (!s.scopes.contains(scope))
            s.scopes.append(scope);
    }
    if (s.scopes.isEmpty())
        s.scopes = s.method->recommendedScopes;
    return s;
}

} // namespace keylink
