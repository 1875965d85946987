#include "verbs/LinkVerb.h"

#include "link/LinkChanges.h"

#include "command/AccountPrinter.h"
#include "link/Linker.h"
#include "link/Selection.h"
#include "services/Services.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
QString environmentVariable(const Field &field)
{
    return u"KEYLINK_FIELD_"_s + field.id.toUpper();
}
} // namespace

Verb::Spec LinkVerb::spec()
{
    return {u"link"_s, u"PROVIDER"_s,
        u"Verify a credential with the provider and link it. Secret fields are read from standard input, one per "
        u"line in the catalog's order, or from environment variables KEYLINK_FIELD_<NAME> (KEYLINK_FIELD_TOKEN); "
        u"they are never accepted as arguments."_s,
        {
            {u"--gui"_s, QString(), u"Open the linking wizard at PROVIDER instead."_s},
            {u"--method"_s, u"ID"_s, u"The sign-in method (default: the provider's first)."_s},
            {u"--field"_s, u"NAME=VALUE"_s, u"A field that is not secret, such as a user email."_s},
            {u"--actions"_s, u"A,B"_s, u"What you want to do; the scopes follow."_s},
            {u"--scopes"_s, u"S,T"_s, u"Scopes to check, besides those of the actions."_s},
            {u"--label"_s, u"TEXT"_s, u"A name for the account."_s},
            {u"--expires"_s, u"DATE"_s,
                u"The day the token stops working (YYYY-MM-DD), when you created it with one: the window reminds "
                u"you 14, 3 and 1 days before."_s},
            {u"--grant"_s, u"GRANT"_s,
                u"OAuth methods: client-credentials, or authorization-code (signs in in the browser)."_s},
            {u"--no-browser"_s, QString(), u"Print the sign-in address instead of opening it."_s},
            {u"--json"_s, QString(), u"Print machine-readable JSON."_s},
            {u"--timeout"_s, u"SECONDS"_s, u"How long to wait for the provider (default 20)."_s},
            {u"--lang"_s, u"CODE"_s, u"With --gui: the window's language."_s},
        },
        true,
        [](const CommandLineRequest &r) {
            if (r.arguments.size() != 1)
                return u"link takes one provider, as in keylink link front"_s;
            if (!r.fieldName.isEmpty())
                return u"--field takes NAME=VALUE with link, as in --field user_email=ana@example.com"_s;
            if (!r.language.isEmpty() && !r.gui)
                return u"--lang sets the window's language; with link it needs --gui"_s;
            return QString();
        },
        [](CliContext &c) { return new LinkVerb(c); }};
}

void LinkVerb::start()
{
    const CommandLineRequest &request = m_context.request();
    const Selection s = Selection::resolve(
        m_context.services().catalog(), request.arguments.value(0), request.method, request.actions, request.scopes);
    switch (s.problem) {
    case Selection::Problem::UnknownProvider:
        done(m_context.fail(
            CommandLine::UsageError, u"unknown provider “%1”; keylink providers lists them"_s.arg(s.unknown)));
        return;
    case Selection::Problem::UnknownMethod:
        done(m_context.fail(CommandLine::UsageError,
            u"%1 has no method “%2”; expected one of: %3"_s.arg(s.provider->name, s.unknown, s.known.join(u", "_s))));
        return;
    case Selection::Problem::UnknownAction:
    case Selection::Problem::UnknownScope:
        done(m_context.fail(CommandLine::UsageError,
            u"%1 has no %2 “%3”; keylink providers --json lists them"_s.arg(s.provider->name,
                s.problem == Selection::Problem::UnknownAction ? u"action"_s : u"scope"_s, s.unknown)));
        return;
    case Selection::Problem::None:
        break;
    }
    m_provider = s.provider;
    m_method = s.method;
    if (!collectFields())
        return;

    LinkRequest link;
    link.provider = s.provider;
    link.method = s.method;
    link.fields = m_fields;
    link.actions = s.actions;
    link.scopes = s.scopes;
    link.label = request.label;
    if (request.expiresOn.isValid()) // the start of that day, where the user is
        link.expiresOn = request.expiresOn.startOfDay().toUTC();
    if (m_method->kind == AuthMethod::Kind::OAuth2) {
        if (request.grant.isEmpty()) {
            done(m_context.fail(CommandLine::UsageError,
                u"“%1” needs --grant client-credentials or --grant authorization-code"_s.arg(m_method->label)));
            return;
        }
        if (request.scopes.isEmpty() && request.actions.isEmpty()) {
            done(m_context.fail(CommandLine::UsageError, u"choose the scopes to ask for with --scopes"_s));
            return;
        }
        if (const QString problem = m_method->scopeSelectionProblem(s.scopes); !problem.isEmpty()) {
            done(m_context.fail(CommandLine::UsageError, problem));
            return;
        }
        link.grant = request.grant == u"authorization-code"_s ? LinkRequest::Grant::AuthorizationCode
                                                              : LinkRequest::Grant::ClientCredentials;
    }

    m_linker = m_context.services().newLinker(this);
    connect(m_linker, &Linker::browserStepReady, this, [this](const QUrl &url) {
        m_context.out() << "Sign in to " << m_provider->name << " in your browser:\n  "
                        << url.toString(QUrl::FullyEncoded) << "\nWaiting for the browser to come back…\n";
        m_context.out().flush();
        // KEYLINK_FIELD_* left the environment at start: the browser inherits none.
        if (!m_context.request().noBrowser)
            QProcess::startDetached(u"xdg-open"_s, {url.toString(QUrl::FullyEncoded)});
    });
    connect(m_linker, &Linker::stateRefused, this, [this](const QString &message) {
        m_context.err() << "keylink: " << message << "\n";
        m_context.err().flush();
    });
    connect(m_linker, &Linker::finished, this, &LinkVerb::onFinished);
    m_linker->start(link);
}

bool LinkVerb::collectFields()
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

void LinkVerb::onFinished(const LinkResult &result)
{
    if (!result.verification.ok()) {
        done(m_context.fail(result.verification.connect));
        return;
    }
    onSaved(result.saved, result.verification);
}

void LinkVerb::onSaved(const LinkOutcome &outcome, const VerificationResult &verification)
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
        QJsonObject json = AccountPrinter::toJson(m_context.services().catalog(), a);
        json.insert(u"result"_s, outcome.result == LinkOutcome::Result::Updated ? u"updated"_s : u"linked"_s);
        if (outcome.previous) // linked already: what this link changed on it
            json.insert(u"changes"_s, LinkChanges::between(*outcome.previous, a).toJson());
        json.insert(u"notes"_s, QJsonArray::fromStringList(verification.notes));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << (outcome.result == LinkOutcome::Result::Updated ? "Updated " : "Linked ") << m_provider->name
            << " account “" << a.identityName << "”";
        if (a.identityId != a.identityName)
            out << " (" << a.identityId << ")";
        out << ", " << verification.environmentLabel.toLower();
        if (outcome.previous) {
            const LinkChanges changes = LinkChanges::between(*outcome.previous, a);
            out << (changes.isEmpty() ? ": it was linked already; only its secret was replaced.\n"
                                      : ": it was linked already, and this changed:\n");
            for (const QString &line : changes.describe(m_method))
                out << "  " << line << "\n";
        } else {
            out << ".\n";
        }
        out << "Account id: " << a.id << "\n";
        for (const QString &note : verification.notes)
            out << note << "\n";
        out << AccountPrinter::permissions(a);
    }
    out.flush();
    done(CommandLine::Success);
}

} // namespace keylink
