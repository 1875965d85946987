#pragma once

namespace keylink {

// How long Keylink waits, in one place.
struct Timeouts {
    static constexpr int DefaultRequestMs = 20000; // a provider's answer (Preferences, --timeout)
    static constexpr int DefaultKeychainMs = 60000; // the keychain: room to type a password when it asks for one
    static constexpr int DefaultLockMs = 30000; // another Keylink process changing the same account

    int requestMs = DefaultRequestMs;
    int keychainMs = DefaultKeychainMs;
    int lockMs = DefaultLockMs;
};

} // namespace keylink
