#pragma once

#include "catalog/Catalog.h"
#include "connect/HostMap.h"

class QNetworkAccessManager;

namespace keylink {

class AccountStore;
class SecretStore;

// What the wizard needs from the application: the catalog, the one network
// manager, where secrets and metadata go, and the test host map.
struct LinkContext {
    const Catalog *catalog = nullptr;
    QNetworkAccessManager *network = nullptr;
    SecretStore *secrets = nullptr;
    AccountStore *store = nullptr;
    HostMap hostMap;
    int timeoutMs = 20000;
};

} // namespace keylink
