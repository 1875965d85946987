#pragma once

#include "connect/VerificationResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace keylink {

// An OAuth application's scopes are not probed: the token answer says which
// ones the provider granted. Each asked-for scope is granted or missing by
// that list, or not checked when the provider did not send one.
class GrantedScopes
{
    Q_DECLARE_TR_FUNCTIONS(keylink::GrantedScopes)

public:
    static QList<ScopeCheck> check(const QString &providerName, const QStringList &asked, const QStringList &granted);
};

} // namespace keylink
