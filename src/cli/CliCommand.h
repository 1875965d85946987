#pragma once

#include "cli/CliContext.h"

#include <QObject>

namespace keylink {

// A headless verb. start() runs inside the event loop; finished() carries the
// exit code once the work (network, keychain) is done.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    explicit CliCommand(CliContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_context(context)
    { }
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void done(int exitCode) { Q_EMIT finished(exitCode); }
    // The account named on the command line, or nullptr after reporting why.
    const Account *accountArgument()
    {
        QString error;
        const Account *account = m_context.store().find(m_context.request().arguments.value(0), &error);
        if (!account)
            done(m_context.fail(CommandLine::UsageError, error));
        return account;
    }
    CliContext &m_context;
};

} // namespace keylink
