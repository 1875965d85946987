#pragma once

#include "store/Account.h"
#include "vault/VaultResult.h"

#include <QString>

#include <optional>

namespace keylink {

struct LinkOutcome {
    enum class Result {
        Linked, // a new account
        Updated, // the same account linked again, updated in place
        Unlinked,
        KeychainFailed, // nothing was saved (or, unlinking, nothing removed)
        StoreFailed, // the metadata could not be written; the secret was put back as it was
    };
    Result result = Result::KeychainFailed;
    Account account;
    // Updated: the account as it was before, to say what changed.
    std::optional<Account> previous;
    QString message;
    VaultResult::Error vaultError = VaultResult::Error::None;

    bool ok() const { return result == Result::Linked || result == Result::Updated || result == Result::Unlinked; }
};

} // namespace keylink
