#pragma once

#include "connect/VerificationResult.h"
#include "store/Account.h"
#include "vault/VaultResult.h"

namespace keylink {

// What checking one linked account again found.
struct CheckOutcome {
    enum class Kind {
        Checked, // the provider answered (or could not be asked): see verification
        KeychainFailed, // the secret could not be read: the keychain is the problem, not the account
        Failed, // the account cannot be checked at all (provider gone, list not saved)
        Gone, // not linked (any more): unlinked before or while it was checked
    };
    QString accountId;
    Kind kind = Kind::Failed;
    VerificationResult verification;
    VaultResult vault;
    QString message;
    Account account; // as saved after the check
};

} // namespace keylink
