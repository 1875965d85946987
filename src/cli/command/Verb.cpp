#include "command/Verb.h"

#include "services/Services.h"
#include "store/AccountStore.h"

namespace keylink {

const Account *Verb::accountArgument()
{
    QString error;
    const Account *account = m_context.services().store().find(m_context.request().arguments.value(0), &error);
    if (!account)
        done(m_context.fail(CommandLine::UsageError, error));
    return account;
}

} // namespace keylink
