#pragma once

#include "catalog/Catalog.h"

#include <QString>
#include <QStringList>

namespace keylink {

// What to link, as named by a person or a script (a deep link, `keylink link`
// options): a provider, a sign-in method (or a unique start of its id),
// actions and scopes. resolve() finds them in the catalog once, for every
// front end; each words a problem its own way from what is here.
struct Selection {
    enum class Problem { None, UnknownProvider, UnknownMethod, UnknownAction, UnknownScope };

    const Provider *provider = nullptr;
    const AuthMethod *method = nullptr;
    QStringList actions;
    // The scopes to ask for: the actions' scopes plus the ones named, in
    // that order; with neither, the method's recommended set.
    QStringList scopes;

    Problem problem = Problem::None;
    QString unknown; // the id that was not found
    QStringList known; // the ids that would have been (methods), for the message

    bool ok() const { return problem == Problem::None; }
    static Selection resolve(const Catalog &catalog, const QString &providerId, const QString &methodId,
        const QStringList &actions, const QStringList &scopes);
};

} // namespace keylink
