#pragma once

#include <QCoreApplication>
#include <QString>

namespace keylink {

// "Start Keylink when I log in": an XDG autostart entry that starts the
// window hidden in the tray. Its presence is the setting; nothing else
// remembers it.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(keylink::Autostart)

public:
    static constexpr auto FileName = "io.keylink.Keylink.desktop";

    // $XDG_CONFIG_HOME/autostart/io.keylink.Keylink.desktop
    static QString path();
    // The entry exists, is Keylink's, and is not switched off (Hidden=true,
    // as desktops write when the user turns it off in their own settings).
    static bool isEnabled();
    // Writes the entry (complete or not at all) or removes it; false and a
    // message naming the file and the cause when that fails. `executable`:
    // the program to start, this one by default.
    static bool setEnabled(bool on, QString *error, const QString &executable = {});
    // The entry's text for `executable`.
    static QByteArray entry(const QString &executable);
};

} // namespace keylink
