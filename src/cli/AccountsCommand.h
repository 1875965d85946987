#pragma once

#include "cli/CliCommand.h"

namespace keylink {

// keylink accounts [--json]: the linked accounts, never a secret.
class AccountsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;
};

} // namespace keylink
