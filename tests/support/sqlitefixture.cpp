#include "support/sqlitefixture.h"

#include <QFile>

#include <sqlite3.h>

namespace SchemaPilot::Test {

QString execSqliteFile(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error;
    }
    char *message = nullptr;
    QString error;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        error = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
    }
    sqlite3_close(db);
    return error;
}

QString createSqliteFile(const QString &path, const QString &sql)
{
    QFile::remove(path);
    return execSqliteFile(path, sql);
}

QStringList querySqliteFile(const QString &path, const QString &sql)
{
    QStringList rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {QStringLiteral("<open failed>")};
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto *text = sqlite3_column_text(stmt, 0);
            rows << (text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QStringLiteral("<null>"));
        }
    } else {
        rows << QStringLiteral("<error: %1>").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

QString testDataPath(const QString &relative)
{
    return QStringLiteral(SCHEMAPILOT_TEST_DATA_DIR) + u'/' + relative;
}

} // namespace SchemaPilot::Test
