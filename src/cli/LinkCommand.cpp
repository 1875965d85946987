#include "cli/LinkCommand.h"

#include "cli/AccountPrinter.h"

#include "oauth/OAuthLink.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
QString environmentVariable(const Field &field)
{
    return u"KEYLINK_FIELD_"_s + field.id.toUpper();
}
} // namespace

void LinkCommand::start()
{
    const CommandLineRequest &request = m_context.request();
    const QString providerId = request.arguments.value(0);
    m_provider = m_context.catalog().provider(providerId);
    if (!m_provider) {
        done(m_context.fail(
            CommandLine::UsageError, u"unknown provider “%1”; keylink providers lists them"_s.arg(providerId)));
        return;
    }
    m_method = request.method.isEmpty() ? &m_provider->authMethods.first() : m_provider->authMethod(request.method);
    if (!m_method && !request.method.isEmpty()) {
        // A unique start of the id will do: --method oauth for oauth-partner.
        QList<const AuthMethod *> matches;
        for (const AuthMethod &m : m_provider->authMethods) {
            if (m.id.startsWith(request.method))
                matches.append(&m);
        }
        if (matches.size() == 1)
            m_method = matches.first();
    }
    if (!m_method) {
        QStringList ids;
        for (const AuthMethod &m : m_provider->authMethods)
            ids.append(m.id);
        done(m_context.fail(CommandLine::UsageError,
            u"%1 has no method “%2”; expected one of: %3"_s.arg(m_provider->name, request.method, ids.join(u", "_s))));
        return;
    }
    if (!collectFields() || !collectSelection())
        return;
    if (m_method->kind == AuthMethod::Kind::OAuth2) {
        startOAuth();
        return;
    }

    m_verifier = new CredentialVerifier(&m_context.network(), m_context.hostMap(), this);
    m_verifier->setTimeout(m_context.timeoutMs());
    connect(m_verifier, &CredentialVerifier::finished, this, &LinkCommand::onVerified);
    m_verifier->start(*m_provider, *m_method, m_fields, m_scopes);
}

bool LinkCommand::collectFields()
{
    const CommandLineRequest &request = m_context.request();
    for (const auto &[name, value] : request.fields) {
        const Field *field = m_method->field(name);
        if (!field) {
            QStringList ids;
            for (const Field &f : m_method->fields)
                ids.append(f.id);
            done(m_context.fail(CommandLine::UsageError,
                u"%1 has no field “%2”; expected one of: %3"_s.arg(m_method->label, name, ids.join(u", "_s))));
            return false;
        }
        if (field->isSecret()) {
            done(m_context.fail(CommandLine::UsageError,
                u"%1 is secret and never taken from the command line, where other users can "
                u"see it; pipe it on standard input or set %2"_s.arg(field->label, environmentVariable(*field))));
            return false;
        }
        m_fields.insert(field->id, value);
    }

    QStringList fromStdin;
    for (const Field &f : m_method->fields) {
        if (m_fields.contains(f.id))
            continue;
        const QString env = request.fieldVariables.value(f.id.toUpper()).trimmed();
        if (!env.isEmpty())
            m_fields.insert(f.id, env);
        else if (f.isSecret())
            fromStdin.append(f.id);
        else {
            done(m_context.fail(CommandLine::UsageError,
                u"%1 is missing; give it with --field %2=… or set %3"_s.arg(f.label, f.id, environmentVariable(f))));
            return false;
        }
    }
    if (fromStdin.isEmpty())
        return true;

    // One secret per line, in the catalog's order. Reading happens before any
    // request, so blocking here is reading what the user piped in.
    // By descriptor, not through stdio: fgets would stop a line at a NUL
    // byte and drop the rest of it without a word.
    QFile in;
    if (!in.open(STDIN_FILENO, QIODevice::ReadOnly)) {
        done(m_context.fail(CommandLine::UsageError, u"cannot read standard input"_s));
        return false;
    }
    for (const QString &id : std::as_const(fromStdin)) {
        const QByteArray line = in.readLine();
        if (line.contains('\0')) {
            // QString would keep it, the keychain would not: the secret would
            // quietly end there.
            done(m_context.fail(CommandLine::UsageError,
                u"%1 contains a NUL byte, which no secret has; check what was piped in. Nothing was sent."_s.arg(
                    m_method->field(id)->label)));
            return false;
        }
        const QString value = QString::fromUtf8(line).trimmed();
        if (value.isEmpty()) {
            QStringList order;
            for (const QString &other : std::as_const(fromStdin))
                order.append(m_method->field(other)->label);
            done(m_context.fail(CommandLine::UsageError,
                u"%1 is missing: pipe the secret fields on standard input, one per line in this "
                u"order: %2 (or set %3)"_s.arg(
                    m_method->field(id)->label, order.join(u", "_s), environmentVariable(*m_method->field(id)))));
            return false;
        }
        m_fields.insert(id, value);
    }
    return true;
}

