#include "TrayScenes.h"

#include "Tour.h"
#include "accounts/AccountDetailsView.h"
#include "accounts/MainWindow.h"
#include "link/LinkService.h"
#include "store/AccountStore.h"
#include "tray/DesktopNotifier.h"
#include "tray/NoticeComposer.h"
#include "tray/TrayIcon.h"

#include <QApplication>
#include <QMenu>
#include <QScreen>
#include <QScrollBar>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace keylink;

TrayScenes::TrayScenes(Tour &tour)
    : m_tour(tour)
{ }

QString TrayScenes::linkWatchedAccount()
{
    const Provider *front = m_tour.services().catalog().provider(u"front"_s);
    const AuthMethod *method = front->authMethod(u"api-token"_s);
    Account draft;
    draft.providerId = front->id;
    draft.methodId = method->id;
    draft.identityId = u"cmp_1a2b"_s;
    draft.identityName = u"Initech Support"_s;
    draft.environmentId = u"production"_s;
    draft.label = u"Support inbox"_s;
    draft.linkedAt = QDateTime::currentDateTimeUtc().addDays(-3).addSecs(-1800);
    draft.actions = {u"front_list_conversations"_s, u"front_list_tags"_s};
    draft.scopes = method->scopesForActions(draft.actions);
    QString id, error;
    bool done = false;
    m_tour.services().links().save(
        draft, {{u"token"_s, u"eyJhbGciOiJIUzI1NiJ9.w.kLsEcReT"_s}}, [&](const LinkOutcome &o) {
            done = true;
            id = o.ok() ? o.account.id : QString();
            error = o.message;
        });
    if (!Tour::waitFor([&] { return done; }) || id.isEmpty()) {
        Tour::fail(u"cannot link Front: %1"_s.arg(error));
        return {};
    }
    // Checks every six hours for three days: an outage of the provider one
    // night, then the token revoked this morning.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString refused = u"Front does not accept this API token (HTTP 401): Invalid token."_s;
    const QString down = u"Could not connect to api2.frontapp.com: Connection refused."_s;
    m_tour.services().store().update(
        id,
        [&](Account &a) {
            for (int hours = 72; hours >= 6; hours -= 6) {
                const bool outage = hours <= 30 && hours >= 18;
                a.record({now.addSecs(-hours * 3600 - 1200),
                    outage ? CheckRecord::Outcome::Unreachable : CheckRecord::Outcome::Verified,
                    outage ? down : QString()});
            }
            a.record({now.addSecs(-1500), CheckRecord::Outcome::Rejected, refused});
            a.lastVerified = now.addSecs(-1500);
            a.status = Account::Status::NeedsAttention;
            a.statusMessage = refused;
            a.userExpiresAt = now.addDays(12);
            return true;
        },
        &error);
    return id;
}

void TrayScenes::unlink(const QString &id)
{
    bool done = false;
    m_tour.services().links().unlink(id, [&](const LinkOutcome &) { done = true; });
    Tour::waitFor([&] { return done; });
}

bool TrayScenes::timeline()
{
    if (!m_tour.wanted(u"main-window-timeline"_s))
        return true;
    const QString id = linkWatchedAccount();
    if (id.isEmpty())
        return false;
    MainWindow window(m_tour.services());
    window.resize(960, 640);
    window.show();
    window.selectAccount(id);
    auto *details = window.findChild<AccountDetailsView *>();
    QApplication::processEvents();
    details->verticalScrollBar()->setValue(details->verticalScrollBar()->maximum());
    const bool shot = m_tour.shoot(window, u"main-window-timeline"_s);
    unlink(id);
    return shot;
}

bool TrayScenes::trayMenu()
{
    if (!m_tour.wanted(u"tray-menu"_s))
        return true;
    const QString id = linkWatchedAccount();
    if (id.isEmpty())
        return false;
    TrayIcon tray(m_tour.services().catalog(), m_tour.services().store());
    tray.menu()->popup(QPoint(40, 40));
    const bool shot = m_tour.shoot(*tray.menu(), u"tray-menu"_s);
    tray.menu()->hide();
    unlink(id);
    return shot;
}

// Drawn by the desktop's notification server, not by Keylink: the picture
// is of the screen where the server put it. Without one (no dunst) there
// is nothing to take, and the tour says so and goes on.
bool TrayScenes::notification()
{
    if (!m_tour.wanted(u"notification"_s))
        return true;
    const QString id = linkWatchedAccount();
    if (id.isEmpty())
        return false;
    DesktopNotifier notifier;
    bool shown = false, failed = false;
    QObject::connect(&notifier, &DesktopNotifier::shown, [&] { shown = true; });
    QObject::connect(&notifier, &DesktopNotifier::unavailable, [&] { failed = true; });
    const Account *a = m_tour.services().store().account(id);
    notifier.show(NoticeComposer::compose({WatchEvent::of(WatchEvent::Kind::NeedsAttention, id, a->statusMessage)},
        m_tour.services().catalog(), m_tour.services().store()));
    const bool answered = Tour::waitFor([&] { return shown || failed; }, 5000);
    bool shot = true;
    if (!answered || failed) {
        QTextStream(stderr) << "keylink-screenshots: no notification server drew it; skipping the notification\n";
    } else {
        Tour::waitFor([] { return false; }, 800); // the server draws after it answers
        QScreen *screen = QGuiApplication::primaryScreen();
        const QRect area = screen->geometry();
        const int width = std::min(area.width(), int(460 * screen->devicePixelRatio()));
        const QImage corner
            = screen->grabWindow(0, area.width() - width, 0, width, std::min(area.height(), width / 2)).toImage();
        // Only the notification: the bare X screen around it is black.
        QRect bubble;
        for (int y = 0; y < corner.height(); ++y) {
            for (int x = 0; x < corner.width(); ++x) {
                if (qGray(corner.pixel(x, y)) > 16)
                    bubble |= QRect(x, y, 1, 1);
            }
        }
        const QImage picture = bubble.isValid() ? corner.copy(bubble) : corner;
        const QString path = m_tour.outPath(u"notification"_s);
        shot = picture.save(path) || Tour::fail(u"cannot write %1"_s.arg(path));
        if (shot)
            QTextStream(stdout) << path << '\n';
    }
    unlink(id);
    return shot;
}
