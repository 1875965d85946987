#include "cli/VerifyCommand.h"

#include "cli/AccountPrinter.h"
#include "connect/CredentialVerifier.h"
#include "link/LinkService.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace keylink {

void VerifyCommand::start()
{
    QList<Account> targets;
    if (m_context.request().all) {
        targets = m_context.store().accounts();
    } else {
        const Account *account = accountArgument();
        if (!account)
            return;
        targets.append(*account);
    }
    if (targets.isEmpty()) {
        m_context.out() << "No linked accounts to verify.\n";
        done(CommandLine::Success);
        return;
    }
    m_pending = int(targets.size());
    for (const Account &a : targets) {
        m_order.append(a.id);
        verify(a);
    }
}

void VerifyCommand::verify(const Account &account)
{
    const Provider *provider = m_context.catalog().provider(account.providerId);
    const AuthMethod *method = provider ? provider->authMethod(account.methodId) : nullptr;
    if (!method) {
        report(account.id, CommandLine::Failure,
            u"%1: provider “%2” or its method “%3” is no longer in the catalog"_s.arg(
                account.id, account.providerId, account.methodId));
        return;
    }
    m_context.secrets().read(account.id, this, [this, account, provider, method](const VaultResult &r) {
        if (!r.ok()) {
            report(account.id, CommandLine::KeychainError,
                u"%1: %2"_s.arg(account.id,
                    r.error == VaultResult::Error::NotFound ? u"the keychain holds no secret for it; relink it"_s
                                                            : r.message));
            return;
        }
        SecretFields fields = account.fields;
        for (auto it = r.secrets.cbegin(); it != r.secrets.cend(); ++it)
            fields.insert(it.key(), it.value());
        auto *verifier = new CredentialVerifier(&m_context.network(), m_context.hostMap(), this);
        verifier->setTimeout(m_context.timeoutMs());
        connect(verifier, &CredentialVerifier::finished, this,
            [this, verifier, id = account.id](const VerificationResult &result) {
                verifier->deleteLater();
                const Account *current = m_context.store().account(id);
                if (!current) {
                    report(id, CommandLine::Failure, u"%1: unlinked while it was being verified"_s.arg(id));
                    return;
                }
                Account updated = *current;
                LinkService::applyVerification(updated, result);
                QString error;
                if (!m_context.store().save(updated, &error)) {
                    report(id, CommandLine::Failure, error);
                    return;
                }
                QString line = AccountPrinter::oneLine(m_context.catalog(), updated);
                if (!updated.statusMessage.isEmpty())
                    line += u"\n    "_s + updated.statusMessage;
                if (!result.connect.requestId.isEmpty() && !result.ok())
                    line += u" (request id %1)"_s.arg(result.connect.requestId);
                report(id, CliContext::exitCodeFor(result.connect), line);
            });
        verifier->start(*provider, *method, fields, account.scopes);
    });
}

void VerifyCommand::report(const QString &accountId, int exitCode, const QString &line)
{
    m_exitCodes.append(exitCode);
    m_lines.insert(accountId, line);
    if (--m_pending > 0)
        return;
    if (m_context.request().json) {
        QJsonArray list;
        for (const QString &id : std::as_const(m_order)) {
            if (const Account *a = m_context.store().account(id))
                list.append(AccountPrinter::toJson(m_context.catalog(), *a));
        }
        m_context.out() << QJsonDocument(QJsonObject {{u"accounts"_s, list}}).toJson(QJsonDocument::Indented);
    } else {
        for (const QString &id : std::as_const(m_order))
            m_context.out() << m_lines.value(id) << "\n";
    }
    m_context.out().flush();
    // The most serious outcome decides: keychain, then rejected, then could not check.
    for (int code : {int(CommandLine::KeychainError), int(CommandLine::Rejected), int(CommandLine::Unavailable),
             int(CommandLine::Failure), int(CommandLine::UsageError)}) {
        if (m_exitCodes.contains(code)) {
            done(code);
            return;
        }
    }
    done(CommandLine::Success);
}

} // namespace keylink
