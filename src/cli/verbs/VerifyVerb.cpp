#include "verbs/VerifyVerb.h"

#include "command/AccountPrinter.h"
#include "link/AccountChecker.h"
#include "services/Services.h"
#include "store/AccountStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace keylink {

Verb::Spec VerifyVerb::spec()
{
    return {u"verify"_s, u"ACCOUNT | --all"_s, u"Check linked accounts with their providers again."_s,
        {{u"--all"_s, QString(), u"Every linked account."_s},
            {u"--json"_s, QString(), u"Print machine-readable JSON."_s},
            {u"--timeout"_s, u"SECONDS"_s, u"How long to wait for a provider (default 20)."_s}},
        true,
        [](const CommandLineRequest &r) {
            const qsizetype n = r.arguments.size();
            return n > 1 || (n == 1) == r.all ? u"verify takes one account or --all"_s : QString();
        },
        [](CliContext &c) { return new VerifyVerb(c); }};
}

void VerifyVerb::start()
{
    if (m_context.request().all) {
        m_order = m_context.services().store().ids();
    } else {
        const Account *account = accountArgument();
        if (!account)
            return;
        m_order.append(account->id);
    }
    if (m_order.isEmpty()) {
        m_context.out() << "No linked accounts to verify.\n";
        done(CommandLine::Success);
        return;
    }
    AccountChecker &checker = m_context.services().checker();
    connect(&checker, &AccountChecker::finished, this, &VerifyVerb::onChecked);
    checker.checkAll(m_order);
}

void VerifyVerb::onChecked(const CheckOutcome &outcome)
{
    m_outcomes.insert(outcome.accountId, outcome);
    if (m_outcomes.size() == m_order.size())
        report();
}

void VerifyVerb::report()
{
    QList<int> codes;
    QJsonArray list;
    for (const QString &id : std::as_const(m_order)) {
        const CheckOutcome &o = m_outcomes.value(id);
        // --all means the accounts linked now: one unlinked meanwhile (by
        // another process) is not among them.
        if (o.kind == CheckOutcome::Kind::Gone && m_context.request().all)
            continue;
        int code = CommandLine::Failure;
        QString line = u"%1: %2"_s.arg(id, o.message);
        if (o.kind == CheckOutcome::Kind::KeychainFailed) {
            code = CommandLine::KeychainError;
        } else if (o.kind == CheckOutcome::Kind::Gone) {
            code = CommandLine::UsageError;
        } else if (o.kind == CheckOutcome::Kind::Checked) {
            code = CliContext::exitCodeFor(o.verification.connect);
            line = AccountPrinter::oneLine(m_context.services().catalog(), o.account);
            if (!o.account.statusMessage.isEmpty())
                line += u"\n    "_s + o.account.statusMessage;
            if (!o.verification.ok() && !o.verification.connect.requestId.isEmpty())
                line += u" (request id %1)"_s.arg(o.verification.connect.requestId);
            list.append(AccountPrinter::toJson(m_context.services().catalog(), o.account));
        }
        codes.append(code);
        if (!m_context.request().json)
            (code == CommandLine::Success || o.kind == CheckOutcome::Kind::Checked ? m_context.out() : m_context.err())
                << line << "\n";
    }
    if (m_context.request().json)
        m_context.out() << QJsonDocument(QJsonObject {{u"accounts"_s, list}}).toJson(QJsonDocument::Indented);
    m_context.out().flush();
    m_context.err().flush();
    // The most serious outcome decides: keychain, then rejected, then could not check.
    for (int code : {int(CommandLine::KeychainError), int(CommandLine::Rejected), int(CommandLine::Unavailable),
             int(CommandLine::Failure)}) {
        if (codes.contains(code)) {
            done(code);
            return;
        }
    }
    done(CommandLine::Success);
}

} // namespace keylink
