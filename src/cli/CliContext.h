#pragma once

#include "catalog/CatalogLoader.h"
#include "cli/CommandLine.h"
#include "connect/ConnectResult.h"
#include "connect/HostMap.h"
#include "oauth/TokenRefresher.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"

#include <QNetworkAccessManager>
#include <QTextStream>

namespace keylink {

// What every headless verb shares: the request, the catalog, one network
// manager, the keychain, the account store, the one token refresher and the
// two output streams.
class CliContext
{
public:
    CliContext(CommandLineRequest request, CatalogLoadResult catalog, HostMap hostMap, QTextStream &out,
        QTextStream &err, SecretStore *secrets = nullptr);

    const CommandLineRequest &request() const { return m_request; }
    const Catalog &catalog() const { return m_catalog.catalog; }
    const HostMap &hostMap() const { return m_hostMap; }
    QNetworkAccessManager &network() { return m_network; }
    SecretStore &secrets() { return *m_secrets; }
    AccountStore &store() { return m_store; }
    TokenRefresher &refresher() { return m_refresher; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    int timeoutMs() const;

    // Prints "keylink: message" on stderr and returns `code`.
    int fail(int code, const QString &message);
    // The same for a provider failure, with the provider's words and request id.
    int fail(const ConnectResult &result);
    static int exitCodeFor(const ConnectResult &result);
    static int exitCodeFor(const VaultResult &result);

private:
    CommandLineRequest m_request;
    CatalogLoadResult m_catalog;
    HostMap m_hostMap;
    QTextStream &m_out;
    QTextStream &m_err;
    QNetworkAccessManager m_network;
    CredentialVault m_vault;
    SecretStore *m_secrets = nullptr;
    AccountStore m_store;
    TokenRefresher m_refresher;
};

} // namespace keylink
