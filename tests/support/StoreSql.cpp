#include "StoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace StoreSql {

bool setPendingPid(const QString &databasePath, const QString &accountId, qint64 pid)
{
    const QString name = QStringLiteral("test-sql");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE pending SET pid = ? WHERE id = ?"));
            q.addBindValue(pid);
            q.addBindValue(accountId);
            ok = q.exec() && q.numRowsAffected() == 1;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace StoreSql
