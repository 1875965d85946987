#pragma once

#include "command/Verb.h"

namespace keylink {

// `keylink token ACCOUNT [--field NAME]`: prints one secret field, for
// scripts (an OAuth account's access token, refreshed first if need be).
class TokenVerb : public Verb
{
    Q_OBJECT
public:
    using Verb::Verb;
    static Spec spec();
    void start() override;
};

} // namespace keylink
