#pragma once

#include <QString>

class Tour;

// Keylink watching in the background: an account's check timeline in the
// details pane, the tray's menu with an account that needs attention, and a
// desktop notification as a real notification server (dunst) draws it.
class TrayScenes
{
public:
    explicit TrayScenes(Tour &tour);
    bool timeline();
    bool trayMenu();
    bool notification();

private:
    // A Front account with a few days of checks, the last one refused, and
    // an end date in 12 days; empty when it cannot be linked.
    QString linkWatchedAccount();
    void unlink(const QString &id);

    Tour &m_tour;
};
