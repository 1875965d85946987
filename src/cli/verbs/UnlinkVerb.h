#pragma once

#include "command/Verb.h"

namespace keylink {

// `keylink unlink ACCOUNT`: removes the secret, then the account.
class UnlinkVerb : public Verb
{
    Q_OBJECT
public:
    using Verb::Verb;
    static Spec spec();
    void start() override;
};

} // namespace keylink
