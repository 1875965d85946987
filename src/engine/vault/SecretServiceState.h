#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace keylink {

// What the Secret Service itself says, over D-Bus, where QtKeychain's answer
// is not enough: libsecret reports an entry in a locked collection as
// missing, and deleting it as done, so "no secret" and "removed" are checked
// here before Keylink believes them. Every answer comes later, on the event
// loop; Unknown (or nullopt) when the service cannot be asked.
class SecretServiceState
{
public:
    enum class Item { Absent, Unlocked, Locked, Unknown };

    // Keylink's entry for `key`, found by the attributes QtKeychain's
    // libsecret backend gives it (server = the service, user = the key).
    static void item(
        const QString &service, const QString &key, int timeoutMs, QObject *context, std::function<void(Item)> done);
    // Whether the default collection (where new entries go) is locked.
    static void defaultCollectionLocked(int timeoutMs, QObject *context, std::function<void(std::optional<bool>)> done);
};

} // namespace keylink
