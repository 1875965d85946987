#pragma once

namespace keylink {

// Everything main() does: pick headless or windowed, set up the application
// object, run. Kept out of app/main.cpp so tests link the same code.
class Launcher
{
public:
    static int run(int argc, char *argv[]);

private:
    static void describeApplication();
    static int runHeadless(int argc, char *argv[]);
    static int runWindow(int argc, char *argv[]);
};

} // namespace keylink
