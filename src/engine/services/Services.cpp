#include "services/Services.h"

#include "core/Clock.h"
#include "link/AccountChecker.h"
#include "link/LinkService.h"
#include "link/Linker.h"
#include "oauth/TokenRefresher.h"
#include "store/AccountLocks.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"
#include "watch/BackgroundChecks.h"

namespace keylink {

Services::Services(const Options &options, QObject *parent)
    : QObject(parent)
    , m_loading(std::async(
          std::launch::async, [directories = options.catalogDirectories] { return CatalogLoader::load(directories); }))
    , m_catalogLoaded(options.catalogLoaded)
    , m_vault(std::make_unique<CredentialVault>())
    , m_secrets(options.secrets ? options.secrets : m_vault.get())
    , m_store(std::make_unique<AccountStore>(
          options.databasePath.isEmpty() ? AccountStore::defaultPath() : options.databasePath))
{
    m_access.network = &m_network;
    m_access.hostMap = options.hostMap;
    m_links = std::make_unique<LinkService>(*m_secrets, *m_store);
    if (!options.clock)
        m_ownClock = std::make_unique<Clock>();
    m_clock = options.clock ? options.clock : m_ownClock.get();
    setTimeouts(m_timeouts);
}

// Waits for the load first: the thread must not outlive what it reads.
Services::~Services()
{
    if (m_loading.valid())
        m_loading.wait();
}

const CatalogLoadResult &Services::catalogLoad() const
{
    if (!m_catalog) {
        m_catalog = m_loading.get();
        if (m_catalogLoaded)
            m_catalogLoaded(*m_catalog);
    }
    return *m_catalog;
}

TokenRefresher &Services::refresher()
{
    if (!m_refresher)
        m_refresher = std::make_unique<TokenRefresher>(catalog(), m_access, *m_secrets, *m_store);
    return *m_refresher;
}

AccountChecker &Services::checker()
{
    if (!m_checker)
        m_checker = std::make_unique<AccountChecker>(catalog(), m_access, *m_secrets, *m_store, refresher());
    return *m_checker;
}

BackgroundChecks &Services::background()
{
    if (!m_background)
        m_background = std::make_unique<BackgroundChecks>(*m_store, checker(), *m_clock);
    return *m_background;
}

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
