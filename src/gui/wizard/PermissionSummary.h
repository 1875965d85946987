#pragma once

#include "catalog/Provider.h"
#include "connect/VerificationResult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace keylink {

// A new link's permissions in a few lines, one per kind of result, so eleven
// scopes that cannot be checked for the same reason are one line, not
// eleven identical rows: "3 scopes granted", "1 scope missing: events:*:read
// — these actions will not work: List Events", "11 scopes not checkable:
// Easyship offers no read-only check for them".
class PermissionSummary
{
    Q_DECLARE_TR_FUNCTIONS(keylink::PermissionSummary)

public:
    enum class Kind {
        Granted,
        Missing,
        NotCheckable, // the catalog knows no read-only check for the scope
        NotChecked, // a check was possible but gave no answer, or the provider did not say
    };
    struct Line {
        Kind kind = Kind::Granted;
        int count = 0;
        QString text;
    };

    // `actions`: the chosen actions, to say which of them a missing scope breaks.
    PermissionSummary(const Provider &provider, const AuthMethod &method, const QStringList &actions,
        const QList<ScopeCheck> &scopes);

    // In the order granted, missing, not checkable, not checked; kinds
    // without a scope have no line.
    const QList<Line> &lines() const { return m_lines; }
    const QStringList &missingScopes() const { return m_missing; }
    // The chosen actions that need a missing scope, by their labels.
    const QStringList &brokenActions() const { return m_broken; }

private:
    QList<Line> m_lines;
    QStringList m_missing;
    QStringList m_broken;
};

} // namespace keylink
