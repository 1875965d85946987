#include "verbs/LogVerb.h"

#include "store/AccessLog.h"
#include "store/Account.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keylink {

Verb::Spec LogVerb::spec()
{
    return {u"log"_s, u"[ACCOUNT]"_s, u"Show when secrets left Keylink, by which command and to which program."_s,
        {{u"--json"_s, QString(), u"Print machine-readable JSON."_s}}, true,
        [](const CommandLineRequest &r) {
            return r.arguments.size() <= 1 ? QString() : u"log takes at most one account"_s;
        },
        [](CliContext &c) { return new LogVerb(c); }};
}

void LogVerb::start()
{
    QString accountId;
    if (!m_context.request().arguments.isEmpty()) {
        const Account *account = accountArgument();
        if (!account)
            return; // said why
        accountId = account->id;
    }
    const QList<AccessLog::Entry> entries = AccessLog::read(accountId);
    QTextStream &out = m_context.out();
    if (m_context.request().json) {
        QJsonArray list;
        for (const AccessLog::Entry &e : entries) {
            list.append(QJsonObject {{u"time"_s, e.time.toString(Qt::ISODateWithMs)}, {u"account"_s, e.accountId},
                {u"verb"_s, e.verb}, {u"caller"_s, e.caller}, {u"callerParent"_s, e.callerParent}});
        }
        out << QJsonDocument(QJsonObject {{u"log"_s, list}, {u"file"_s, AccessLog::path()}})
                   .toJson(QJsonDocument::Indented);
    } else if (entries.isEmpty()) {
        out << "No secret has left Keylink" << (accountId.isEmpty() ? "" : " for this account") << " yet.\n";
    } else {
        for (const AccessLog::Entry &e : entries) {
            out << e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  " << e.accountId << "  " << e.verb
                << "  " << (e.caller.isEmpty() ? u"?"_s : e.caller);
            if (!e.callerParent.isEmpty())
                out << " (from " << e.callerParent << ")";
            out << "\n";
        }
    }
    out.flush();
    done(CommandLine::Success);
}

} // namespace keylink
