#include "settings/Preferences.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
const QString TimeoutKey = u"network/timeoutSeconds"_s;
const QString VerifyAtStartKey = u"startup/verifyAll"_s;
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
    return p;
}

void Preferences::save() const
{
    QSettings s = settings();
    s.setValue(TimeoutKey, timeoutSeconds);
    s.setValue(VerifyAtStartKey, verifyAtStart);
}

} // namespace keylink
