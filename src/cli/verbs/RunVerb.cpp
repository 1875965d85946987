#include "verbs/RunVerb.h"

#include "verbs/SecretMask.h"
#include "verbs/SignalForwarder.h"

#include "catalog/Catalog.h"
#include "connect/CredentialRequest.h"
#include "core/LoggingCategories.h"
#include "link/AccountResolver.h"
#include "oauth/TokenRefresher.h"
#include "services/Services.h"
#include "store/AccountStore.h"
#include "vault/SecretStore.h"

#include <QProcessEnvironment>

#include <cerrno>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {

const QString AccessToken = u"access_token"_s;

// All of `bytes` to a file descriptor (standard output or error).
void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + at, size_t(bytes.size() - at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // the reader went away: nothing more to do with it
        at += n;
    }
}

bool isOAuth(const AuthMethod *method)
{
    return method && method->kind == AuthMethod::Kind::OAuth2;
}

} // namespace

RunVerb::~RunVerb()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // Keylink is going before COMMAND (it should not): leave COMMAND be,
        // as a shell that exits does, rather than kill it.
        m_process->disconnect(this);
    }
}

Verb::Spec RunVerb::spec()
{
    return {u"run"_s, u"[--account ACCOUNT]… [--env NAME=ACCOUNT[/FIELD]]… -- COMMAND [ARGS…]"_s,
        u"Run COMMAND with account secrets in its environment and exit with its status. Variables whose value is "
        u"keylink-secret://ACCOUNT[/FIELD] are resolved too."_s,
        {{u"--account"_s, u"ACCOUNT"_s,
             u"Set the variables the account's provider names (FRONT_API_TOKEN, …; repeatable)."_s},
            {u"--env"_s, u"NAME=ACCOUNT[/FIELD]"_s,
                u"Set NAME to one field of the account (default: its secret; repeatable)."_s},
            {u"--mask"_s, QString(), u"Show any secret COMMAND prints as <keylink:ACCOUNT/FIELD>."_s},
            {u"--timeout"_s, u"SECONDS"_s, u"How long to wait for the keychain and an OAuth refresh."_s}},
        true,
        [](const CommandLineRequest &r) {
            if (!r.arguments.isEmpty())
                return u"run takes its command after --, as in keylink run --account Support -- ./deploy.sh"_s;
            if (r.command.isEmpty())
                return u"run needs a command after --, as in keylink run --account Support -- ./deploy.sh"_s;
            return QString();
        },
        [](CliContext &c) { return new RunVerb(c); }};
}

void RunVerb::start()
{
    // From now on a signal is Keylink's to pass on: before COMMAND runs, it
    // ends Keylink the way it would have without a handler.
    m_signals = new SignalForwarder(this);
    connect(m_signals, &SignalForwarder::signalled, this, [this](int number) {
        if (!m_started && !std::exchange(m_over, true))
            done(128 + number);
    });

    const CommandLineRequest &request = m_context.request();
    // The most specific wins: references in the environment, then each
    // --account, then each --env.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString prefix = QString::fromLatin1(ReferencePrefix);
    for (const QString &name : environment.keys()) {
        const QString value = environment.value(name);
        if (value.startsWith(prefix) && !wantReference(name, value.mid(prefix.size())))
            return;
    }
    for (const QString &reference : request.accounts) {
        const Account *account = accountNamed(reference);
        if (!account)
            return;
        const Provider *provider = m_context.services().catalog().provider(account->providerId);
        const AuthMethod *method = provider ? provider->authMethod(account->methodId) : nullptr;
        if (method && method->environmentVariables.isEmpty()) {
            done(m_context.fail(CommandLine::UsageError,
                u"the %1 provider file names no environment variables; use --env NAME=%2/FIELD"_s.arg(
                    provider->name, reference)));
            return;
        }
        const QList<std::pair<QString, QString>> variables
            = method ? method->environmentVariables : QList<std::pair<QString, QString>>();
        const Account snapshot = *account;
        if (variables.isEmpty() && !want(QString(), reference, snapshot, QString()))
            return; // says the provider file is missing
        for (const auto &[variable, field] : variables) {
            if (!want(variable, reference, snapshot, field))
                return;
        }
    }
    for (const QString &assignment : request.environment) {
        if (!wantReference(assignment.section(u'=', 0, 0), assignment.section(u'=', 1)))
            return;
    }
    if (m_wanted.isEmpty()) {
        // Nothing to hand over is fine (a .env of references may be empty
        // today); COMMAND runs as it is.
        qCDebug(lcCli) << "run: no secrets asked for";
    }
    m_toRead = m_sources.keys();
    readNext();
}

