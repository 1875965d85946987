#pragma once

#include <QDateTime>
#include <QModelIndex>
#include <QScrollArea>

class QAction;
class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace keylink {

class Catalog;
class CheckTimeline;
class PermissionList;
class StatusChip;
struct Account;

// How an account is used: whether a command naming its provider gets it
// (the default), and the last time its secret left Keylink.
struct AccountUsage {
    bool isDefault = false;
    QDateTime lastUsed;
    QString lastUsedBy; // the program, by file name
};

// The details pane: the selected account's name and status chip, Verify,
// Relink and Open dashboard, then its sections: Account (provider, method,
// identity, environment, fields, actions, dates), Permissions (each scope
// granted, missing or not checked), Secret (where it lives), and an
// Advanced fold with the account id and Copy. Plain widgets, built the
// first time an account is shown; the fold's content when it first opens.
class AccountDetailsView : public QScrollArea
{
    Q_OBJECT
public:
    explicit AccountDetailsView(QWidget *parent = nullptr);
    ~AccountDetailsView() override;

    // The pane's buttons trigger these actions and follow their enabled state.
    void setActions(QAction *verify, QAction *relink, QAction *openDashboard, QAction *copyId);
    // `index`: the account's row in the account list model (status, names).
    void showAccount(
        const Catalog &catalog, const QModelIndex &index, const Account &account, const AccountUsage &usage = {});
    void clearAccount();
    // Says "Copied" on the Copy button for a moment.
    void confirmCopied();
    // Everything the pane says, label by label in reading order, for tests.
    QString text() const;

Q_SIGNALS:
    // "Set an end date…": the user wants to enter the credential's end date.
    void expiryEditRequested();

private:
    void build();
    void buildAdvanced();
    QLabel *sectionHeader(const QString &title);
    void addRow(QFormLayout *form, const QString &label, const QString &value);
    QPushButton *buttonFor(QAction *action, const QString &text, const QString &description);

    QWidget *m_content = nullptr; // null until the first account
    QLabel *m_icon = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    StatusChip *m_chip = nullptr;
    QLabel *m_statusMessage = nullptr;
    QWidget *m_buttons = nullptr;
    QWidget *m_accountRows = nullptr;
    QFormLayout *m_accountForm = nullptr;
    QWidget *m_permissionsSection = nullptr;
    PermissionList *m_permissions = nullptr;
    QLabel *m_secret = nullptr;
    QToolButton *m_expiryButton = nullptr;
    CheckTimeline *m_timeline = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr; // null until first opened
    QLabel *m_accountId = nullptr;
    QLabel *m_keychainEntry = nullptr;
    QPushButton *m_copy = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_relinkAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_copyAction = nullptr;
    QString m_id;
    QStringList m_rows; // what m_accountForm shows, to rebuild it only when it changes
};

} // namespace keylink
