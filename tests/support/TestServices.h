#pragma once

#include "services/Services.h"

#include <QTemporaryDir>

#include <memory>

namespace keylink {
class Clock;
class HostMap;
class SecretStore;
} // namespace keylink

// The engine's services as a test needs them: the built-in catalog, the
// given host map, an account database of its own (in a temporary folder, or
// at `databasePath`), opened, and the real keychain unless `secrets` stands
// in for it.
class TestServices
{
public:
    explicit TestServices(const keylink::HostMap &hostMap, keylink::SecretStore *secrets = nullptr,
        const QString &databasePath = {}, keylink::Clock *clock = nullptr);
    keylink::Services &operator*() { return *m_services; }
    keylink::Services *operator->() { return m_services.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<keylink::Services> m_services;
};
