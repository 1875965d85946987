#pragma once

#include <QtGlobal>

namespace keylink {

// Whether a process still runs: a pending mark or a link in flight belongs to
// its process until that process is gone.
namespace ProcessCheck {
// This process counts as running. A reused pid counts as running too: the
// mark waits until that process ends as well (safe, only later).
bool isRunning(qint64 pid);
} // namespace ProcessCheck

} // namespace keylink
