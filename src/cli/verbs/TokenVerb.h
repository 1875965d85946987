#pragma once

#include "command/Verb.h"
#include "vault/VaultResult.h"

#include <optional>

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

private:
    // `read`: the account's keychain entry, when it was read already.
    void printSecret(const Account &account, const std::optional<VaultResult> &read);
};

} // namespace keylink
