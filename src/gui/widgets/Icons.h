#pragma once

#include <QIcon>

namespace keylink {

// Every icon a Keylink window shows, as one symbolic set: the desktop icon
// theme's where it has the icon (QIcon::fromTheme, so Keylink looks like the
// rest of the desktop), else Keylink's bundled SVG in the palette's text
// colour. Status icons are always Keylink's own, in the status colours, so
// "verified" looks the same in the list, the details and the wizard.
class Icons
{
public:
    enum class Name {
        Link,
        Verify,
        VerifyAll,
        Relink,
        Rename,
        Unlink,
        Copy,
        OpenExternal,
        Preferences,
        About,
        Quit,
        Find,
        Clear,
        Overflow,
        Verified,
        Attention,
        NotChecked,
        Failed,
        Busy,
        Unreachable, // the provider could not be asked
        Expired, // the credential's end date has passed
        Stop, // stops a run in progress (Verify all)
        Reveal, // shows a masked secret as text
        Conceal, // masks it again
    };
    static QIcon icon(Name name);
    // The bundled SVG only, whatever the theme has (tests, screenshots).
    static QIcon bundled(Name name);
};

} // namespace keylink
