#pragma once

#include "accounts/Account.h"
#include "connect/VerificationResult.h"
#include "vault/VaultResult.h"

namespace keylink {

// What checking one linked account again found.
struct CheckOutcome {
    enum class Kind {
        Checked, // the provider answered (or could not be asked): see verification
        KeychainFailed, // the secret could not be read: the keychain is the problem, not the account
        Failed, // the account cannot be checked at all (provider gone, list not saved)
    };
    QString accountId;
    Kind kind = Kind::Failed;
    VerificationResult verification;
    VaultResult vault;
    QString message;
    Account account; // as saved after the check
};

} // namespace keylink
