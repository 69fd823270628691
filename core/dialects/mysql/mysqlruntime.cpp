#include "dialects/mysql/mysqlruntime.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/connection.h"
#include "db/sqlexec.h"
#include "dialects/mysql/mysqlclient.h"
#include "dialects/mysql/mysqlddl.h"
#include "dialects/mysql/mysqlroutines.h"
#include "dialects/mysql/mysqlmigrationlock.h"
#include "dialects/mysql/mysqlstatementguard.h"

#include <QRandomGenerator>
#include <QSet>

namespace SchemaPilot::Core {

namespace {

// Orphans are counted up to this many per foreign key: enough to report, bounded on large tables.
constexpr int kOrphanLimit = 1000;
constexpr int kMaxFindings = 5;
const QString kRehearsalPrefix = QStringLiteral("schemapilot_rehearsal_");

Result<QStringList> baseTables(const QSqlDatabase &db)
{
    auto query = runQuery(db, QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                             "AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED') ORDER BY TABLE_NAME"));
    if (!query)
        return fail(query.error());
    QStringList tables;
    while (query->next())
        tables << query->value(0).toString();
    return tables;
}

struct ForeignKeyColumns {
    QString name;
    QString table;
    QString referencedTable;
    QStringList columns;
    QStringList referencedColumns;
};

Result<QList<ForeignKeyColumns>> foreignKeys(const QSqlDatabase &db)
{
    auto query = runQuery(db, QStringLiteral(
        "SELECT CONSTRAINT_NAME, TABLE_NAME, REFERENCED_TABLE_NAME, COLUMN_NAME, REFERENCED_COLUMN_NAME "
        "FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_SCHEMA = DATABASE() "
        "AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION"));
    if (!query)
        return fail(query.error());
    QList<ForeignKeyColumns> keys;
    while (query->next()) {
        const QString name = query->value(0).toString();
        const QString table = query->value(1).toString();
        if (keys.isEmpty() || keys.last().name != name || keys.last().table != table)
            keys << ForeignKeyColumns{name, table, query->value(2).toString(), {}, {}};
        keys.last().columns << query->value(3).toString();
        keys.last().referencedColumns << query->value(4).toString();
    }
    return keys;
}

// Lower-cased names of the table's columns that hold characters (a character set other than
// binary): CHAR, VARCHAR, TEXT, ENUM, SET.
Result<QSet<QString>> characterColumns(const QSqlDatabase &db, const QString &table)
{
    auto query = runQuery(db, QStringLiteral("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                             "AND TABLE_NAME = ? AND CHARACTER_SET_NAME IS NOT NULL AND CHARACTER_SET_NAME <> 'binary'"),
                          {table});
    if (!query)
        return fail(query.error());
    QSet<QString> names;
    while (query->next())
        names.insert(query->value(0).toString().toLower());
    return names;
}

Error integrityError(const QString &message, const QStringList &findings)
{
    return Error{ErrorCode::IntegrityCheckFailed, message, {}, findings.mid(0, kMaxFindings).join(QStringLiteral("; ")), {}, 0};
}

} // namespace

std::unique_ptr<MigrationLock> MysqlRuntime::migrationLock(const ConnectionUrl &url) const
{
    return std::make_unique<MysqlMigrationLock>(url);
}

Result<void> MysqlRuntime::checkIntegrity(const QSqlDatabase &db, IntegrityLevel level) const
{
    auto tables = baseTables(db);
    if (!tables)
        return fail(tables.error());
    if (tables->isEmpty())
        return {};
    const QString mode = level == IntegrityLevel::Full ? QStringLiteral("EXTENDED") : QStringLiteral("QUICK");
    QStringList findings;
    // One CHECK TABLE per batch of tables keeps the statement short on large schemas.
    for (qsizetype from = 0; from < tables->size(); from += 50) {
        const QString sql = QStringLiteral("CHECK TABLE %1 %2").arg(mysqlQuoteList(tables->mid(from, 50)), mode);
        auto query = runQuery(db, sql);
        if (!query) {
            Error error = query.error();
            error.code = ErrorCode::IntegrityCheckFailed;
            error.message = Tr::tr("CHECK TABLE could not read the database; repair or restore it first");
            return fail(error);
        }
        // Rows: Table, Op, Msg_type, Msg_text. A healthy table has one "status OK" row; notes are harmless.
        while (query->next()) {
            const QString type = query->value(2).toString().toLower();
            const QString text = query->value(3).toString();
            if (type == QStringLiteral("note") || type == QStringLiteral("info") || (type == QStringLiteral("status") && text == QStringLiteral("OK")))
                continue;
            findings << QStringLiteral("%1: %2 %3").arg(query->value(0).toString(), type, text);
        }
    }
    if (findings.isEmpty())
        return {};
    return fail(integrityError(Tr::tr("CHECK TABLE ... %1 found problems in %2 place(s); nothing was changed. Repair "
                                      "(REPAIR TABLE / mariadb-check) or restore from a backup first")
                                   .arg(mode).arg(findings.size()),
                               findings));
}

Result<void> MysqlRuntime::checkForeignKeys(const QSqlDatabase &db) const
{
    auto keys = foreignKeys(db);
    if (!keys)
        return fail(keys.error());
    QStringList findings;
    qint64 total = 0;
    for (const ForeignKeyColumns &key : std::as_const(*keys)) {
        // MATCH SIMPLE: a row with any NULL in the key references nothing and is fine.
        QStringList join;
        QStringList notNull;
        for (qsizetype i = 0; i < key.columns.size(); ++i) {
            join << QStringLiteral("p.%1 = c.%2").arg(mysqlQuote(key.referencedColumns.at(i)), mysqlQuote(key.columns.at(i)));
            notNull << QStringLiteral("c.%1 IS NOT NULL").arg(mysqlQuote(key.columns.at(i)));
        }
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 c LEFT JOIN %2 p ON %3 WHERE %4 AND p.%5 IS NULL "
                                           "LIMIT %6) orphans")
                                .arg(mysqlQuote(key.table), mysqlQuote(key.referencedTable), join.join(QStringLiteral(" AND ")),
                                     notNull.join(QStringLiteral(" AND ")), mysqlQuote(key.referencedColumns.first()))
                                .arg(kOrphanLimit);
        auto orphans = queryScalar(db, sql);
        if (!orphans) {
            Error error = orphans.error();
            error.code = ErrorCode::IntegrityCheckFailed;
            return fail(error);
        }
        if (const qint64 n = orphans->toLongLong(); n > 0) {
            total += n;
            findings << Tr::tr("%1%2 row(s) of %3 reference missing rows of %4 (foreign key %5)")
                            .arg(n >= kOrphanLimit ? Tr::tr("at least ") : QString()).arg(n)
                            .arg(key.table, key.referencedTable, key.name);
        }
    }
    if (findings.isEmpty())
        return {};
    return fail(integrityError(Tr::tr("%1 row(s) violate foreign keys (found with foreign_key_checks off); fix or delete them first")
                                   .arg(total),
                               findings));
}

