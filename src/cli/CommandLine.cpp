#include "cli/CommandLine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
// Options that take a value, so that value is not mistaken for a verb.
const QStringList ValueOptions {u"--catalog"_s};
} // namespace

QStringList CommandLine::verbs()
{
    return {u"providers"_s};
}

CommandLineRequest CommandLine::parse(const QStringList &arguments)
{
    CommandLineRequest request;
    // QCommandLineParser would do, but its help text cannot describe verbs
    // and it exits the process on --help; parsing by hand keeps it testable.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--help"_s || arg == u"-h"_s) {
            request.helpRequested = true;
        } else if (arg == u"--version"_s || arg == u"-v"_s) {
            request.versionRequested = true;
        } else if (arg == u"--json"_s) {
            request.json = true;
        } else if (arg == u"--catalog"_s || arg.startsWith(u"--catalog="_s)) {
            QString value;
            if (arg.contains(u'='))
                value = arg.section(u'=', 1);
            else if (i + 1 < arguments.size())
                value = arguments.at(++i);
            if (value.isEmpty()) {
                request.error = u"--catalog needs a folder, as in --catalog ~/my-providers"_s;
                return request;
            }
            request.catalogDirs.append(value);
        } else if (arg.startsWith(u'-')) {
            request.error = u"unknown option %1; run keylink --help for the options"_s.arg(arg);
            return request;
        } else if (request.verb.isEmpty()) {
            if (!verbs().contains(arg)) {
                request.error = u"unknown command \"%1\"; run keylink --help for the commands"_s.arg(arg);
                return request;
            }
            request.verb = arg;
        } else {
            request.arguments.append(arg);
        }
    }
    if (request.verb == u"providers"_s && !request.arguments.isEmpty())
        request.error = u"providers takes no arguments, found \"%1\""_s.arg(request.arguments.first());
    else if (request.json && request.verb.isEmpty() && !request.helpRequested && !request.versionRequested)
        request.error = u"--json goes with a command, as in keylink providers --json"_s;
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
    return uR"(Usage: keylink [options] [command]

Keylink links your SaaS accounts: it walks you through each provider's own
guide to create an API token, checks the token against the provider's API and
keeps it in your system keychain. With no command it opens its window.

Commands (they work without a display):
  providers          List the providers Keylink can link, their sign-in
                     methods, fields, scopes and actions.

Options:
  --json             Print machine-readable JSON (with a command).
  --catalog DIR      Read extra provider files from DIR instead of
                     $XDG_DATA_HOME/keylink/providers (repeatable).
  -h, --help         Show this help.
  -v, --version      Show the version.

Exit status: 0 on success, 1 when the command failed, 2 on a usage error.
)"_s;
}

} // namespace keylink
