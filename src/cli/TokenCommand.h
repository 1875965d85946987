#pragma once

#include "cli/CliCommand.h"

namespace keylink {

// keylink token ACCOUNT [--field NAME]: prints one secret field, for scripts.
class TokenCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;
};

} // namespace keylink
