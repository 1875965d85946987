#pragma once

#include "link/CheckOutcome.h"
#include "settings/Preferences.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace keylink {

class AccountListModel;
class AccountSortModel;
class LinkWizard;
class Services;
class VerifyAllProgress;
class WizardSlot;
struct Account;

// The home screen: the linked accounts in a list pane with a details pane,
// and everything one does with them (link, verify, relink, rename, unlink),
// each handed to the engine's services. With nothing linked yet it explains
// Keylink and offers Link.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What another launch asked for (SingleInstance): the window, brought
    // forward (or its open wizard), and the keylink:// link's wizard if any.
    void present(const QString &deepLink);
    // Opens the linking wizard, at a deep link's selection when given; with
    // a wizard open, brings it forward and asks whether to replace it.
    // False (and the reason shown in the window) for a link it cannot open.
    bool openWizard(const QString &deepLink = {});
    LinkWizard *wizard() const;
    void showProblem(const QString &text);
    const Account *currentAccount() const;
    void selectAccount(const QString &accountId);

    void verifyCurrent();
    void verifyAll();
    void relinkCurrent();
    // Opens the relink wizard on this account (the tray's and a
    // notification's Relink); false when it is not linked (any more).
    bool relinkAccount(const QString &accountId);
    void editExpiryCurrent();
    void renameCurrent();
    void unlinkCurrent();
    void copyCurrentId();
    void makeCurrentDefault();
    void openPreferences();
    // Closing the window leaves Keylink running (in the tray) instead of
    // quitting; closedToTray() says when it did.
    void setKeepRunningWhenClosed(bool keep) { m_keepRunning = keep; }

Q_SIGNALS:
    void closedToTray();
    void preferencesChanged(const keylink::Preferences &preferences);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void showCatalog();
    void fillProviderList();
    void showPage();
    void showDetails();
    void updateActions();
    void onChecked(const CheckOutcome &outcome);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Services &m_services;
    AccountListModel *m_model = nullptr;
    AccountSortModel *m_sorted = nullptr;
    WizardSlot *m_wizards = nullptr;
    VerifyAllProgress *m_progress = nullptr; // made at the first Verify all
    bool m_keepRunning = false;
};

} // namespace keylink
