#include "connect/VerificationResult.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keylink {

QString ScopeCheck::stateName(State state)
{
    switch (state) {
    case State::Granted:
        return u"granted"_s;
    case State::Missing:
        return u"missing"_s;
    case State::NotChecked:
        break;
    }
    return u"not-checked"_s;
}

ScopeCheck::State ScopeCheck::stateFromName(const QString &name)
{
    if (name == u"granted"_s)
        return State::Granted;
    if (name == u"missing"_s)
        return State::Missing;
    return State::NotChecked;
}

int VerificationResult::count(ScopeCheck::State state) const
{
    return int(
        std::count_if(scopes.cbegin(), scopes.cend(), [state](const ScopeCheck &s) { return s.state == state; }));
}

} // namespace keylink
