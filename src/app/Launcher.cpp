#include "app/Launcher.h"

#include "accounts/MainWindow.h"
#include "catalog/CatalogLoader.h"
#include "cli/CommandLine.h"
#include "cli/ProvidersCommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {

QStringList catalogDirectories(const CommandLineRequest &request)
{
    return request.catalogDirs.isEmpty() ? QStringList {CatalogLoader::userDirectory()} : request.catalogDirs;
}

} // namespace

void Launcher::describeApplication()
{
    // No organisation name: data lives in $XDG_DATA_HOME/keylink, as documented.
    QCoreApplication::setApplicationName(u"keylink"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYLINK_VERSION));
}

int Launcher::run(int argc, char *argv[])
{
    return CommandLine::needsDisplay(argc, argv) ? runWindow(argc, argv) : runHeadless(argc, argv);
}

int Launcher::runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);

    const CommandLineRequest request = CommandLine::parse(app.arguments());
    if (!request.error.isEmpty()) {
        err << "keylink: " << request.error << "\n";
        return CommandLine::UsageError;
    }
    if (request.helpRequested) {
        out << CommandLine::helpText();
        return CommandLine::Success;
    }
    if (request.versionRequested) {
        out << "keylink " << QCoreApplication::applicationVersion() << "\n";
        return CommandLine::Success;
    }

    const CatalogLoadResult catalog = CatalogLoader::load(catalogDirectories(request));
    for (const CatalogError &e : catalog.errors)
        err << "keylink: warning: skipped provider file: " << e.toString() << "\n";
    err.flush();

    if (request.verb == u"providers"_s)
        return ProvidersCommand::run(catalog, request.json, out);
    err << "keylink: command \"" << request.verb << "\" is not available\n";
    return CommandLine::Failure;
}

int Launcher::runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Keylink"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/keylink.svg"_s));

    const CommandLineRequest request = CommandLine::parse(app.arguments());
    MainWindow window(CatalogLoader::load(catalogDirectories(request)));
    window.show();
    return QApplication::exec();
}

} // namespace keylink
