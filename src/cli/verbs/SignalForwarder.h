#pragma once

#include <QObject>

#include <sys/types.h>

class QSocketNotifier;

namespace keylink {

// Passes INT, TERM and HUP on to a child process, as a shell's `exec` would
// let them reach it: QProcess does not. The handler only writes the signal
// number into a pipe (all a handler may safely do); the event loop reads it
// and sends it on. A signal from the terminal (Ctrl-C, a hang-up) already
// reached the child, which shares the terminal's process group: only those
// sent to Keylink alone (kill) are passed on, so a child never sees one twice.
// One at a time per process; the previous handlers come back when it goes.
class SignalForwarder : public QObject
{
    Q_OBJECT
public:
    explicit SignalForwarder(QObject *parent = nullptr);
    ~SignalForwarder() override;

    bool isActive() const { return m_active; }
    // 0: none yet; the signals are only noted (signalled()).
    void setChild(pid_t pid) { m_child = pid; }

Q_SIGNALS:
    // Every signal received, whether passed on or not.
    void signalled(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    pid_t m_child = 0;
    bool m_active = false;
};

} // namespace keylink
