#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace keylink {

class AccountStore;
class Catalog;

// Keylink in the system tray while background checks run: an icon that
// shows whether any account needs attention, a tooltip with the news, and a
// menu with the accounts that need attention (each opens its relink wizard),
// Verify all, Open Keylink and Quit. Follows the store row by row.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    enum class State { Fine, Attention };

    TrayIcon(const Catalog &catalog, AccountStore &store, QObject *parent = nullptr);
    ~TrayIcon() override;

    void setVisible(bool visible);
    bool isVisible() const;
    // The system has a tray to show it in (Qt asks the desktop).
    static bool isAvailable();

    State state() const { return m_state; }
    QMenu *menu() const { return m_menu.get(); }
    QString toolTip() const;
    // The latest news, for the tooltip, where no notification service runs.
    void setNews(const QString &news);
    // A bubble from the tray itself (the fallback for a notification).
    void showMessage(const QString &title, const QString &text);

Q_SIGNALS:
    void relinkRequested(const QString &accountId);
    void verifyAllRequested();
    void openRequested();
    void quitRequested();

private:
    void rebuild();

    const Catalog &m_catalog;
    AccountStore &m_store;
    std::unique_ptr<QMenu> m_menu; // a menu has no parent object to own it
    QSystemTrayIcon *m_icon = nullptr;
    QAction *m_verifyAll = nullptr;
    QAction *m_open = nullptr;
    QAction *m_quit = nullptr;
    QList<QAction *> m_attention; // the accounts' entries, rebuilt as they change
    State m_state = State::Fine;
    QString m_news;
};

} // namespace keylink
