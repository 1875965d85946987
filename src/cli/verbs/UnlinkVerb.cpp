#include "verbs/UnlinkVerb.h"

#include "command/AccountPrinter.h"
#include "link/LinkService.h"
#include "services/Services.h"

using namespace Qt::StringLiterals;

namespace keylink {

Verb::Spec UnlinkVerb::spec()
{
    return {u"unlink"_s, u"ACCOUNT"_s, u"Remove an account and its secret."_s,
        {{u"--timeout"_s, u"SECONDS"_s, u"How long to wait for the keychain."_s}}, true,
        [](const CommandLineRequest &r) {
            return r.arguments.size() == 1 ? QString()
                                           : u"unlink takes one account (its id, the start of it, or its label)"_s;
        },
        [](CliContext &c) { return new UnlinkVerb(c); }};
}

void UnlinkVerb::start()
{
    const Account *account = accountArgument();
    if (!account)
        return;
    m_context.services().links().unlink(account->id, [this](const LinkOutcome &outcome) {
        if (!outcome.ok()) {
            done(m_context.fail(outcome.result == LinkOutcome::Result::KeychainFailed ? CommandLine::KeychainError
                                                                                      : CommandLine::Failure,
                outcome.message));
            return;
        }
        m_context.out() << "Unlinked " << AccountPrinter::oneLine(m_context.services().catalog(), outcome.account)
                        << "\n";
        m_context.out().flush();
        done(CommandLine::Success);
    });
}

} // namespace keylink
