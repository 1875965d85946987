#pragma once

#include "catalog/CatalogLoader.h"
#include "link/CheckOutcome.h"
#include "wizard/LinkContext.h"

#include <QMainWindow>

#include <QStringList>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace keylink {

class AccountChecker;
class AccountListModel;
class LinkService;
class TokenRefresher;
struct Account;
struct Preferences;

// The home screen: the linked accounts in a list pane with a details pane,
// and everything one does with them (link, verify, relink, rename, unlink).
// With nothing linked yet it explains Keylink and offers Link.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `context` may lack the network and stores (window tests without linking).
    MainWindow(CatalogLoadResult catalog, LinkContext context = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the linking wizard, at a deep link's selection when given.
    // False (and the reason shown in the window) for a link it cannot open.
    bool openWizard(const QString &deepLink = {});
    void showProblem(const QString &text);
    const Account *currentAccount() const;
    void selectAccount(const QString &accountId);

    void verifyCurrent();
    void verifyAll();
    void relinkCurrent();
    void renameCurrent();
    void unlinkCurrent();
    void openPreferences();
    // The request timeout applies to checks and links started from now on.
    void applyPreferences(const Preferences &preferences);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showCatalog();
    void showPage();
    void showDetails();
    void startQueuedChecks();
    void updateActions();
    void onChecked(const CheckOutcome &outcome);

    std::unique_ptr<Ui::MainWindow> m_ui;
    CatalogLoadResult m_catalog;
    LinkContext m_context;
    AccountListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    TokenRefresher *m_refresher = nullptr; // the window's one: every OAuth token goes through it
    AccountChecker *m_checker = nullptr;
    QStringList m_verifyQueue; // Verify all: ids not started yet
    LinkService *m_links = nullptr;
};

} // namespace keylink
