#pragma once

#include <QMap>
#include <QString>

namespace keylink {

// Everything main() does: pick headless or windowed, set up the application
// object, run. Kept out of app/main.cpp so tests link the same code.
class Launcher
{
public:
    // How long a command waits for the start-up clean-up (PendingSweeper).
    static constexpr int SweepWaitMs = 2000;

    static int run(int argc, char *argv[]);

private:
    static void describeApplication();
    // KEYLINK_FIELD_* values, removed from this process's environment.
    static QMap<QString, QString> takeFieldVariables();
    static int runHeadless(int argc, char *argv[], const QMap<QString, QString> &fieldVariables);
    static int runWindow(int argc, char *argv[]);
};

} // namespace keylink
