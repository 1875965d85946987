#include "Tour.h"

#include "ProviderAnswers.h"
#include "TrayScenes.h"
#include "WindowScenes.h"
#include "WizardScenes.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QHttpServerRequest>
#include <QTextStream>
#include <QWidget>

using namespace Qt::StringLiterals;

Tour::Tour(const QDir &out, const QString &suffix, const QStringList &only)
    : m_out(out)
    , m_suffix(suffix)
    , m_only(only)
{ }

bool Tour::start()
{
    if (!m_providers.start())
        return fail(u"cannot start the fake providers on 127.0.0.1"_s);
    // Tokens with "bad" in them are revoked at Front; "slow" ones answer
    // late, so the Verify page can be seen at work.
    m_providers.front.on(u"/me"_s, [](const QHttpServerRequest &request) {
        const QByteArray auth = request.value("Authorization");
        if (auth.contains("bad"))
            return ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token");
        FakeResponse me = ProviderAnswers::frontMe("Initech Support", "cmp_1a2b");
        me.delayMs = auth.contains("slow") ? 4000 : 0;
        return me;
    });
    m_services = std::make_unique<TestServices>(m_providers.hostMap(), &m_secrets);
    return true;
}

bool Tour::run()
{
    // The window empty first, then the wizards, then the window with one
    // account of each provider (it leaves the store empty again).
    WindowScenes window(*this);
    WizardScenes wizard(*this);
    TrayScenes tray(*this);
    return window.empty() && wizard.front() && wizard.easyship() && wizard.rejected() && window.accounts()
        && window.preferences() && tray.timeline() && tray.trayMenu() && tray.notification();
}

bool Tour::wanted(const QString &name) const
{
    return m_only.isEmpty() || m_only.contains(name);
}

bool Tour::shoot(QWidget &widget, const QString &name)
{
    if (!wanted(name))
        return true;
    // Let layouts, fonts and icons settle before the picture (never used to
    // wait for the app itself: the scenes wait for states).
    QDeadlineTimer settle(200);
    while (!settle.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    const QString path = outPath(name);
    if (!widget.grab().save(path))
        return fail(u"cannot write %1"_s.arg(path));
    QTextStream(stdout) << path << '\n';
    return true;
}

bool Tour::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

bool Tour::fail(const QString &why)
{
    QTextStream(stderr) << "keylink-screenshots: " << why << '\n';
    return false;
}
