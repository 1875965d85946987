#pragma once

#include "command/Verb.h"

namespace keylink {

// `keylink default PROVIDER [ACCOUNT]`: which account a provider id stands
// for (`keylink token front`), or make ACCOUNT that account.
class DefaultVerb : public Verb
{
    Q_OBJECT
public:
    using Verb::Verb;
    static Spec spec();
    void start() override;
};

} // namespace keylink
