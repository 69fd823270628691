#include "support/sqlitescript.h"

#include <sqlite3.h>

namespace SchemaPilot::Test {

namespace {

QString exec(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return error + QStringLiteral(" [") + sql + u']';
}

// Empty when the query returns no row.
QString expectNoRows(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" [") + sql + u']';
    const int rc = sqlite3_step(stmt);
    QString error;
    if (rc == SQLITE_ROW)
        error = QStringLiteral("verification returned rows [%1]").arg(sql);
    else if (rc != SQLITE_DONE)
        error = QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" [") + sql + u']';
    sqlite3_finalize(stmt);
    return error;
}

} // namespace

QString runSqliteScript(const QString &path, const QStringList &statements, const QStringList &verify,
                        bool foreignKeysOff)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error;
    }
    QString error = exec(db, foreignKeysOff ? QStringLiteral("PRAGMA foreign_keys=OFF") : QStringLiteral("PRAGMA foreign_keys=ON"));
    if (error.isEmpty())
        error = exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    for (const QString &sql : statements) {
        if (!error.isEmpty())
            break;
        error = exec(db, sql);
    }
    for (const QString &sql : verify) {
        if (!error.isEmpty())
            break;
        error = expectNoRows(db, sql);
    }
    if (error.isEmpty())
        error = expectNoRows(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (error.isEmpty())
        error = exec(db, QStringLiteral("COMMIT"));
    else
        exec(db, QStringLiteral("ROLLBACK"));
    sqlite3_close(db);
    return error;
}

} // namespace SchemaPilot::Test
