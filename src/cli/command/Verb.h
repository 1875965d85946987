#pragma once

#include "command/CliContext.h"

#include <QObject>

#include <functional>

namespace keylink {

struct Account;

// A headless verb. Each lives in one file (cli/verbs/) that declares its
// name, arguments, options and help in its spec(); Verbs::all() lists them,
// and the command line's parsing and --help come from that list. start()
// runs inside the event loop; finished() carries the exit code once the
// work (network, keychain) is done.
class Verb : public QObject
{
    Q_OBJECT
public:
    struct Option {
        QString name; // "--method"
        QString value; // "ID"; empty for a flag
        QString help;
    };
    struct Spec {
        QString name;
        QString arguments; // as --help shows them: "PROVIDER", "ACCOUNT | --all"
        QString help;
        QList<Option> options; // besides the ones every verb takes
        bool usesAccounts = true; // opens the account store first
        // A usage error in the arguments or in how the options go together.
        std::function<QString(const CommandLineRequest &)> check;
        std::function<Verb *(CliContext &)> create;
    };

    explicit Verb(CliContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_context(context)
    { }
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void done(int exitCode) { Q_EMIT finished(exitCode); }
    // The account named by the first argument (an id, prefix, label, or a
    // provider id for that provider's account: AccountResolver), or nullptr
    // after saying why.
    const Account *accountArgument();
    const Account *accountNamed(const QString &reference);

    CliContext &m_context;
};

} // namespace keylink
