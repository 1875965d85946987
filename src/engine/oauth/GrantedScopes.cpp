#include "oauth/GrantedScopes.h"

namespace keylink {

QList<ScopeCheck> GrantedScopes::check(
    const QString &providerName, const QStringList &asked, const QStringList &granted)
{
    QList<ScopeCheck> checks;
    for (const QString &scope : asked) {
        ScopeCheck c {scope, ScopeCheck::State::NotChecked, {}};
        if (granted.isEmpty())
            c.message = tr("%1 did not say which scopes it granted.").arg(providerName);
        else if (granted.contains(scope))
            c.state = ScopeCheck::State::Granted;
        else {
            c.state = ScopeCheck::State::Missing;
            c.message = tr("%1 did not grant this scope to the application.").arg(providerName);
        }
        checks.append(c);
    }
    return checks;
}

} // namespace keylink