bool RunVerb::wantReference(const QString &variable, const QString &text)
{
    const AccountResolver resolver(m_context.services().store(),
        [this](const QString &id) { return m_context.services().catalog().provider(id) != nullptr; });
    QString reference = text;
    QString field;
    AccountResolver::Choice choice = resolver.resolve(text);
    if (!choice.account && text.contains(u'/')) {
        reference = text.section(u'/', 0, -2);
        field = text.section(u'/', -1);
        choice = resolver.resolve(reference);
    }
    if (!choice.account) {
        done(m_context.fail(CommandLine::UsageError, u"%1: %2"_s.arg(variable, choice.error)));
        return false;
    }
    return want(variable, reference, *choice.account, field);
}

bool RunVerb::want(const QString &variable, const QString &reference, const Account &account, const QString &fieldId)
{
    Source &source = m_sources[account.id];
    if (!source.method) {
        const Provider *provider = m_context.services().catalog().provider(account.providerId);
        source.account = account;
        source.method = provider ? provider->authMethod(account.methodId) : nullptr;
        if (!source.method) {
            done(m_context.fail(CommandLine::UsageError,
                u"account %1 is a %2 account, and no provider file for %2 (method %3) is loaded"_s.arg(
                    account.id, account.providerId, account.methodId)));
            return false;
        }
    }
    const AuthMethod &method = *source.method;
    QString field = fieldId;
    QStringList known;
    for (const Field &f : method.fields) {
        known.append(f.id);
        if (field.isEmpty() && f.isSecret() && !isOAuth(&method))
            field = f.id;
    }
    if (isOAuth(&method)) {
        known.append(AccessToken);
        if (field.isEmpty())
            field = AccessToken;
    }
    if (!known.contains(field)) {
        done(m_context.fail(CommandLine::UsageError,
            u"%1: account “%2” has no field “%3”; it has: %4"_s.arg(variable, reference, field, known.join(u", "_s))));
        return false;
    }
    if (field == AccessToken)
        source.needsAccessToken = true;
    m_wanted.append({variable, reference, account.id, field});
    return true;
}

void RunVerb::readNext()
{
    if (m_over)
        return;
    if (m_toRead.isEmpty()) {
        startCommand();
        return;
    }
    const QString id = m_toRead.takeFirst();
    const Source &source = m_sources[id];
    auto read = [this, id] {
        m_context.services().secrets().read(id, this, [this, id](const VaultResult &r) { onSecrets(id, r); });
    };
    if (!source.needsAccessToken) {
        read();
        return;
    }
    // Refreshed first when it has expired or is about to, as `keylink token`
    // does: COMMAND gets a token that works for a while yet.
    m_context.services().refresher().accessToken(id, this, [this, id, read](const TokenResult &r) {
        if (m_over)
            return;
        if (!r.ok()) {
            done(r.vault.ok() ? m_context.fail(r.connect)
                              : m_context.fail(CommandLine::KeychainError, r.connect.message));
            return;
        }
        m_sources[id].values.insert(AccessToken, r.token.accessToken);
        read();
    });
}

