#include "accounts/RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace keylink {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("keylink::RelativeTime", text, nullptr, n);
}
} // namespace

QString RelativeTime::ago(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    const qint64 s = qMax<qint64>(0, when.secsTo(now));
    if (s < 60)
        return tr("just now");
    if (s < 3600)
        return s < 120 ? tr("1 minute ago") : tr("%1 minutes ago").arg(s / 60);
    if (s < 86400)
        return s < 7200 ? tr("1 hour ago") : tr("%1 hours ago").arg(s / 3600);
    if (s < 2 * 86400)
        return tr("yesterday");
    if (s < 30 * 86400)
        return tr("%1 days ago").arg(s / 86400);
    return tr("on %1").arg(QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat));
}

QString RelativeTime::until(const QDateTime &when, const QDateTime &now)
{
    const qint64 s = now.secsTo(when);
    if (s <= 0)
        return tr("expired");
    if (s < 120)
        return tr("in %1 seconds").arg(s);
    if (s < 2 * 3600)
        return tr("in %1 minutes").arg(s / 60);
    if (s < 2 * 86400)
        return tr("in %1 hours").arg(s / 3600);
    return tr("in %1 days").arg(s / 86400);
}

} // namespace keylink
