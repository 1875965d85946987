#pragma once

#include "cli/CliCommand.h"

namespace keylink {

class LinkService;

// keylink unlink ACCOUNT: removes the secret, then the metadata.
class UnlinkCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    LinkService *m_links = nullptr;
};

} // namespace keylink
