#include "accounts/AccountListModel.h"

#include "store/AccountStore.h"
#include "widgets/Icons.h"

#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace keylink {

AccountListModel::AccountListModel(const Catalog &catalog, AccountStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
    , m_store(store)
    , m_ids(store.ids())
{
    // One row at a time: a finished check repaints its row instead of
    // resetting, and so re-sorting, the whole list.
    connect(&m_store, &AccountStore::accountChanged, this, &AccountListModel::rowChanged);
    connect(&m_store, &AccountStore::accountAdded, this, &AccountListModel::rowAdded);
    connect(&m_store, &AccountStore::accountRemoved, this, &AccountListModel::rowRemoved);
}

void AccountListModel::rowAdded(const QString &accountId)
{
    if (m_ids.contains(accountId))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(accountId);
    endInsertRows();
}

void AccountListModel::rowRemoved(const QString &accountId)
{
    const int row = int(m_ids.indexOf(accountId));
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_busy.remove(accountId);
    m_keychainProblems.remove(accountId);
    endRemoveRows();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

const Account *AccountListModel::account(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return nullptr;
    return m_store.account(m_ids.at(index.row()));
}

QModelIndex AccountListModel::indexOf(const QString &accountId) const
{
    const qsizetype row = m_ids.indexOf(accountId);
    return row < 0 ? QModelIndex() : index(int(row));
}

QString AccountListModel::displayName(const Catalog &catalog, const Account &account)
{
    if (!account.label.isEmpty())
        return account.label;
    const Provider *provider = catalog.provider(account.providerId);
    return u"%1 — %2"_s.arg(provider ? provider->name : account.providerId, account.identityName);
}

QString AccountListModel::statusText(Account::Status status)
{
    switch (status) {
    case Account::Status::Verified:
        return tr("Verified");
    case Account::Status::NeedsAttention:
        return tr("Needs attention");
    case Account::Status::Unreachable:
        return tr("Unreachable");
    case Account::Status::Expired:
        return tr("Expired");
    case Account::Status::NotChecked:
        break;
    }
    return tr("Not checked");
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    const Account *a = account(index);
    if (!a)
        return {};
    const Provider *provider = m_catalog.provider(a->providerId);
    const QString providerName = provider ? provider->name : a->providerId;
    const QString identity
        = a->identityId == a->identityName ? a->identityName : u"%1 (%2)"_s.arg(a->identityName, a->identityId);
    QString environment = a->environmentId;
    if (const AuthMethod *m = provider ? provider->authMethod(a->methodId) : nullptr) {
        for (const Environment &e : m->environments)
            environment = e.id == a->environmentId ? e.label : environment;
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayName(m_catalog, *a);
    case Qt::DecorationRole: {
        if (!provider)
            return QIcon();
        // One QIcon per provider: each QIcon keeps its own rendered pixmaps,
        // so a new one per call would render the SVG again for every row.
        auto icon = m_icons.constFind(provider->id);
        if (icon == m_icons.constEnd())
            icon = m_icons.insert(provider->id, QIcon(provider->iconPath));
        return *icon;
    }
    case Qt::AccessibleTextRole:
        return u"%1, %2, %3"_s.arg(
            data(index, Qt::DisplayRole).toString(), environment, data(index, StatusTextRole).toString());
    case AccountIdRole:
        return a->id;
    case ProviderNameRole:
        return providerName;
    case IdentityRole:
        return identity;
    case EnvironmentRole:
        return environment;
    case EnvironmentIdRole:
        return a->environmentId;
    case StatusIconRole: {
        if (m_busy.contains(a->id))
            return int(Icons::Name::Busy);
        if (m_keychainProblems.contains(a->id))
            return int(Icons::Name::Failed);
        switch (a->statusAt(QDateTime::currentDateTimeUtc())) {
        case Account::Status::Verified:
            return int(Icons::Name::Verified);
        case Account::Status::NeedsAttention:
            return int(Icons::Name::Attention);
        case Account::Status::Unreachable:
            return int(Icons::Name::Unreachable);
        case Account::Status::Expired:
            return int(Icons::Name::Expired);
        case Account::Status::NotChecked:
            break;
        }
        return int(Icons::Name::NotChecked);
    }
    case StatusRole:
        return int(a->statusAt(QDateTime::currentDateTimeUtc()));
    case StatusTextRole:
        if (m_busy.contains(a->id))
            return tr("Checking…");
        if (m_keychainProblems.contains(a->id))
            return tr("Keychain unavailable");
        return statusText(a->statusAt(QDateTime::currentDateTimeUtc()));
    case StatusMessageRole:
    case Qt::ToolTipRole:
        if (m_keychainProblems.contains(a->id))
            return m_keychainProblems.value(a->id);
        return statusMessage(*a);
    case ExpiresAtRole:
        return a->expiresAt();
    case LastVerifiedRole:
        return a->lastVerified;
    case BusyRole:
        return m_busy.contains(a->id);
    case KeychainProblemRole:
        return m_keychainProblems.value(a->id);
    case FilterRole:
        return u"%1 %2 %3 %4 %5"_s.arg(providerName, a->label, identity, environment, a->id);
    default:
        return {};
    }
}

QString AccountListModel::statusMessage(const Account &a)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (a.statusAt(now)) {
    case Account::Status::Expired:
        return tr("The credential expired on %1. Create a new one in the provider's dashboard and relink.")
            .arg(QLocale().toString(a.expiresAt().toLocalTime().date(), QLocale::LongFormat));
    case Account::Status::Unreachable:
        return a.statusMessage + u"\n"_s
            + (a.lastVerified.isValid()
                    ? tr("Last successful check: %1.")
                          .arg(QLocale().toString(a.lastVerified.toLocalTime(), QLocale::ShortFormat))
                    : tr("It has not been checked successfully yet."));
    default:
        return a.statusMessage;
    }
}

void AccountListModel::rowChanged(const QString &accountId)
{
    const QModelIndex i = indexOf(accountId);
    if (i.isValid())
        Q_EMIT dataChanged(i, i);
}

void AccountListModel::setBusy(const QString &accountId, bool busy)
{
    if (busy)
        m_busy.insert(accountId);
    else
        m_busy.remove(accountId);
    rowChanged(accountId);
}

void AccountListModel::setKeychainProblem(const QString &accountId, const QString &problem)
{
    if (problem.isEmpty())
        m_keychainProblems.remove(accountId);
    else
        m_keychainProblems.insert(accountId, problem);
    rowChanged(accountId);
}

} // namespace keylink
