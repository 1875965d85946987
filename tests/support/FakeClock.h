#pragma once

#include "core/Clock.h"

// A clock a test moves on by hours at once; starts at the real time.
class FakeClock : public keylink::Clock
{
    Q_OBJECT
public:
    using keylink::Clock::Clock;
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds)
    {
        m_now = m_now.addSecs(seconds);
        Q_EMIT jumped();
    }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};
