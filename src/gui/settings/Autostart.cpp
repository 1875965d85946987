#include "settings/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
// An Exec argument per the Desktop Entry specification: quoted when it
// holds a reserved character, with ", `, $ and \ escaped inside the quotes.
QString quoted(const QString &argument)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`="_s;
    if (!std::any_of(argument.cbegin(), argument.cend(), [](QChar c) { return reserved.contains(c); }))
        return argument;
    QString out = u"\""_s;
    for (QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    // The desktop file's own escaping comes on top: each \ is written \\.
    return out.replace(u"\\"_s, u"\\\\"_s);
}
} // namespace

QString Autostart::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/autostart/"_s
        + QLatin1String(FileName);
}

QByteArray Autostart::entry(const QString &executable)
{
    return QStringLiteral("# Written by Keylink (Preferences: Start Keylink in the tray when I log in).\n"
                          "[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Keylink\n"
                          "Comment=Checks your linked accounts in the background\n"
                          "Exec=%1 --hidden\n"
                          "Icon=io.keylink.Keylink\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(quoted(executable))
        .toUtf8();
}

bool Autostart::isEnabled()
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.read(qint64(64) * 1024);
    // Desktops switch an entry off without removing it, in either way.
    return text.contains("\nExec=") && text.contains("--hidden") && !text.contains("\nHidden=true")
        && !text.contains("\nX-GNOME-Autostart-enabled=false");
}

bool Autostart::setEnabled(bool on, QString *error, const QString &executable)
{
    const QString file = path();
    if (!on) {
        if (!QFileInfo::exists(file) || QFile::remove(file))
            return true;
        *error = tr("Could not remove %1: %2.").arg(file, QFile(file).errorString());
        return false;
    }
    if (!QDir().mkpath(QFileInfo(file).path())) {
        *error = tr("Could not create the folder %1.").arg(QFileInfo(file).path());
        return false;
    }
    // Complete or not at all: a half-written entry would start nothing.
    // Unbuffered, so that the write itself reports a full disk: a buffered
    // QSaveFile in Qt 6.4 commits an empty file when its last flush fails.
    QSaveFile out(file);
    const QString program = executable.isEmpty() ? QCoreApplication::applicationFilePath() : executable;
    const QByteArray text = entry(program);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || out.write(text) != text.size() || !out.commit()) {
        *error = tr("Could not write %1: %2.").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace keylink
