#pragma once

#include <QString>

// Direct SQL on an account database, for tests that must fake what a killed
// process leaves behind (a pending mark by a pid that is gone).
namespace StoreSql {
bool setPendingPid(const QString &databasePath, const QString &accountId, qint64 pid);
} // namespace StoreSql
