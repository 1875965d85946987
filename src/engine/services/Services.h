#pragma once

#include "catalog/CatalogLoader.h"
#include "connect/ProviderAccess.h"
#include "core/Timeouts.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace keylink {

class AccountChecker;
class AccountStore;
class BackgroundChecks;
class Clock;
class CredentialVault;
class LinkService;
class Linker;
class SecretStore;
class TokenRefresher;

// The linking engine, built once at start-up and handed to the window or to
// a command: one network manager, the catalog, the keychain, the account
// store, the one OAuth token refresher, the checker and the linking use
// case, with every timeout from one place.
//
// The catalog loads on a thread of its own from construction on, while the
// caller opens the store and talks to the keychain; the first use of
// catalog() waits for it (bench/bench_token, bench/bench_startup). The
// translators must be installed before construction: provider texts are
// translated as they load.
class Services : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QStringList catalogDirectories {CatalogLoader::userDirectory()};
        HostMap hostMap; // KEYLINK_HOST_MAP, for tests and trying Keylink locally
        QString databasePath; // empty: AccountStore::defaultPath()
        SecretStore *secrets = nullptr; // in place of the system keychain (tests)
        Clock *clock = nullptr; // in place of the system time, for what runs by the calendar (tests)
        // Called once, on the caller's thread, when the catalog is first used
        // (the command line reports skipped files then).
        std::function<void(const CatalogLoadResult &)> catalogLoaded;
    };

    explicit Services(const Options &options, QObject *parent = nullptr);
    ~Services() override;

    // Opens the account store: not in the constructor, so that what needs no
    // accounts (`keylink providers`) never touches it. False: store().problem().
    bool openStore();

    const CatalogLoadResult &catalogLoad() const;
    const Catalog &catalog() const { return catalogLoad().catalog; }
    const ProviderAccess &access() const { return m_access; }
    SecretStore &secrets() { return *m_secrets; }
    AccountStore &store() { return *m_store; }
    // Built on first use, with the catalog.
    TokenRefresher &refresher();
    AccountChecker &checker();
    Clock &clock() { return *m_clock; }
    // The calendar's checks and reminders (the window runs them), built on
    // first use over checker().
    BackgroundChecks &background();
    LinkService &links() { return *m_links; }
    // One link in progress (the caller owns it).
    Linker *newLinker(QObject *parent);

    const Timeouts &timeouts() const { return m_timeouts; }
    void setTimeouts(const Timeouts &timeouts);

private:
    QNetworkAccessManager m_network;
    mutable std::future<CatalogLoadResult> m_loading;
    mutable std::optional<CatalogLoadResult> m_catalog;
    std::function<void(const CatalogLoadResult &)> m_catalogLoaded;
    ProviderAccess m_access;
    Timeouts m_timeouts;
    std::unique_ptr<CredentialVault> m_vault;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<TokenRefresher> m_refresher;
    std::unique_ptr<AccountChecker> m_checker;
    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock = nullptr;
    std::unique_ptr<BackgroundChecks> m_background;
    std::unique_ptr<LinkService> m_links;
};

} // namespace keylink
