#include "cli/CommandLine.h"

#include "core/Translations.h"
#include "link/DeepLink.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
QStringList commaList(const QString &value)
{
    QStringList list;
    for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
        list.append(item.trimmed());
    return list;
}

// The options that take a value: what it is, an example, and where it goes
// (a non-empty return is a usage error).
struct ValueOption {
    QString name;
    QString what;
    QString example;
    std::function<QString(CommandLineRequest &, const QString &)> apply;
};

const QList<ValueOption> &valueOptions()
{
    static const QList<ValueOption> options {
        {u"--catalog"_s, u"a folder"_s, u"~/my-providers"_s,
            [](CommandLineRequest &r, const QString &v) {
                r.catalogDirs.append(v);
                return QString();
            }},
        {u"--method"_s, u"a method id"_s, u"api-token"_s,
            [](CommandLineRequest &r, const QString &v) {
                r.method = v;
                return QString();
            }},
        {u"--actions"_s, u"action ids"_s, u"front_list_conversations,front_get_conversation"_s,
            [](CommandLineRequest &r, const QString &v) {
                r.actions += commaList(v);
                return QString();
            }},
        {u"--scopes"_s, u"scope ids"_s, u"conversations:read,tags:read"_s,
            [](CommandLineRequest &r, const QString &v) {
                r.scopes += commaList(v);
                return QString();
            }},
        {u"--label"_s, u"a label"_s, u"\"Support inbox\""_s,
            [](CommandLineRequest &r, const QString &v) {
                r.label = v;
                return QString();
            }},
        {u"--timeout"_s, u"a number of seconds"_s, u"30"_s,
            [](CommandLineRequest &r, const QString &v) {
                bool ok = false;
                r.timeoutSeconds = v.toInt(&ok);
                return ok && r.timeoutSeconds >= 1 && r.timeoutSeconds <= 600
                    ? QString()
                    : u"--timeout takes a number of seconds from 1 to 600, not “%1”"_s.arg(v);
            }},
        {u"--grant"_s, u"a grant"_s, u"client-credentials"_s,
            [](CommandLineRequest &r, const QString &v) {
                r.grant = v;
                return v == u"client-credentials"_s || v == u"authorization-code"_s
                    ? QString()
                    : u"--grant takes client-credentials or authorization-code, not “%1”"_s.arg(v);
            }},
        {u"--lang"_s, u"a language"_s, u"de"_s,
            [](CommandLineRequest &r, const QString &v) {
                r.language = v;
                const QStringList known = Translations::languages();
                return known.contains(v) ? QString()
                                         : u"--lang takes one of %1, not “%2”"_s.arg(known.join(u", "_s), v);
            }},
        {u"--field"_s, u"a field"_s, u"user_email=ana@example.com"_s,
            [](CommandLineRequest &r, const QString &v) {
                if (v.contains(u'='))
                    r.fields.append({v.section(u'=', 0, 0).trimmed(), v.section(u'=', 1).trimmed()});
                else
                    r.fieldName = v.trimmed();
                return QString();
            }},
    };
    return options;
}

const ValueOption *valueOption(const QString &name)
{
    for (const ValueOption &option : valueOptions()) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

// Which verbs each option goes with; empty: every verb (and the window).
const QList<std::pair<QString, QStringList>> OptionVerbs {
    {u"--method"_s, {u"link"_s}},
    {u"--actions"_s, {u"link"_s}},
    {u"--scopes"_s, {u"link"_s}},
    {u"--label"_s, {u"link"_s}},
    {u"--field"_s, {u"link"_s, u"token"_s}},
    {u"--all"_s, {u"verify"_s}},
    {u"--gui"_s, {u"link"_s}},
    {u"--grant"_s, {u"link"_s}},
    {u"--no-browser"_s, {u"link"_s}},
    {u"--timeout"_s, {u"link"_s, u"verify"_s, u"token"_s, u"unlink"_s}},
    {u"--lang"_s, {QString(), u"link"_s}}, // the window, or link --gui
    {u"--json"_s, {u"providers"_s, u"link"_s, u"accounts"_s, u"verify"_s}},
};
} // namespace

QStringList CommandLine::verbs()
{
    return {u"providers"_s, u"link"_s, u"accounts"_s, u"verify"_s, u"token"_s, u"unlink"_s};
}

