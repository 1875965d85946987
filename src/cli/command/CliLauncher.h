#pragma once

namespace keylink {

// `keylink`: the headless verbs, in a process that loads no Qt Gui or
// Widgets. With no verb (or a keylink:// link, or `link --gui`) it hands
// over to the window program, keylink-window, which it starts in its place.
class CliLauncher
{
public:
    // How long a verb waits for the start-up clean-up (PendingSweeper).
    static constexpr int SweepWaitMs = 2000;

    static int run(int argc, char *argv[]);
};

} // namespace keylink