Result<bool> MysqlRuntime::setForeignKeyEnforcement(const QSqlDatabase &db, bool enabled) const
{
    auto previous = queryScalar(db, QStringLiteral("SELECT @@SESSION.foreign_key_checks"));
    if (!previous)
        return fail(previous.error());
    if (auto ok = execSql(db, QStringLiteral("SET SESSION foreign_key_checks = %1").arg(enabled ? 1 : 0)); !ok)
        return fail(ok.error());
    return previous->toInt() != 0;
}

Result<void> MysqlRuntime::begin(const QSqlDatabase &db) const
{
    // Covers the DML only: every DDL statement commits implicitly (see transactionalDdl()).
    return execSql(db, QStringLiteral("START TRANSACTION"));
}

Result<void> MysqlRuntime::beginWithTimeLimit(const QSqlDatabase &db, qint64 limitMs) const
{
    if (limitMs > 0) {
        // The server stops a statement that runs past the limit (MariaDB: max_statement_time) and
        // a DDL statement that waits longer for a metadata lock (lock_wait_timeout), even when the
        // guard's KILL QUERY cannot reach it. MySQL has no max_statement_time: the guard covers it.
        const double seconds = double(limitMs) / 1000.0;
        if (auto ok = execSql(db, QStringLiteral("SET SESSION max_statement_time = %1").arg(seconds, 0, 'f', 3)); !ok)
            qCDebug(lcCore) << "max_statement_time not available:" << ok.error().toString();
        if (auto ok = execSql(db, QStringLiteral("SET SESSION lock_wait_timeout = %1").arg(qMax<qint64>(1, (limitMs + 999) / 1000)));
            !ok)
            return ok;
    }
    return begin(db);
}

Result<void> MysqlRuntime::commit(const QSqlDatabase &db) const
{
    return execSql(db, QStringLiteral("COMMIT"));
}

