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

    int timeoutSeconds = DefaultTimeoutSeconds; // per request to a provider
    bool verifyAtStart = false; // check every account when the window opens

    // What the engine waits for, with this request timeout.
    Timeouts timeouts() const
    {
        Timeouts t;
        t.requestMs = timeoutSeconds * 1000;
        return t;
    }

    static Preferences load();
    void save() const;
    // ~/.config/keylink/keylink.conf
    static QSettings settings();

    bool operator==(const Preferences &) const = default;
};

} // namespace keylink