void RunVerb::onSecrets(const QString &accountId, const VaultResult &read)
{
    if (m_over)
        return;
    if (!read.ok()) {
        done(m_context.fail(CommandLine::KeychainError,
            read.error == VaultResult::Error::NotFound
                ? u"the keychain holds no secret for account %1; relink it"_s.arg(accountId)
                : read.message));
        return;
    }
    Source &source = m_sources[accountId];
    const QString fresh = source.values.value(AccessToken);
    for (auto it = source.account.fields.cbegin(); it != source.account.fields.cend(); ++it)
        source.values.insert(it.key(), it.value());
    for (auto it = read.secrets.cbegin(); it != read.secrets.cend(); ++it)
        source.values.insert(it.key(), it.value());
    if (!fresh.isEmpty())
        source.values.insert(AccessToken, fresh);
    // A field left at its default (GitLab's host) has it, as a request would.
    source.values = CredentialRequest::prepared(*source.method, source.values);
    readNext();
}

void RunVerb::startCommand()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // KEYLINK_FIELD_* are taken out at start already; never hand one on.
    for (const QString &name : environment.keys()) {
        if (name.startsWith(u"KEYLINK_FIELD_"_s))
            environment.remove(name);
    }
    const bool mask = m_context.request().mask;
    if (mask) {
        m_outMask = std::make_unique<SecretMask>();
        m_errMask = std::make_unique<SecretMask>();
    }
    QStringList used;
    for (const Wanted &w : std::as_const(m_wanted)) {
        const Source &source = m_sources.value(w.accountId);
        const QString value = source.values.value(w.fieldId);
        if (value.isEmpty()) {
            done(m_context.fail(CommandLine::UsageError,
                u"%1: account “%2” holds no value for its field “%3”; relink it"_s.arg(
                    w.variable, w.reference, w.fieldId)));
            return;
        }
        environment.insert(w.variable, value);
        const Field *field = source.method->field(w.fieldId);
        if (mask && (!field || field->isSecret())) {
            const QByteArray placeholder = u"<keylink:%1/%2>"_s.arg(w.reference, w.fieldId).toUtf8();
            m_outMask->add(value.toUtf8(), placeholder);
            m_errMask->add(value.toUtf8(), placeholder);
        }
        if (!used.contains(w.accountId))
            used.append(w.accountId);
    }
    for (const QString &id : std::as_const(used))
        m_context.logUse(id, u"run"_s);

    m_process = new QProcess(this);
    m_process->setProcessEnvironment(environment);
    m_process->setInputChannelMode(QProcess::ForwardedInputChannel);
    if (mask) {
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { pass(QProcess::StandardOutput); });
        connect(m_process, &QProcess::readyReadStandardError, this, [this] { pass(QProcess::StandardError); });
    } else {
        m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    }
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_started = true; // a signal now ends nothing more
        m_signals->setChild(0);
        done(m_context.fail(
            CannotStart, u"cannot run “%1”: %2"_s.arg(m_context.request().command.first(), m_process->errorString())));
    });
    connect(m_process, &QProcess::finished, this, &RunVerb::onFinished);
    const QStringList &command = m_context.request().command;
    m_context.err().flush();
    m_context.out().flush();
    m_started = true;
    m_process->start(command.first(), command.mid(1));
    if (m_process->processId() > 0)
        m_signals->setChild(pid_t(m_process->processId()));
}

void RunVerb::pass(QProcess::ProcessChannel channel)
{
    m_process->setReadChannel(channel);
    const QByteArray piece = m_process->readAll();
    const bool isOut = channel == QProcess::StandardOutput;
    writeAll(isOut ? STDOUT_FILENO : STDERR_FILENO, (isOut ? m_outMask : m_errMask)->feed(piece));
}

void RunVerb::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_signals->setChild(0);
    if (m_outMask) {
        pass(QProcess::StandardOutput);
        pass(QProcess::StandardError);
        writeAll(STDOUT_FILENO, m_outMask->finish());
        writeAll(STDERR_FILENO, m_errMask->finish());
    }
    // Killed by signal N: 128 + N, as a shell says it (Qt gives N as the
    // exit code of a crash on Unix).
    done(status == QProcess::NormalExit ? exitCode : 128 + exitCode);
}

} // namespace keylink
