#include "verbs/AccountsVerb.h"

#include "catalog/Catalog.h"
#include "command/AccountPrinter.h"
#include "link/AccountResolver.h"
#include "services/Services.h"
#include "store/AccountStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keylink {

Verb::Spec AccountsVerb::spec()
{
    return {u"accounts"_s, QString(), u"List linked accounts (no secrets)."_s,
        {{u"--json"_s, QString(), u"Print machine-readable JSON."_s},
            {u"--why"_s, u"PROVIDER"_s,
                u"Say which account the provider id stands for (environment, .keylink file, default) and why."_s}},
        true, {}, [](CliContext &c) { return new AccountsVerb(c); }};
}

void AccountsVerb::start()
{
    if (!m_context.request().whyProvider.isEmpty()) {
        explain(m_context.request().whyProvider);
        return;
    }
    const QList<Account> accounts = m_context.services().store().accounts();
    QTextStream &out = m_context.out();
    if (m_context.request().json) {
        QJsonArray list;
        for (const Account &a : accounts)
            list.append(AccountPrinter::toJson(m_context.services().catalog(), a));
        QJsonObject root {{u"accounts"_s, list}};
        if (!m_context.services().store().problem().isEmpty())
            root.insert(u"problem"_s, m_context.services().store().problem());
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (accounts.isEmpty()) {
        out << "No linked accounts. Link one with: keylink link PROVIDER\n";
    } else {
        for (const Account &a : accounts)
            out << AccountPrinter::oneLine(m_context.services().catalog(), a) << "\n";
    }
    out.flush();
    done(CommandLine::Success);
}

// keylink accounts --why front: the rule that picks the account, so a script
// that got the "wrong" one can see where the choice came from.
void AccountsVerb::explain(const QString &providerId)
{
    Services &services = m_context.services();
    if (!services.catalog().provider(providerId)) {
        done(m_context.fail(
            CommandLine::UsageError, u"no provider “%1”; keylink providers lists them"_s.arg(providerId)));
        return;
    }
    const AccountResolver resolver(services.store(), [](const QString &) { return true; });
    const AccountResolver::Choice choice = resolver.forProvider(providerId);
    if (!choice.account) {
        done(m_context.fail(CommandLine::UsageError, choice.error));
        return;
    }
    QTextStream &out = m_context.out();
    if (m_context.request().json) {
        QJsonObject json {{u"provider"_s, providerId}, {u"account"_s, choice.account->id}, {u"rule"_s, choice.rule}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << AccountPrinter::oneLine(services.catalog(), *choice.account) << "\n"
            << "chosen by: " << choice.rule << "\n";
    }
    out.flush();
    done(CommandLine::Success);
}

} // namespace keylink
