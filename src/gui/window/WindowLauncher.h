#pragma once

namespace keylink {

// `keylink-window`: the window, which `keylink` starts in its own place when
// no verb was given. Takes `--lang CODE`, `--catalog DIR` (repeatable) and a
// keylink:// link to open; one window per user (SingleInstance).
class WindowLauncher
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace keylink
