#include "command/CommandLine.h"

#include "command/Verbs.h"

#include "core/Translations.h"
#include "link/DeepLink.h"

#include <QRegularExpression>

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
        {u"--expires"_s, u"a date"_s, u"2027-03-31"_s,
            [](CommandLineRequest &r, const QString &v) {
                r.expiresOn = QDate::fromString(v, Qt::ISODate);
                return r.expiresOn.isValid() ? QString() : u"--expires takes a date as YYYY-MM-DD, not “%1”"_s.arg(v);
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
        {u"--why"_s, u"a provider id"_s, u"front"_s,
            [](CommandLineRequest &r, const QString &v) {
                r.whyProvider = v;
                return QString();
            }},
        {u"--account"_s, u"an account"_s, u"Support"_s,
            [](CommandLineRequest &r, const QString &v) {
                r.accounts.append(v);
                return QString();
            }},
        {u"--env"_s, u"a variable and an account"_s, u"FRONT_API_TOKEN=Support/token"_s,
            [](CommandLineRequest &r, const QString &v) {
                static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
                const QString variable = v.section(u'=', 0, 0);
                if (!v.contains(u'=') || !name.match(variable).hasMatch() || v.section(u'=', 1).isEmpty())
                    return u"--env takes NAME=ACCOUNT or NAME=ACCOUNT/FIELD, as in --env FRONT_API_TOKEN=Support"_s;
                r.environment.append(v);
                return QString();
            }},
        {u"-X"_s, u"a method"_s, u"POST"_s,
            [](CommandLineRequest &r, const QString &v) {
                static const QRegularExpression token(u"^[A-Za-z]+$"_s);
                r.httpMethod = v.toUpper();
                return token.match(v).hasMatch() ? QString() : u"-X takes an HTTP method, not “%1”"_s.arg(v);
            }},
        {u"-H"_s, u"a header"_s, u"'Accept: application/json'"_s,
            [](CommandLineRequest &r, const QString &v) {
                static const QRegularExpression header(u"^[A-Za-z0-9!#$%&'*+.^_`|~-]+:"_s);
                r.headers.append(v);
                return header.match(v).hasMatch() ? QString() : u"-H takes 'Name: value', not “%1”"_s.arg(v);
            }},
        {u"--data"_s, u"a file"_s, u"@body.json"_s,
            [](CommandLineRequest &r, const QString &v) {
                r.data = v;
                return v == u"-"_s || (v.startsWith(u'@') && v.size() > 1)
                    ? QString()
                    : u"--data takes @FILE or - (standard input), not the body itself"_s;
            }},
        {u"--max-pages"_s, u"a number"_s, u"10"_s,
            [](CommandLineRequest &r, const QString &v) {
                bool ok = false;
                r.maxPages = v.toInt(&ok);
                return ok && r.maxPages >= 1 && r.maxPages <= 10000
                    ? QString()
                    : u"--max-pages takes a number from 1 to 10000, not “%1”"_s.arg(v);
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

} // namespace

QStringList CommandLine::verbs()
{
    QStringList names;
    for (const Verb::Spec &spec : Verbs::all())
        names.append(spec.name);
    return names;
}

CommandLineRequest CommandLine::parse(const QStringList &arguments)
{
    CommandLineRequest request;
    QStringList used;
    // QCommandLineParser would do, but its help text cannot describe verbs
    // and it exits the process on --help; parsing by hand keeps it testable.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (arg == u"--"_s) {
            // The rest is a command to run, its options included (keylink run).
            request.hasCommand = true;
            request.command = arguments.mid(i + 1);
            break;
        }
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
        } else if (arg == u"--mask"_s) {
            request.mask = true;
        } else if (arg == u"--paginate"_s) {
            request.paginate = true;
        } else if (arg == u"--include"_s) {
            request.include = true;
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
    // Each option goes with the verbs that list it (the window takes --lang
    // and --catalog, every verb --catalog).
    const Verb::Spec *spec = Verbs::find(request.verb);
    for (const QString &option : std::as_const(used)) {
        if (option == u"--catalog"_s || (spec == nullptr && option == u"--lang"_s))
            continue;
        if (spec && std::any_of(spec->options.cbegin(), spec->options.cend(), [&](const Verb::Option &o) {
                return o.name == option;
            }))
            continue;
        if (spec) {
            request.error = u"%1 does not go with %2"_s.arg(option, request.verb);
        } else {
            QString example;
            for (const Verb::Spec &other : Verbs::all()) {
                if (example.isEmpty()
                    && std::any_of(other.options.cbegin(), other.options.cend(),
                        [&](const Verb::Option &o) { return o.name == option; }))
                    example = other.name;
            }
            request.error = u"%1 goes with a command, as in keylink %2 %1"_s.arg(option, example);
        }
        return request;
    }
    if (request.hasCommand && request.verb != u"run"_s) {
        request.error = u"only keylink run takes a command after --"_s;
        return request;
    }
    if (spec) {
        if (spec->check)
            request.error = spec->check(request);
        else if (!request.arguments.isEmpty())
            request.error = u"%1 takes no arguments, found \"%2\""_s.arg(request.verb, request.arguments.first());
    }
    return request;
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
    // Help for each verb comes from its spec, wrapped in a column.
    constexpr qsizetype Column = 28;
    constexpr qsizetype Width = 80;
    auto wrapped = [](const QString &prefix, const QString &text) {
        QString out = prefix.leftJustified(Column - 1, u' ') + u' ';
        if (prefix.size() >= Column - 1)
            out = prefix + u'\n' + QString(Column, u' ');
        qsizetype column = Column;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            if (column + word.size() > Width && column > Column) {
                out += u'\n' + QString(Column, u' ');
                column = Column;
            }
            if (column > Column) {
                out += u' ';
                ++column;
            }
            out += word;
            column += word.size();
        }
        return out + u'\n';
    };
    QString text = uR"(Usage: keylink [options] [command]

Keylink links your SaaS accounts: it walks you through each provider's own
guide to create an API token, checks the token against the provider's API and
keeps it in your system keychain. With no command it opens its window.

Commands (they work without a display):
)"_s;
    for (const Verb::Spec &spec : Verbs::all()) {
        text += wrapped(
            u"  "_s + spec.name + (spec.arguments.isEmpty() ? QString() : u" "_s + spec.arguments), spec.help);
        for (const Verb::Option &o : spec.options)
            text += wrapped(u"      "_s + o.name + (o.value.isEmpty() ? QString() : u" "_s + o.value), o.help);
    }
    text += uR"(
ACCOUNT is an account id, its first characters, or the account's label.

  keylink keylink://link/PROVIDER?method=ID&actions=A,B
                            Open the linking wizard with that selection.

Options:
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
    return text;
}

} // namespace keylink
