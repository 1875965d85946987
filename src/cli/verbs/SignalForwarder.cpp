#include "verbs/SignalForwarder.h"

#include "core/LoggingCategories.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <unistd.h>

namespace keylink {

namespace {

constexpr int Forwarded[] = {SIGINT, SIGTERM, SIGHUP};
int pipeFds[2] = {-1, -1};
struct sigaction previous[3];

void onSignal(int number, siginfo_t *info, void *)
{
    const int saved = errno;
    // The high bit says "from the kernel" (the terminal): not to pass on.
    unsigned char byte = static_cast<unsigned char>(number);
    if (info && info->si_code == SI_KERNEL)
        byte |= 0x80;
    [[maybe_unused]] const ssize_t n = ::write(pipeFds[1], &byte, 1);
    errno = saved;
}

} // namespace

SignalForwarder::SignalForwarder(QObject *parent)
    : QObject(parent)
{
    if (pipeFds[0] >= 0 || ::pipe2(pipeFds, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcCli) << "signals will not be passed on: no pipe";
        return;
    }
    m_notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalForwarder::onReadable);
    struct sigaction action = {};
    action.sa_sigaction = onSignal;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; ++i)
        ::sigaction(Forwarded[i], &action, &previous[i]);
    m_active = true;
}

SignalForwarder::~SignalForwarder()
{
    if (!m_active)
        return;
    for (int i = 0; i < 3; ++i)
        ::sigaction(Forwarded[i], &previous[i], nullptr);
    delete m_notifier;
    ::close(pipeFds[0]);
    ::close(pipeFds[1]);
    pipeFds[0] = pipeFds[1] = -1;
}

void SignalForwarder::onReadable()
{
    unsigned char byte = 0;
    while (::read(pipeFds[0], &byte, 1) == 1) {
        const int number = byte & 0x7f;
        const bool fromTerminal = (byte & 0x80) != 0;
        qCDebug(lcCli) << "signal" << number << (fromTerminal ? "from the terminal" : "sent to keylink");
        if (m_child > 0 && !fromTerminal)
            ::kill(m_child, number);
        Q_EMIT signalled(number);
    }
}

} // namespace keylink