CommandLineRequest CommandLine::parse(const QStringList &arguments)
{
    CommandLineRequest request;
    QStringList used;
    // QCommandLineParser would do, but its help text cannot describe verbs
    // and it exits the process on --help; parsing by hand keeps it testable.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString inlineValue;
        bool hasInlineValue = false;
        if (arg.startsWith(u"--"_s) && arg.contains(u'=')) {
            inlineValue = arg.section(u'=', 1);
            arg = arg.section(u'=', 0, 0);
            hasInlineValue = true;
        }
        if (arg.startsWith(u'-'))
            used.append(arg);

        if (arg == u"--help"_s || arg == u"-h"_s) {
            request.helpRequested = true;
        } else if (arg == u"--version"_s || arg == u"-v"_s) {
            request.versionRequested = true;
        } else if (arg == u"--json"_s) {
            request.json = true;
        } else if (arg == u"--all"_s) {
            request.all = true;
        } else if (arg == u"--gui"_s) {
            request.gui = true;
        } else if (arg == u"--no-browser"_s) {
            request.noBrowser = true;
        } else if (const ValueOption *option = valueOption(arg)) {
            const QString v = hasInlineValue ? inlineValue : (i + 1 < arguments.size() ? arguments.at(++i) : QString());
            request.error = v.isEmpty() ? u"%1 needs %2, as in %1 %3"_s.arg(arg, option->what, option->example)
                                        : option->apply(request, v);
            if (!request.error.isEmpty())
                return request;
        } else if (arg.startsWith(u'-')) {
            request.error = u"unknown option %1; run keylink --help for the options"_s.arg(arg);
            return request;
        } else if (request.verb.isEmpty() && request.deepLink.isEmpty() && DeepLink::isDeepLink(arg)) {
            request.deepLink = arg; // opens the window, at the wizard
        } else if (request.verb.isEmpty()) {
            if (!request.deepLink.isEmpty()) {
                request.error = u"a keylink:// link goes alone, without a command"_s;
                return request;
            }
            if (!verbs().contains(arg)) {
                request.error = u"unknown command \"%1\"; run keylink --help for the commands"_s.arg(arg);
                return request;
            }
            request.verb = arg;
        } else {
            request.arguments.append(arg);
        }
    }
    if (request.helpRequested || request.versionRequested)
        return request;
    for (const auto &[option, verbs] : OptionVerbs) {
        if (!used.contains(option) || verbs.contains(request.verb))
            continue;
        request.error = request.verb.isEmpty()
            ? u"%1 goes with a command, as in keylink %2 %1"_s.arg(option, verbs.first())
            : u"%1 does not go with %2"_s.arg(option, request.verb);
        return request;
    }
    request.error = checkVerbArguments(request);
    return request;
}

QString CommandLine::checkVerbArguments(const CommandLineRequest &r)
{
    const qsizetype n = r.arguments.size();
    if ((r.verb == u"providers"_s || r.verb == u"accounts"_s) && n > 0)
        return u"%1 takes no arguments, found \"%2\""_s.arg(r.verb, r.arguments.first());
    if (r.verb == u"link"_s && n != 1)
        return u"link takes one provider, as in keylink link front"_s;
    if (r.verb == u"link"_s && !r.fieldName.isEmpty())
        return u"--field takes NAME=VALUE with link, as in --field user_email=ana@example.com"_s;
    if (r.verb == u"link"_s && !r.language.isEmpty() && !r.gui)
        return u"--lang sets the window's language; with link it needs --gui"_s;
    if (r.verb == u"token"_s && !r.fields.isEmpty())
        return u"--field takes a field name with token, as in --field token"_s;
    if (r.verb == u"verify"_s && (n > 1 || (n == 1) == r.all))
        return u"verify takes one account or --all"_s;
    if ((r.verb == u"token"_s || r.verb == u"unlink"_s) && n != 1)
        return u"%1 takes one account (its id, the start of it, or its label)"_s.arg(r.verb);
    return {};
}

bool CommandLine::needsDisplay(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return !parse(arguments).isHeadless();
}

QString CommandLine::helpText()
{
    return uR"(Usage: keylink [options] [command]

Keylink links your SaaS accounts: it walks you through each provider's own
guide to create an API token, checks the token against the provider's API and
keeps it in your system keychain. With no command it opens its window.

Commands (they work without a display):
  providers                 List the providers Keylink can link, their sign-in
                            methods, fields, scopes and actions.
  link PROVIDER             Verify a credential with the provider and link it.
      --gui                 Open the linking wizard at PROVIDER instead.
      --method ID           The sign-in method (default: the provider's first).
      --field NAME=VALUE    A field that is not secret, such as a user email.
      --actions A,B         What you want to do; the scopes follow.
      --scopes S,T          Scopes to check, besides those of the actions.
      --label TEXT          A name for the account.
      --grant GRANT         OAuth methods: client-credentials, or
                            authorization-code (signs in in the browser).
      --no-browser          Print the sign-in address instead of opening it.
                            Secret fields are read from standard input, one per
                            line in the catalog's order, or from environment
                            variables KEYLINK_FIELD_<NAME> (KEYLINK_FIELD_TOKEN).
                            They are never accepted as arguments.
  accounts                  List linked accounts (no secrets).
  verify ACCOUNT | --all    Check linked accounts with their providers again.
  token ACCOUNT             Print an account's secret, for scripts.
      --field NAME          Which secret field (default: the first).
  unlink ACCOUNT            Remove an account and its secret.

ACCOUNT is an account id, its first characters, or the account's label.

  keylink keylink://link/PROVIDER?method=ID&actions=A,B
                            Open the linking wizard with that selection.

Options:
  --json                    Print machine-readable JSON.
  --timeout SECONDS         How long to wait for a provider (default 20) and
                            for the keychain (default 60, time to unlock it).
  --lang CODE               The window's language: en, de or fr (default:
                            the system's). The command line speaks English.
  --catalog DIR             Read extra provider files from DIR instead of
                            $XDG_DATA_HOME/keylink/providers (repeatable).
  -h, --help                Show this help.
  -v, --version             Show the version.

Environment:
  KEYLINK_HOST_MAP=host=url[,...]  Send a provider host to a local test server
                            (loopback addresses only).

Exit status: 0 success; 1 failure; 2 bad input; 3 rejected by the provider;
4 could not check (network, TLS, timeout, rate limit, provider error);
5 keychain problem.
)"_s;
}

} // namespace keylink
