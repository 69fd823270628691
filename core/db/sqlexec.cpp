#include "db/sqlexec.h"

#include "common/tr.h"

namespace SchemaPilot::Core {

Error errorFromSql(const QSqlError &error, const QString &statement)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString lower = text.toLower();
    Error result{ErrorCode::StatementFailed, text, statement, text, {}, 0};
    // SQLite result codes (primary code in the low byte): 5 BUSY, 6 LOCKED, 11 CORRUPT, 26 NOTADB, 9 INTERRUPT
    const int code = native.toInt() & 0xff;
    if (lower.contains(QStringLiteral("database is locked")) || code == 5 || code == 6) {
        result.code = ErrorCode::DatabaseLocked;
        result.message = Tr::tr("The database is locked by another connection; retry when it is free");
    } else if (lower.contains(QStringLiteral("not a database")) || lower.contains(QStringLiteral("malformed"))
               || code == 11 || code == 26) {
        result.code = ErrorCode::DatabaseCorrupt;
        result.message = Tr::tr("The database file is corrupt or not a database; restore it from a backup");
    } else if (lower.contains(QStringLiteral("interrupted")) || code == 9) {
        result.code = ErrorCode::TimedOut;
        result.message = Tr::tr("The statement was interrupted");
    }
    return result;
}

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = false;
    if (bindings.isEmpty()) {
        ok = query.exec(sql);
    } else {
        if (!query.prepare(sql))
            return fail(errorFromSql(query.lastError(), sql));
        for (const QVariant &value : bindings)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok)
        return fail(errorFromSql(query.lastError(), sql));
    return query;
}

Result<void> execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto query = runQuery(db, sql, bindings);
    if (!query)
        return fail(query.error());
    return {};
}

Result<QVariant> queryScalar(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto query = runQuery(db, sql, bindings);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return QVariant();
    return query->value(0);
}

} // namespace SchemaPilot::Core
