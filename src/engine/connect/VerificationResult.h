#pragma once

#include "connect/ConnectResult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace keylink {

struct ScopeCheck {
    enum class State { Granted, Missing, NotChecked };
    QString scope;
    State state = State::NotChecked;
    QString message; // why missing / why not checked; the provider's words when it gave any

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

// Everything one verification found out.
struct VerificationResult {
    ConnectResult connect; // ok, or why the credential could not be confirmed
    QString environmentId;
    QString environmentLabel;
    QString identityId;
    QString identityName;
    QList<ScopeCheck> scopes;
    QStringList notes; // things worth telling that are not failures
    QDateTime expiresAt; // when the provider says the credential expires; invalid when it does not

    bool ok() const { return connect.ok(); }
    int count(ScopeCheck::State state) const;
};

} // namespace keylink
