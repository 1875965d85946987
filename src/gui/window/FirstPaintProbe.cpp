#include "window/FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace keylink {

namespace {
// Peak resident set size so far, as the kernel counts it.
long long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

void FirstPaintProbe::attachIfRequested(QWidget *window)
{
    if (qEnvironmentVariableIsEmpty(EnvironmentVariable))
        return;
    auto *probe = new FirstPaintProbe(window);
    QCoreApplication::instance()->installEventFilter(probe);
}

FirstPaintProbe::FirstPaintProbe(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_seen = true;
        // Queued: runs once the whole window has painted and been flushed,
        // which happens in this same pass of the event loop.
        QMetaObject::invokeMethod(this, &FirstPaintProbe::report, Qt::QueuedConnection);
    }
    return false;
}

void FirstPaintProbe::report()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf("first-paint %lld %lld\n", static_cast<long long>(std::chrono::nanoseconds(now).count()), peakRssKb());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace keylink