bool LinkCommand::collectSelection()
{
    const CommandLineRequest &request = m_context.request();
    for (const QString &action : request.actions) {
        if (!m_method->action(action)) {
            done(m_context.fail(CommandLine::UsageError,
                u"%1 has no action “%2”; keylink providers --json lists them"_s.arg(m_provider->name, action)));
            return false;
        }
    }
    QStringList wanted = m_method->scopesForActions(request.actions);
    for (const QString &scope : request.scopes) {
        if (!m_method->scope(scope)) {
            done(m_context.fail(CommandLine::UsageError,
                u"%1 has no scope “%2”; keylink providers --json lists them"_s.arg(m_provider->name, scope)));
            return false;
        }
        if (!wanted.contains(scope))
            wanted.append(scope);
    }
    if (wanted.isEmpty())
        wanted = m_method->recommendedScopes;
    m_scopes = wanted;
    return true;
}

void LinkCommand::startOAuth()
{
    const QString grant = m_context.request().grant;
    if (grant.isEmpty()) {
        done(m_context.fail(CommandLine::UsageError,
            u"“%1” needs --grant client-credentials or --grant authorization-code"_s.arg(m_method->label)));
        return;
    }
    if (m_scopes.isEmpty()) {
        done(m_context.fail(CommandLine::UsageError, u"choose the scopes to ask for with --scopes"_s));
        return;
    }
    if (const QString problem = m_method->scopeSelectionProblem(m_scopes); !problem.isEmpty()) {
        done(m_context.fail(CommandLine::UsageError, problem));
        return;
    }
    m_oauth = new OAuthLink(&m_context.network(), m_context.hostMap(), *m_provider, *m_method, this);
    m_oauth->setTimeout(m_context.timeoutMs());
    connect(m_oauth, &OAuthLink::browserStepReady, this, [this](const QUrl &url) {
        m_context.out() << "Sign in to " << m_provider->name << " in your browser:\n  "
                        << url.toString(QUrl::FullyEncoded) << "\nWaiting for the browser to come back…\n";
        m_context.out().flush();
        if (!m_context.request().noBrowser)
            QProcess::startDetached(u"xdg-open"_s, {url.toString(QUrl::FullyEncoded)});
    });
    connect(m_oauth, &OAuthLink::stateRefused, this, [this](const QString &message) {
        m_context.err() << "keylink: " << message << "\n";
        m_context.err().flush();
    });
    connect(m_oauth, &OAuthLink::finished, this, &LinkCommand::onVerified);
    m_oauth->start(
        grant == u"authorization-code"_s ? OAuthLink::Grant::AuthorizationCode : OAuthLink::Grant::ClientCredentials,
        m_fields, m_scopes);
}

void LinkCommand::onVerified(const VerificationResult &result)
{
    if (!result.ok()) {
        done(m_context.fail(result.connect));
        return;
    }
    const CommandLineRequest &request = m_context.request();
    const Account draft
        = LinkService::accountFrom(*m_provider, *m_method, result, m_fields, request.actions, m_scopes, request.label);
    m_links = new LinkService(m_context.secrets(), m_context.store(), this);
    Account account = draft;
    SecretFields secrets = LinkService::secretsOf(*m_method, m_fields);
    if (m_oauth) {
        account.tokenExpiresAt = m_oauth->token().expiresAt;
        secrets = m_oauth->secrets();
    }
    m_links->save(account, secrets, [this, result](const LinkOutcome &outcome) { onSaved(outcome, result); });
}

void LinkCommand::onSaved(const LinkOutcome &outcome, const VerificationResult &verification)
{
    if (!outcome.ok()) {
        done(m_context.fail(
            outcome.result == LinkOutcome::Result::KeychainFailed ? CommandLine::KeychainError : CommandLine::Failure,
            outcome.message));
        return;
    }
    const Account &a = outcome.account;
    QTextStream &out = m_context.out();
    if (m_context.request().json) {
        QJsonObject json = AccountPrinter::toJson(m_context.catalog(), a);
        json.insert(u"result"_s, outcome.result == LinkOutcome::Result::Updated ? u"updated"_s : u"linked"_s);
        json.insert(u"notes"_s, QJsonArray::fromStringList(verification.notes));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << (outcome.result == LinkOutcome::Result::Updated ? "Updated " : "Linked ") << m_provider->name
            << " account “" << a.identityName << "”";
        if (a.identityId != a.identityName)
            out << " (" << a.identityId << ")";
        out << ", " << verification.environmentLabel.toLower() << ".\n";
        out << "Account id: " << a.id << "\n";
        for (const QString &note : verification.notes)
            out << note << "\n";
        out << AccountPrinter::permissions(a);
    }
    out.flush();
    done(CommandLine::Success);
}

} // namespace keylink
