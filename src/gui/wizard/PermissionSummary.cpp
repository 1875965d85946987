#include "wizard/PermissionSummary.h"

using namespace Qt::StringLiterals;

namespace keylink {

PermissionSummary::PermissionSummary(
    const Provider &provider, const AuthMethod &method, const QStringList &actions, const QList<ScopeCheck> &scopes)
{
    int granted = 0;
    int notCheckable = 0;
    QStringList unchecked; // the reason of each scope that was not checked
    for (const ScopeCheck &check : scopes) {
        switch (check.state) {
        case ScopeCheck::State::Granted:
            ++granted;
            break;
        case ScopeCheck::State::Missing:
            m_missing.append(check.scope);
            for (const Action &action : method.actions) {
                if (action.scopes.contains(check.scope) && actions.contains(action.id)
                    && !m_broken.contains(action.label))
                    m_broken.append(action.label);
            }
            break;
        case ScopeCheck::State::NotChecked: {
            // A token's scopes are probed when the catalog has a probe; an
            // OAuth token's are not probed at all, so there the reason is
            // what the token answer said, not a missing probe.
            const Scope *known = method.scope(check.scope);
            if (method.kind == AuthMethod::Kind::Token && known && !known->probe)
                ++notCheckable;
            else
                unchecked.append(check.message);
            break;
        }
        }
    }

    if (granted > 0)
        m_lines.append({Kind::Granted, granted, tr("%n scope(s) granted", nullptr, granted)});
    if (!m_missing.isEmpty()) {
        const int n = int(m_missing.size());
        const QString names = m_missing.join(u", "_s);
        m_lines.append({Kind::Missing, n,
            m_broken.isEmpty()
                ? tr("%n scope(s) missing: %1 — anything that needs them will fail", nullptr, n).arg(names)
                : tr("%n scope(s) missing: %1 — these actions will not work: %2", nullptr, n)
                      .arg(names, m_broken.join(u", "_s))});
    }
    if (notCheckable > 0) {
        m_lines.append({Kind::NotCheckable, notCheckable,
            tr("%n scope(s) not checkable: %1 offers no read-only check for them", nullptr, notCheckable)
                .arg(provider.name)});
    }
    if (!unchecked.isEmpty()) {
        const int n = int(unchecked.size());
        // One reason for all is said once; different reasons are in the list.
        const bool oneReason = unchecked.count(unchecked.first()) == n;
        QString text;
        if (oneReason && !unchecked.first().isEmpty())
            text = tr("%n scope(s) not checked: %1", nullptr, n).arg(unchecked.first());
        else if (oneReason)
            text = tr("%n scope(s) not checked", nullptr, n);
        else
            text = tr("%n scope(s) not checked; the list of scopes gives the reason for each", nullptr, n);
        m_lines.append({Kind::NotChecked, n, text});
    }
}

} // namespace keylink
