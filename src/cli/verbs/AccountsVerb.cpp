#include "verbs/AccountsVerb.h"

#include "command/AccountPrinter.h"
#include "services/Services.h"
#include "store/AccountStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace keylink {

Verb::Spec AccountsVerb::spec()
{
    return {u"accounts"_s, QString(), u"List linked accounts (no secrets)."_s,
        {{u"--json"_s, QString(), u"Print machine-readable JSON."_s}}, true, {},
        [](CliContext &c) { return new AccountsVerb(c); }};
}

void AccountsVerb::start()
{
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

} // namespace keylink
