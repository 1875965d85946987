#include "cli/AccountsCommand.h"

#include "cli/AccountPrinter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace keylink {

void AccountsCommand::start()
{
    const QList<Account> accounts = m_context.store().accounts();
    QTextStream &out = m_context.out();
    if (m_context.request().json) {
        QJsonArray list;
        for (const Account &a : accounts)
            list.append(AccountPrinter::toJson(m_context.catalog(), a));
        QJsonObject root {{u"accounts"_s, list}};
        if (!m_context.store().problem().isEmpty())
            root.insert(u"problem"_s, m_context.store().problem());
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (accounts.isEmpty()) {
        out << "No linked accounts. Link one with: keylink link PROVIDER\n";
    } else {
        for (const Account &a : accounts)
            out << AccountPrinter::oneLine(m_context.catalog(), a) << "\n";
    }
    out.flush();
    done(CommandLine::Success);
}

} // namespace keylink
