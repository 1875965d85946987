#pragma once

#include "command/Verb.h"
#include "store/Account.h"
#include "vault/VaultResult.h"

#include <QList>
#include <QMap>
#include <QProcess>

#include <memory>

namespace keylink {

struct AuthMethod;
class SecretMask;
class SignalForwarder;

// `keylink run [--account A]… [--env NAME=A[/FIELD]]… [--mask] -- COMMAND…`:
// runs COMMAND with account secrets in its environment (never in an argv,
// an output or a file), passes it the signals Keylink gets, and exits with
// its status. Everything is read before COMMAND starts: a problem is said
// in one line and COMMAND never runs.
class RunVerb : public Verb
{
    Q_OBJECT
public:
    using Verb::Verb;
    ~RunVerb() override;
    static Spec spec();
    void start() override;

    static constexpr const char *ReferencePrefix = "keylink-secret://";
    static constexpr int CannotStart = 127; // as a shell says "command not found"

private:
    // One variable to set: which account's field, and how the user named it.
    struct Wanted {
        QString variable;
        QString reference; // the account as the user wrote it, for --mask
        QString accountId;
        QString fieldId;
    };
    struct Source {
        Account account;
        const AuthMethod *method = nullptr;
        SecretFields values; // the account's non-secret fields, then its secrets
        bool needsAccessToken = false;
    };

    bool want(const QString &variable, const QString &reference, const Account &account, const QString &fieldId);
    // "ACCOUNT" or "ACCOUNT/FIELD" (an account whose name holds a "/" wins
    // over a field); false after saying why.
    bool wantReference(const QString &variable, const QString &text);
    void readNext();
    void onSecrets(const QString &accountId, const VaultResult &read);
    void startCommand();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void pass(QProcess::ProcessChannel channel);

    QList<Wanted> m_wanted;
    QMap<QString, Source> m_sources; // by account id
    QStringList m_toRead; // account ids still to read
    QProcess *m_process = nullptr;
    SignalForwarder *m_signals = nullptr;
    std::unique_ptr<SecretMask> m_outMask, m_errMask;
    bool m_started = false;
    bool m_over = false; // ended by a signal before COMMAND started
};

} // namespace keylink
