#pragma once

#include "settings/Preferences.h"
#include "watch/WatchEvent.h"

#include <QObject>

#include <optional>

namespace keylink {

class DesktopNotifier;
class MainWindow;
class Services;
class TrayIcon;

// Keylink while the window is closed: runs the background checks as
// Preferences say, keeps a tray icon, turns what the checks notice into one
// desktop notification per round (NoticeComposer) and its actions into the
// window's (Relink opens the wizard on the account, Details shows it).
// With checks on and a tray to sit in, closing the window keeps Keylink
// running, which it says once. Without a notification service the tray's
// tooltip and the window's status bar carry the news.
class BackgroundPresence : public QObject
{
    Q_OBJECT
public:
    // `trayAvailable`: whether the desktop has a system tray (default: ask
    // Qt; a test without one says yes to try the closed-window behaviour).
    BackgroundPresence(Services &services, MainWindow &window, DesktopNotifier &notifier,
        std::optional<bool> trayAvailable = std::nullopt, QObject *parent = nullptr);
    ~BackgroundPresence() override;

    // Applies the preferences, starts the checks, and shows the window
    // unless `hidden` (started at login) and the tray can hold Keylink.
    void start(const Preferences &preferences, bool hidden);
    void apply(const Preferences &preferences);
    bool keepsRunning() const { return m_keepRunning; }
    TrayIcon &tray() { return *m_tray; }

private:
    void onNoticed(const QList<WatchEvent> &events);
    void onAction(const QString &tag, const QString &key);
    void onClosedToTray();

    Services &m_services;
    MainWindow &m_window;
    DesktopNotifier &m_notifier;
    TrayIcon *m_tray = nullptr;
    bool m_trayAvailable = false;
    bool m_keepRunning = false;
    QString m_lastSummary, m_lastBody; // for the tray, when the notifier fails
    QString m_newsAccount; // what the last news was about, when one account
    int m_checkEveryHours = Preferences::DefaultCheckHours;
};

} // namespace keylink
