#pragma once

#include <QString>
#include <QStringList>

namespace keylink {

// What the user asked for on the command line. With no verb Keylink opens its
// window; with a verb it works headless and needs no display.
struct CommandLineRequest {
    QString verb; // "providers", ... ; empty for the window
    QStringList arguments; // positional arguments after the verb
    QStringList catalogDirs; // --catalog DIR (replaces the default user folder)
    bool json = false; // --json
    bool helpRequested = false;
    bool versionRequested = false;
    QString error; // a usage error, one line

    bool isHeadless() const { return !verb.isEmpty() || helpRequested || versionRequested || !error.isEmpty(); }
};

class CommandLine
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    static QStringList verbs();
    static CommandLineRequest parse(const QStringList &arguments);
    // Decides before any QCoreApplication exists whether a display is needed.
    static bool needsDisplay(int argc, char *argv[]);
    static QString helpText();
};

} // namespace keylink
