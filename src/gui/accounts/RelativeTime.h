#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace keylink {

// "just now", "3 minutes ago", "yesterday", "on 2 Nov 2026".
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(keylink::RelativeTime)

public:
    static QString ago(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "in 5 minutes", "in 2 hours", "expired".
    static QString until(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace keylink
