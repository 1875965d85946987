#include "settings/Preferences.h"

#include "settings/Autostart.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
const QString TimeoutKey = u"network/timeoutSeconds"_s;
const QString VerifyAtStartKey = u"startup/verifyAll"_s;
const QString CheckHoursKey = u"background/checkEveryHours"_s;
} // namespace

QSettings Preferences::settings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, u"keylink"_s, u"keylink"_s);
}

Preferences Preferences::load()
{
    const QSettings s = settings();
    Preferences p;
    bool ok = false;
    const int timeout = s.value(TimeoutKey, DefaultTimeoutSeconds).toInt(&ok);
    // A hand-edited file with nonsense gets the nearest sensible value.
    p.timeoutSeconds = ok ? std::clamp(timeout, MinTimeoutSeconds, MaxTimeoutSeconds) : DefaultTimeoutSeconds;
    p.verifyAtStart = s.value(VerifyAtStartKey, false).toBool();
    const int hours = s.value(CheckHoursKey, DefaultCheckHours).toInt(&ok);
    const bool offered
        = std::find(std::begin(CheckHourChoices), std::end(CheckHourChoices), hours) != std::end(CheckHourChoices);
    p.checkEveryHours = ok && offered ? hours : DefaultCheckHours;
    p.startAtLogin = Autostart::isEnabled();
    return p;
}

bool Preferences::save(QString *error) const
{
    QSettings s = settings();
    s.setValue(TimeoutKey, timeoutSeconds);
    s.setValue(VerifyAtStartKey, verifyAtStart);
    s.setValue(CheckHoursKey, checkEveryHours);
    s.sync();
    if (s.status() != QSettings::NoError) {
        *error = QCoreApplication::translate("keylink::Preferences", "Could not save the preferences to %1.")
                     .arg(s.fileName());
        return false;
    }
    if (startAtLogin != Autostart::isEnabled())
        return Autostart::setEnabled(startAtLogin, error);
    return true;
}

} // namespace keylink
