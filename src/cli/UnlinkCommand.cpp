#include "cli/UnlinkCommand.h"

#include "cli/AccountPrinter.h"
#include "link/LinkService.h"

using namespace Qt::StringLiterals;

namespace keylink {

void UnlinkCommand::start()
{
    const Account *account = accountArgument();
    if (!account)
        return;
    m_links = new LinkService(m_context.secrets(), m_context.store(), this);
    m_links->unlink(account->id, [this](const LinkOutcome &outcome) {
        if (!outcome.ok()) {
            done(m_context.fail(outcome.result == LinkOutcome::Result::KeychainFailed ? CommandLine::KeychainError
                                                                                      : CommandLine::Failure,
                outcome.message));
            return;
        }
        m_context.out() << "Unlinked " << AccountPrinter::oneLine(m_context.catalog(), outcome.account) << "\n";
        m_context.out().flush();
        done(CommandLine::Success);
    });
}

} // namespace keylink
