#include "command/Verb.h"

#include "link/AccountResolver.h"

#include "catalog/Catalog.h"
#include "services/Services.h"
#include "store/AccountStore.h"

namespace keylink {

const Account *Verb::accountArgument()
{
    return accountNamed(m_context.request().arguments.value(0));
}

const Account *Verb::accountNamed(const QString &reference)
{
    const AccountResolver resolver(m_context.services().store(),
        [this](const QString &id) { return m_context.services().catalog().provider(id) != nullptr; });
    const AccountResolver::Choice choice = resolver.resolve(reference);
    if (!choice.account)
        done(m_context.fail(CommandLine::UsageError, choice.error));
    return choice.account;
}

} // namespace keylink
