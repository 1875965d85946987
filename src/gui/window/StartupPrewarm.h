#pragma once

namespace keylink {

// Loads, on a pool thread, what the window's first paint needs but nothing
// waits on yet: the SQLite driver plugin, then the font database (fontconfig
// reading its configuration and cache, a quarter of a cold start). The main
// thread meanwhile opens the store and builds the window; whichever needs
// one of them first waits on Qt's own lock for it (bench/bench_startup).
class StartupPrewarm
{
public:
    // After the QApplication exists (the font database is the platform's).
    static void start();
};

} // namespace keylink
