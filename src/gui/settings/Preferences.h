#pragma once

#include "core/Timeouts.h"

#include <QSettings>

namespace keylink {

// What the user can change in the Preferences dialog. Stored in Keylink's
// settings file next to the window geometry; never anything secret.
struct Preferences {
    static constexpr int DefaultTimeoutSeconds = 20;
    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 120;

    static constexpr int DefaultCheckHours = 6;
    // What Preferences offers for background checks; 0 is off.
    static constexpr int CheckHourChoices[] = {0, 1, 6, 24};

    int timeoutSeconds = DefaultTimeoutSeconds; // per request to a provider
    bool verifyAtStart = false; // check every account when the window opens
    int checkEveryHours = DefaultCheckHours; // background checks while Keylink runs; 0: none
    // An XDG autostart entry (Autostart), not a setting: read from and
    // written to ~/.config/autostart.
    bool startAtLogin = false;

    // What the engine waits for, with this request timeout.
    Timeouts timeouts() const
    {
        Timeouts t;
        t.requestMs = timeoutSeconds * 1000;
        return t;
    }

    static Preferences load();
    // Writes the settings file and adds or removes the autostart entry;
    // false and why when either could not be written.
    bool save(QString *error) const;
    // ~/.config/keylink/keylink.conf
    static QSettings settings();

    bool operator==(const Preferences &) const = default;
};

} // namespace keylink
