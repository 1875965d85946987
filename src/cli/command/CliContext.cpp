#include "command/CliContext.h"

#include "store/AccessLog.h"

#include "core/SafeText.h"

using namespace Qt::StringLiterals;

namespace keylink {

CliContext::CliContext(CommandLineRequest request, Services &services, QTextStream &out, QTextStream &err)
    : m_request(std::move(request))
    , m_services(services)
    , m_out(out)
    , m_err(err)
{ }

int CliContext::fail(int code, const QString &message)
{
    m_err << "keylink: " << SafeText::clean(message) << "\n";
    m_err.flush();
    return code;
}

int CliContext::fail(const ConnectResult &result)
{
    QString text = result.message;
    if (!result.requestId.isEmpty())
        text += u" (request id %1)"_s.arg(result.requestId);
    return fail(exitCodeFor(result), text);
}

int CliContext::exitCodeFor(const ConnectResult &result)
{
    if (result.ok())
        return CommandLine::Success;
    if (result.error == ConnectResult::Error::InvalidInput)
        return CommandLine::UsageError;
    return result.isRejection() ? CommandLine::Rejected : CommandLine::Unavailable;
}

int CliContext::exitCodeFor(const VaultResult &result)
{
    return result.ok() ? CommandLine::Success : CommandLine::KeychainError;
}

void CliContext::logUse(const QString &accountId, const QString &verb)
{
    QString error;
    if (!AccessLog::record(accountId, verb, &error)) {
        m_err << "keylink: warning: the access log was not written: " << error << "\n";
        m_err.flush();
    }
}

} // namespace keylink
