#pragma once

#include "catalog/Catalog.h"
#include "store/Account.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QSet>

namespace keylink {

class AccountStore;

// The linked accounts as the list pane shows them: a model over the account
// store, plus what is only true right now (a check running, a keychain that
// refused). Follows the store row by row: an account linked, changed or
// unlinked by another Keylink process adds, repaints or removes its row
// only.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        ProviderNameRole,
        IdentityRole, // "Initech Support (cmp_1a2b)"
        EnvironmentRole, // "Production" / "Sandbox"
        StatusRole, // Account::Status
        StatusTextRole, // "Verified", "Needs attention", "Not checked", "Checking…", "Keychain locked"
        StatusMessageRole,
        LastVerifiedRole,
        BusyRole,
        KeychainProblemRole,
        FilterRole,
        EnvironmentIdRole, // "production", "sandbox": what the badge's colour follows, in any language
        StatusIconRole, // int(Icons::Name): the status's icon, the same in the list and the details
        ExpiresAtRole, // QDateTime: when the credential stops working; invalid when not known
    };

    AccountListModel(const Catalog &catalog, AccountStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // "Front — Initech Support", or the label the user gave it.
    static QString displayName(const Catalog &catalog, const Account &account);
    // The status in words, as the list says it.
    static QString statusText(Account::Status status);

    const Account *account(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &accountId) const;
    void setBusy(const QString &accountId, bool busy);
    void setKeychainProblem(const QString &accountId, const QString &problem);

private:
    static QString statusMessage(const Account &account);
    void rowChanged(const QString &accountId);
    void rowAdded(const QString &accountId);
    void rowRemoved(const QString &accountId);

    const Catalog &m_catalog;
    AccountStore &m_store;
    QStringList m_ids; // the rows, in the order they came
    QSet<QString> m_busy;
    QHash<QString, QString> m_keychainProblems;
    mutable QHash<QString, QIcon> m_icons; // by provider id
};

} // namespace keylink
