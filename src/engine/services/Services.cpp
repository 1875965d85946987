#include "services/Services.h"

#include "link/AccountChecker.h"
#include "link/LinkService.h"
#include "link/Linker.h"
#include "oauth/TokenRefresher.h"
#include "store/AccountLocks.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"

namespace keylink {

Services::Services(const Options &options, QObject *parent)
    : QObject(parent)
    , m_catalog(CatalogLoader::load(options.catalogDirectories))
    , m_vault(std::make_unique<CredentialVault>())
    , m_secrets(options.secrets ? options.secrets : m_vault.get())
    , m_store(std::make_unique<AccountStore>(
          options.databasePath.isEmpty() ? AccountStore::defaultPath() : options.databasePath))
{
    m_access.network = &m_network;
    m_access.hostMap = options.hostMap;
    m_refresher = std::make_unique<TokenRefresher>(m_catalog.catalog, m_access, *m_secrets, *m_store);
    m_checker = std::make_unique<AccountChecker>(m_catalog.catalog, m_access, *m_secrets, *m_store, *m_refresher);
    m_links = std::make_unique<LinkService>(*m_secrets, *m_store);
    setTimeouts(m_timeouts);
}

Services::~Services() = default;

bool Services::openStore()
{
    return m_store->open();
}

Linker *Services::newLinker(QObject *parent)
{
    return new Linker(m_access, *m_links, parent);
}

void Services::setTimeouts(const Timeouts &timeouts)
{
    m_timeouts = timeouts;
    m_access.timeoutMs = timeouts.requestMs;
    m_vault->setTimeout(timeouts.keychainMs);
    m_store->locks().setTimeout(timeouts.lockMs);
}

} // namespace keylink
