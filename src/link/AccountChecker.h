#pragma once

#include "catalog/Catalog.h"
#include "connect/HostMap.h"
#include "link/CheckOutcome.h"

#include <QObject>
#include <QSet>

#include <optional>

class QNetworkAccessManager;

namespace keylink {

class AccountStore;
class SecretStore;
class TokenRefresher;

// Checks linked accounts again with their providers, any number at once:
// reads the secret, verifies, and records status, permissions and the time
// of the check in the store. Used by the window and by `keylink verify`.
class AccountChecker : public QObject
{
    Q_OBJECT
public:
    // OAuth accounts get their access token through `refresher`, which the
    // whole process shares: two owners would spend a single-use refresh
    // token twice.
    AccountChecker(const Catalog &catalog, QNetworkAccessManager *network, HostMap hostMap, SecretStore &secrets,
        AccountStore &store, TokenRefresher &refresher, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void check(const QString &accountId);
    bool isChecking(const QString &accountId) const { return m_running.contains(accountId); }
    int running() const { return int(m_running.size()); }

Q_SIGNALS:
    void started(const QString &accountId);
    void finished(const keylink::CheckOutcome &outcome);

private:
    // `granted`: an OAuth token's granted scopes, which replace the probes.
    void verify(const Account &snapshot, const Provider *provider, const AuthMethod *method, SecretFields fields,
        const std::optional<QStringList> &granted = std::nullopt);
    void finish(CheckOutcome outcome);

    const Catalog &m_catalog;
    QNetworkAccessManager *m_network = nullptr;
    HostMap m_hostMap;
    SecretStore &m_secrets;
    AccountStore &m_store;
    int m_timeoutMs = 20000;
    TokenRefresher &m_refresher;
    QSet<QString> m_running;
};

} // namespace keylink
