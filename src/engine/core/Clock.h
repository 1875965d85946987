#pragma once

#include <QDateTime>
#include <QObject>

namespace keylink {

// The time for whatever is scheduled by the calendar (background checks,
// expiry reminders), so that a test can move it on by hours at once.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

Q_SIGNALS:
    // The time moved other than by running (a test's jump): whatever waits
    // for a moment should look again.
    void jumped();
};

} // namespace keylink
