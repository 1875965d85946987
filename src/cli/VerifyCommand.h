#pragma once

#include "cli/CliCommand.h"
#include "connect/VerificationResult.h"

namespace keylink {

// keylink verify ACCOUNT|--all: checks accounts again, all at once, and
// records status, permissions and the time of the check.
class VerifyCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void verify(const Account &account);
    void report(const QString &accountId, int exitCode, const QString &line);

    int m_pending = 0;
    QList<int> m_exitCodes;
    QMap<QString, QString> m_lines; // by account id, printed in list order
    QStringList m_order;
};

} // namespace keylink
