#include "accounts/RelativeTime.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace keylink {

QString RelativeTime::ago(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    const int s = int(std::clamp<qint64>(when.secsTo(now), 0, std::numeric_limits<int>::max()));
    if (s < 60)
        return tr("just now");
    if (s < 3600)
        return tr("%n minute(s) ago", nullptr, s / 60);
    if (s < 86400)
        return tr("%n hour(s) ago", nullptr, s / 3600);
    if (s < 2 * 86400)
        return tr("yesterday");
    if (s < 30 * 86400)
        return tr("%n day(s) ago", nullptr, s / 86400);
    return tr("on %1").arg(QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat));
}

QString RelativeTime::until(const QDateTime &when, const QDateTime &now)
{
    const int s = int(std::clamp<qint64>(now.secsTo(when), -1, std::numeric_limits<int>::max()));
    if (s <= 0)
        return tr("expired");
    if (s < 120)
        return tr("in %n second(s)", nullptr, s);
    if (s < 2 * 3600)
        return tr("in %n minute(s)", nullptr, s / 60);
    if (s < 2 * 86400)
        return tr("in %n hour(s)", nullptr, s / 3600);
    return tr("in %n day(s)", nullptr, s / 86400);
}

} // namespace keylink
