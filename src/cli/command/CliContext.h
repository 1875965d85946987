#pragma once

#include "command/CommandLine.h"
#include "connect/ConnectResult.h"
#include "vault/VaultResult.h"

#include <QTextStream>

namespace keylink {

class Services;

// What a headless verb gets: the request, the engine's services and the two
// output streams.
class CliContext
{
public:
    CliContext(CommandLineRequest request, Services &services, QTextStream &out, QTextStream &err);

    const CommandLineRequest &request() const { return m_request; }
    Services &services() { return m_services; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Notes in the access log that a secret of the account left Keylink by
    // `verb`; a log that cannot be written is said on stderr, never fatal.
    void logUse(const QString &accountId, const QString &verb);

    // Prints "keylink: message" (one line, whatever a provider said) on
    // stderr and returns `code`.
    int fail(int code, const QString &message);
    // The same for a provider failure, with the provider's words and request id.
    int fail(const ConnectResult &result);
    static int exitCodeFor(const ConnectResult &result);
    static int exitCodeFor(const VaultResult &result);

private:
    CommandLineRequest m_request;
    Services &m_services;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace keylink
