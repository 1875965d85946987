#include "cli/CliContext.h"

#include "connect/CredentialVerifier.h"
#include "core/SafeText.h"

using namespace Qt::StringLiterals;

namespace keylink {

CliContext::CliContext(CommandLineRequest request, CatalogLoadResult catalog, HostMap hostMap, QTextStream &out,
    QTextStream &err, SecretStore *secrets)
    : m_request(std::move(request))
    , m_catalog(std::move(catalog))
    , m_hostMap(std::move(hostMap))
    , m_out(out)
    , m_err(err)
    , m_secrets(secrets ? secrets : &m_vault)
    , m_refresher(m_catalog.catalog, &m_network, m_hostMap, *m_secrets, m_store)
{
    m_refresher.setTimeout(timeoutMs());
    // --timeout bounds the keychain too; without it the keychain gets time
    // for the user to answer an unlock prompt.
    if (m_request.timeoutSeconds > 0) {
        m_vault.setTimeout(timeoutMs());
        m_store.locks().setTimeout(timeoutMs());
    }
}

int CliContext::timeoutMs() const
{
    return m_request.timeoutSeconds > 0 ? m_request.timeoutSeconds * 1000 : CredentialVerifier::DefaultTimeoutMs;
}

int CliContext::fail(int code, const QString &message)
{
    m_err << "keylink: " << SafeText::clean(message) << "\n"; // one line, whatever a provider said
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

} // namespace keylink
