#pragma once

#include <QObject>

class QWidget;

namespace keylink {

// For bench/bench_startup only: when KEYLINK_BENCH_FIRST_PAINT is set, prints
// "first-paint <monotonic ns> <peak RSS kB>" once the window has painted for
// the first time, then quits. The benchmark's baseline program compiles this
// same file, so both sides are measured the same way. Does nothing otherwise.
class FirstPaintProbe : public QObject
{
public:
    static constexpr const char *EnvironmentVariable = "KEYLINK_BENCH_FIRST_PAINT";
    static void attachIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QWidget *window);
    void report();

    QWidget *m_window = nullptr;
    bool m_seen = false;
};

} // namespace keylink
