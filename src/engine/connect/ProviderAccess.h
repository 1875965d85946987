#pragma once

#include "connect/HostMap.h"
#include "core/Timeouts.h"

class QNetworkAccessManager;

namespace keylink {

// How Keylink reaches providers: the one network manager, the test host map,
// and how long an answer may take. Owned by Services; the parts that talk to
// providers read it when they start a request, so a new timeout (Preferences)
// applies from the next request on.
struct ProviderAccess {
    QNetworkAccessManager *network = nullptr;
    HostMap hostMap;
    int timeoutMs = Timeouts::DefaultRequestMs;
};

} // namespace keylink
