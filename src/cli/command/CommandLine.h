#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace keylink {

// What the user asked for on the command line. With no verb Keylink opens its
// window; with a verb it works headless and needs no display.
struct CommandLineRequest {
    QString verb; // "providers", "link", ... ; empty for the window
    QStringList arguments; // positional arguments after the verb
    QStringList catalogDirs; // --catalog DIR (replaces the default user folder)
    bool json = false; // --json
    bool all = false; // --all (verify)
    bool gui = false; // --gui (link): open the wizard at that provider
    QString grant; // --grant client-credentials|authorization-code (link, OAuth)
    bool noBrowser = false; // --no-browser (link): print the sign-in address instead
    QString deepLink; // keylink://link/... given as the only argument
    QString method; // --method ID (link)
    QList<std::pair<QString, QString>> fields; // --field NAME=VALUE (link), non-secret only
    // KEYLINK_FIELD_<NAME>=VALUE, by NAME: taken out of the environment at
    // start, so that no process Keylink starts (a browser) inherits them.
    QMap<QString, QString> fieldVariables;
    QString fieldName; // --field NAME (token)
    QStringList actions; // --actions A,B (link)
    QStringList scopes; // --scopes S,T (link)
    QString label; // --label TEXT (link)
    QDate expiresOn; // --expires YYYY-MM-DD (link): the token's end date, for reminders
    QString whyProvider; // --why PROVIDER (accounts): which account a provider id means, and why
    QStringList accounts; // --account ACCOUNT (run), repeatable
    QStringList environment; // --env NAME=ACCOUNT[/FIELD] (run), repeatable
    bool mask = false; // --mask (run): secrets in the command's output show as <keylink:ACCOUNT/FIELD>
    QStringList command; // everything after "--" (run): the program and its arguments
    bool hasCommand = false; // "--" was given
    QString httpMethod; // -X METHOD (api)
    QStringList headers; // -H 'Name: value' (api), repeatable
    QString data; // --data @FILE|- (api)
    bool paginate = false; // --paginate (api)
    int maxPages = 0; // --max-pages N (api); 0: the default
    bool include = false; // --include (api): the status line and headers first
    int timeoutSeconds = 0; // --timeout SECONDS; 0: the default
    QString language; // --lang CODE (the window): overrides the system language
    bool helpRequested = false;
    bool versionRequested = false;
    QString error; // a usage error, one line

    bool isHeadless() const
    {
        return (!verb.isEmpty() && !gui) || helpRequested || versionRequested || !error.isEmpty();
    }
};

class CommandLine
{
public:
    enum ExitCode {
        Success = 0,
        Failure = 1, // anything else that went wrong (e.g. the account list could not be saved)
        UsageError = 2, // bad input: the message names the field and what is expected
        Rejected = 3, // the provider rejected the credentials
        Unavailable = 4, // could not check: network, TLS, timeout, rate limit, provider error
        KeychainError = 5,
    };

    static QStringList verbs();
    static CommandLineRequest parse(const QStringList &arguments);
    // Decides before any QCoreApplication exists whether a display is needed.
    static bool needsDisplay(int argc, char *argv[]);
    static QString helpText();
};

} // namespace keylink
