#pragma once

#include "store/Account.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace keylink {

struct AuthMethod;

// What linking an identity again changes on its account: the label, the
// actions and the scopes. The wizard asks with it before it saves; the
// command line reports it after.
struct LinkChanges {
    Q_DECLARE_TR_FUNCTIONS(keylink::LinkChanges)

public:
    QString labelBefore, labelAfter; // equal when the label stays
    QStringList actionsAdded, actionsRemoved;
    QStringList scopesAdded, scopesRemoved;

    // `after`: the new link; an empty label there keeps the old one, as the
    // store does.
    static LinkChanges between(const Account &before, const Account &after);
    bool labelChanges() const { return labelBefore != labelAfter; }
    bool isEmpty() const;
    // One line per change, actions by their labels when the method knows
    // them: "Label: “Support” → “Sales”", "Actions added: List Tags".
    QStringList describe(const AuthMethod *method) const;
    QJsonObject toJson() const;
};

} // namespace keylink
