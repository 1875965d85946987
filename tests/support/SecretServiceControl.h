#pragma once

#include <QString>

// The test session's real Secret Service (gnome-keyring, started by
// scripts/with-keyring), driven over D-Bus as a desktop would: lock the
// login collection (the Secret Service's own Lock method), unlock it again
// with the session's password, and find the daemon's process to make it
// stop answering (SIGSTOP) and answer again (SIGCONT).
namespace SecretServiceControl {
bool lockLogin(QString *error);
// With scripts/with-keyring's throw-away password (KEYLINK_TEST_KEYRING_PASSWORD).
bool unlockLogin(QString *error);
bool isLoginLocked();
qint64 daemonPid();
} // namespace SecretServiceControl
