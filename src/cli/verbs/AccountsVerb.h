#pragma once

#include "command/Verb.h"

namespace keylink {

// `keylink accounts [--json]`: the linked accounts, never a secret.
class AccountsVerb : public Verb
{
    Q_OBJECT
public:
    using Verb::Verb;
    static Spec spec();
    void start() override;

private:
    void explain(const QString &providerId);
};

} // namespace keylink
