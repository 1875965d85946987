#include "verbs/DefaultVerb.h"

#include "catalog/Catalog.h"
#include "command/AccountPrinter.h"
#include "services/Services.h"
#include "store/AccountStore.h"

using namespace Qt::StringLiterals;

namespace keylink {

Verb::Spec DefaultVerb::spec()
{
    return {u"default"_s, u"PROVIDER [ACCOUNT]"_s,
        u"Show the provider's default account, or make ACCOUNT its default (used where a command takes the "
        u"provider id instead of an account)."_s,
        {}, true,
        [](const CommandLineRequest &r) {
            return r.arguments.size() == 1 || r.arguments.size() == 2
                ? QString()
                : u"default takes a provider id and, to change it, an account"_s;
        },
        [](CliContext &c) { return new DefaultVerb(c); }};
}

void DefaultVerb::start()
{
    Services &services = m_context.services();
    const QString providerId = m_context.request().arguments.value(0);
    if (!services.catalog().provider(providerId)) {
        done(m_context.fail(
            CommandLine::UsageError, u"no provider “%1”; keylink providers lists them"_s.arg(providerId)));
        return;
    }
    AccountStore &store = services.store();
    if (m_context.request().arguments.size() == 1) {
        const Account *current = store.defaultFor(providerId);
        if (!current) {
            done(m_context.fail(
                CommandLine::UsageError, u"no %1 account is linked; keylink link %1 links one"_s.arg(providerId)));
            return;
        }
        m_context.out() << AccountPrinter::oneLine(services.catalog(), *current) << "\n";
        m_context.out().flush();
        done(CommandLine::Success);
        return;
    }
    QString error;
    const Account *chosen = store.find(m_context.request().arguments.value(1), &error);
    if (!chosen) {
        done(m_context.fail(CommandLine::UsageError, error));
        return;
    }
    if (chosen->providerId != providerId) {
        done(m_context.fail(CommandLine::UsageError,
            u"account %1 is a %2 account, not a %3 one"_s.arg(chosen->id, chosen->providerId, providerId)));
        return;
    }
    const QString id = chosen->id;
    if (!store.setDefault(id, &error)) {
        done(m_context.fail(CommandLine::Failure, error + u" Nothing was changed."_s));
        return;
    }
    m_context.out() << "The default " << providerId << " account is now "
                    << AccountPrinter::oneLine(services.catalog(), *store.account(id)) << "\n";
    m_context.out().flush();
    done(CommandLine::Success);
}

} // namespace keylink
