#pragma once

#include "cli/CliCommand.h"
#include "link/CheckOutcome.h"

namespace keylink {

class AccountChecker;

// keylink verify ACCOUNT|--all: checks accounts again, all at once, and
// records status, permissions and the time of the check.
class VerifyCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void onChecked(const CheckOutcome &outcome);
    void report();

    AccountChecker *m_checker = nullptr;
    QStringList m_order;
    QMap<QString, CheckOutcome> m_outcomes;
};

} // namespace keylink
