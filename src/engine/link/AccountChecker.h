#pragma once

#include "catalog/Catalog.h"
#include "connect/ProviderAccess.h"
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
    AccountChecker(const Catalog &catalog, const ProviderAccess &access, SecretStore &secrets, AccountStore &store,
        TokenRefresher &refresher, QObject *parent = nullptr);

    void check(const QString &accountId);
    // Checks these accounts, a few per turn of the event loop: starting a
    // check costs up to 1.5 ms (keychain job, request, row update), and
    // starting 200 at once froze the window for over 100 ms, 8 per turn still
    // for 12-14 ms a turn (bench/bench_verifyall).
    void checkAll(const QStringList &accountIds);
    int queued() const { return int(m_queue.size()); }
    // Drops the checks checkAll has not started yet (Stop in the window);
    // running ones finish and report as usual. Returns how many were dropped.
    int cancelQueued();
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
    void startQueued();

    const Catalog &m_catalog;
    const ProviderAccess &m_access;
    SecretStore &m_secrets;
    AccountStore &m_store;
    TokenRefresher &m_refresher;
    QSet<QString> m_running;
    QStringList m_queue; // checkAll: ids not started yet
};

} // namespace keylink