Result<void> MysqlRuntime::rollback(const QSqlDatabase &db) const
{
    return execSql(db, QStringLiteral("ROLLBACK"));
}

std::unique_ptr<StatementGuard> MysqlRuntime::guard(const Connection &connection, std::function<bool()> shouldStop) const
{
    auto id = queryScalar(connection.database(), QStringLiteral("SELECT CONNECTION_ID()"));
    if (!id)
        qCWarning(lcCore) << "no connection id, a timeout cannot interrupt a running statement:" << id.error().toString();
    return std::make_unique<MysqlStatementGuard>(connection.url(), id ? id->toLongLong() : 0, std::move(shouldStop));
}

Result<TableDigest> MysqlRuntime::tableDigest(const Connection &connection, const QString &table, const QStringList &columns) const
{
    auto textColumns = characterColumns(connection.database(), table);
    if (!textColumns)
        return fail(textColumns.error());
    // Per row an MD5 over the values (NULL distinct from any value); summed and xor-ed in the
    // server, so the result does not depend on row order and no row leaves the server. Text is
    // hashed as its characters in utf8mb4, so a charset conversion that keeps every character
    // (latin1 'café' to utf8mb4) verifies; anything else, binary strings included, as its bytes.
    QStringList parts;
    for (const QString &column : columns) {
        const QString value = textColumns->contains(column.toLower())
                                  ? QStringLiteral("CONVERT(%1 USING utf8mb4)").arg(mysqlQuote(column))
                                  : QStringLiteral("CAST(%1 AS BINARY)").arg(mysqlQuote(column));
        parts << QStringLiteral("IFNULL(CONCAT('v', %1), 'n')").arg(value);
    }
    const QString row = parts.isEmpty() ? QStringLiteral("''") : QStringLiteral("CONCAT_WS(0x1e, %1)").arg(parts.join(u", "));
    const QString sql = QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CONV(LEFT(MD5(%1), 15), 16, 10)), 0), "
                                       "COALESCE(BIT_XOR(CAST(CONV(SUBSTRING(MD5(%1), 17, 16), 16, 10) AS UNSIGNED)), 0) FROM %2")
                            .arg(row, mysqlQuote(table));
    auto query = runQuery(connection.database(), sql);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(ErrorCode::Internal, Tr::tr("The digest of table %1 returned no row").arg(table), {}, sql);
    TableDigest digest;
    digest.rows = query->value(0).toLongLong();
    digest.hash = query->value(1).toString().toLatin1() + ':' + query->value(2).toString().toLatin1();
    return digest;
}

Result<ConnectionUrl> MysqlRuntime::makeRehearsalCopy(const Connection &connection, const QString &) const
{
    const QSqlDatabase db = connection.database();
    ConnectionUrl copy = connection.url();
    copy.database = kRehearsalPrefix + QString::number(QRandomGenerator::system()->generate64() & 0xffffffffffffULL, 16);
    auto charset = runQuery(db, QStringLiteral("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM "
                                               "information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()"));
    QString options;
    if (charset && charset->next())
        options = QStringLiteral(" CHARACTER SET %1 COLLATE %2").arg(charset->value(0).toString(), charset->value(1).toString());
    if (auto created = execSql(db, QStringLiteral("CREATE DATABASE %1%2").arg(mysqlQuote(copy.database), options)); !created) {
        Error error = created.error();
        error.message = Tr::tr("Could not create a scratch database for the rehearsal (the account needs the CREATE privilege)");
        return fail(error);
    }
    auto events = mysqlHasEvents(db);
    if (!events)
        return fail(events.error());
    if (auto copied = MysqlClient::copyDatabase(connection.url(), copy, *events); !copied) {
        if (auto dropped = dropRehearsalCopy(copy); !dropped)
            qCWarning(lcCore) << "could not drop the rehearsal database" << copy.database << ":" << dropped.error().toString();
        Error error = copied.error();
        error.message = Tr::tr("Could not copy the database for the rehearsal: %1").arg(error.message);
        return fail(error);
    }
    return copy;
}

Result<void> MysqlRuntime::dropRehearsalCopy(const ConnectionUrl &copy) const
{
    if (!copy.database.startsWith(kRehearsalPrefix))
        return {};   // never anything but our own scratch databases
    auto connection = Connection::open(copy, Connection::Access::ReadWrite, QStringLiteral("rehearsal-drop"));
    if (!connection)
        return fail(connection.error());
    return execSql((*connection)->database(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(mysqlQuote(copy.database)));
}

} // namespace SchemaPilot::Core
