#pragma once

#include "command/Verb.h"

namespace keylink {

// `keylink log [ACCOUNT] [--json]`: when a secret left Keylink, for which
// account, by which verb and to which program. Never a value.
class LogVerb : public Verb
{
    Q_OBJECT
public:
    using Verb::Verb;
    static Spec spec();
    void start() override;
};

} // namespace keylink
