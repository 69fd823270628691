#include "dialects/postgres/postgresruntime.h"

#include "common/logging.h"
#include "common/sqllexer.h"
#include "common/tr.h"
#include "db/connection.h"
#include "db/sqlexec.h"
#include "dialects/postgres/postgresinspector.h"
#include "dialects/postgres/postgresmigrationlock.h"
#include "dialects/postgres/postgrestools.h"
#include "dialects/postgres/postgresstatementguard.h"

#include <QUuid>

namespace SchemaPilot::Core {

namespace {

// Up to `limit` rows of the query's first column, for findings.
Result<QStringList> firstColumn(const QSqlDatabase &db, const QString &sql, int limit = 10)
{
    auto query = runQuery(db, sql);
    if (!query)
        return fail(query.error());
    QStringList rows;
    while (query->next() && rows.size() < limit)
        rows << query->value(0).toString();
    return rows;
}

Error integrityError(const Error &cause)
{
    Error error = cause;
    error.code = ErrorCode::IntegrityCheckFailed;
    error.message = Tr::tr("Could not read the PostgreSQL catalog for the pre-flight check: %1").arg(cause.message);
    return error;
}

} // namespace

std::unique_ptr<MigrationLock> PostgresRuntime::migrationLock(const ConnectionUrl &url) const
{
    return std::make_unique<PostgresMigrationLock>(url);
}

Result<void> PostgresRuntime::checkIntegrity(const QSqlDatabase &db, IntegrityLevel level) const
{
    auto recovery = queryScalar(db, QStringLiteral("SELECT pg_is_in_recovery()"));
    if (!recovery)
        return fail(integrityError(recovery.error()));
    if (recovery->toBool())
        return fail(ErrorCode::IntegrityCheckFailed,
                    Tr::tr("The server is a standby in recovery and accepts no changes; migrate on the primary"));

    QStringList findings;
    // CREATE INDEX CONCURRENTLY that failed half-way leaves an index that is maintained but never used.
    auto indexes = firstColumn(db, QStringLiteral(
        "SELECT c.relname || ' on ' || t.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_class t ON t.oid = i.indrelid WHERE NOT i.indisvalid AND c.relnamespace = current_schema()::regnamespace "
        "ORDER BY 1"));
    if (!indexes)
        return fail(integrityError(indexes.error()));
    for (const QString &index : *indexes)
        findings << Tr::tr("index %1 is invalid (a failed concurrent build; drop and recreate it)").arg(index);
    // Rows added before a NOT VALID check constraint may violate it (foreign keys: checkForeignKeys).
    auto checks = firstColumn(db, QStringLiteral(
        "SELECT conname || ' on ' || conrelid::regclass::text FROM pg_constraint "
        "WHERE contype = 'c' AND NOT convalidated AND connamespace = current_schema()::regnamespace ORDER BY 1"));
    if (!checks)
        return fail(integrityError(checks.error()));
    for (const QString &check : *checks)
        findings << Tr::tr("check constraint %1 is NOT VALID (run ALTER TABLE ... VALIDATE CONSTRAINT)").arg(check);

    // The full check reads every B-tree index of the schema when the amcheck extension is installed;
    // without it PostgreSQL has no online page check, and its own checksums guard the pages.
    if (level == IntegrityLevel::Full && findings.isEmpty()) {
        auto amcheck = queryScalar(db, QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'amcheck'"));
        if (amcheck && amcheck->toInt() > 0) {
            auto checked = execSql(db, QStringLiteral(
                "SELECT bt_index_check(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'btree' AND i.indisvalid AND i.indisready "
                "AND c.relnamespace = current_schema()::regnamespace"));
            if (!checked)
                findings << Tr::tr("amcheck found a damaged index: %1").arg(checked.error().driverText);
        }
    }
    if (findings.isEmpty())
        return {};
    return fail(Error{ErrorCode::IntegrityCheckFailed,
                      Tr::tr("The integrity check found %1 problem(s) in the schema; nothing was changed. Fix them first")
                          .arg(findings.size()),
                      {}, findings.join(QStringLiteral("; ")), {}, 0});
}

Result<void> PostgresRuntime::checkForeignKeys(const QSqlDatabase &db) const
{
    // PostgreSQL enforces validated foreign keys itself; only a NOT VALID one may hide orphans.
    auto keys = firstColumn(db, QStringLiteral(
        "SELECT conname || ' on ' || conrelid::regclass::text FROM pg_constraint "
        "WHERE contype = 'f' AND NOT convalidated AND connamespace = current_schema()::regnamespace ORDER BY 1"));
    if (!keys)
        return fail(integrityError(keys.error()));
    if (keys->isEmpty())
        return {};
    return fail(Error{ErrorCode::IntegrityCheckFailed,
                      Tr::tr("%1 foreign key(s) are NOT VALID, so rows may reference missing rows; run ALTER TABLE ... "
                             "VALIDATE CONSTRAINT first").arg(keys->size()),
                      {}, keys->join(QStringLiteral("; ")), {}, 0});
}

Result<bool> PostgresRuntime::setForeignKeyEnforcement(const QSqlDatabase &, bool) const
{
    // PostgreSQL's ALTER TABLE changes tables in place and defers nothing to a rebuild, so its
    // plans never need foreign keys off; switching them off would need superuser
    // (session_replication_role). Enforcement stays on, and on is what was there before.
    return true;
}

Result<void> PostgresRuntime::begin(const QSqlDatabase &db) const
{
    return execSql(db, QStringLiteral("BEGIN"));
}

Result<void> PostgresRuntime::beginWithTimeLimit(const QSqlDatabase &db, qint64 limitMs) const
{
    if (auto ok = begin(db); !ok)
        return ok;
    if (limitMs <= 0)
        return {};
    // The server enforces the limit too, even should this process die or hang: a statement, or a
    // wait for a table lock held by someone else, never outlasts the whole run's limit.
    const QString ms = QString::number(qMax<qint64>(1, limitMs));
    for (const QString &setting : {QStringLiteral("statement_timeout"), QStringLiteral("lock_timeout")}) {
        if (auto ok = execSql(db, QStringLiteral("SET LOCAL %1 = %2").arg(setting, ms)); !ok) {
            (void)rollback(db);
            return ok;
        }
    }
    return {};
}

Result<void> PostgresRuntime::commit(const QSqlDatabase &db) const
{
    // COMMIT of a transaction that an ignored error aborted silently rolls back and reports
    // success: prove the transaction is still alive first.
    if (auto alive = execSql(db, QStringLiteral("SELECT 1")); !alive) {
        Error error = alive.error();
        error.message = Tr::tr("The transaction was aborted by an earlier error and cannot be committed");
        return fail(error);
    }
    return execSql(db, QStringLiteral("COMMIT"));
}

Result<void> PostgresRuntime::rollback(const QSqlDatabase &db) const
{
    // Outside a transaction ROLLBACK only warns: it never fails for an already ended one.
    return execSql(db, QStringLiteral("ROLLBACK"));
}

Result<QStringList> PostgresRuntime::dropHalfBuilt(const QSqlDatabase &db, const QStringList &statements) const
{
    // The pre-flight check refused invalid indexes, so one the failed statement names is its own.
    auto invalid = firstColumn(db, QStringLiteral(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE NOT i.indisvalid AND c.relnamespace = current_schema()::regnamespace ORDER BY 1"), 1000);
    if (!invalid)
        return fail(invalid.error());
    const QString text = statements.join(u'\n');
    QStringList dropped;
    for (const QString &index : *invalid) {
        if (!sqlMentionsIdentifier(text, index))
            continue;
        if (auto ok = execSql(db, QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1").arg(postgresQuote(index))); !ok)
            return fail(ok.error());
        dropped << index;
    }
    return dropped;
}

std::unique_ptr<StatementGuard> PostgresRuntime::guard(const Connection &connection, std::function<bool()> shouldStop) const
{
    return std::make_unique<PostgresStatementGuard>(connection, std::move(shouldStop));
}

Result<TableDigest> PostgresRuntime::tableDigest(const Connection &connection, const QString &table,
                                                 const QStringList &columns) const
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << postgresQuote(column);
    // Order-independent: the sum and the xor of a 64-bit hash of each row's text form, in the server.
    const QString sql = QStringLiteral(
        "SELECT count(*), coalesce(sum(h::numeric), 0)::text, coalesce(bit_xor(h), 0)::text "
        "FROM (SELECT hashtextextended(ROW(%1)::text, 0) AS h FROM %2) AS rows")
                            .arg(quoted.join(QStringLiteral(", ")), postgresQuote(table));
    auto query = runQuery(connection.database(), sql);
    if (!query)
        return fail(Error{query.error().code, Tr::tr("Could not read table %1 for verification").arg(table), sql,
                          query.error().driverText, {}, 0});
    if (!query->next())
        return fail(ErrorCode::Internal, Tr::tr("The digest of table %1 returned no row").arg(table), {}, sql);
    TableDigest digest;
    digest.rows = query->value(0).toLongLong();
    digest.hash = query->value(1).toString().toLatin1() + ':' + query->value(2).toString().toLatin1();
    return digest;
}

Result<ConnectionUrl> PostgresRuntime::makeRehearsalCopy(const Connection &connection, const QString &) const
{
    const ConnectionUrl source = connection.url();
    const QString name = QStringLiteral("schemapilot_rehearsal_%1")
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12).toLower());
    if (auto ok = execSql(connection.database(), QStringLiteral("CREATE DATABASE %1").arg(postgresQuote(name))); !ok) {
        Error error = ok.error();
        error.message = Tr::tr("Could not create the scratch database %1 for the rehearsal (the user needs CREATEDB): %2")
                            .arg(name, error.driverText);
        return fail(error);
    }
    ConnectionUrl copy = source;
    copy.database = name;
    copy.params.insert(QStringLiteral("rehearsal_of"), source.database);
    copy.params.insert(QStringLiteral("schema"), postgresUrlSchema(source));

    QStringList dump = postgresServerArguments(source);
    dump << QStringLiteral("--format=custom") << QStringLiteral("--schema=") + postgresDumpSchemaPattern(postgresUrlSchema(source))
         << QStringLiteral("--dbname=") + source.database;
    QStringList restore = postgresServerArguments(source);
    restore << QStringLiteral("--exit-on-error") << QStringLiteral("--dbname=") + name;
    auto copied = runPostgresPipeline(source, {{QStringLiteral("pg_dump"), dump}, {QStringLiteral("pg_restore"), restore}},
                                      Tr::tr("Copying the schema for the rehearsal"));
    if (!copied) {
        (void)dropRehearsalCopy(copy);
        return fail(copied.error());
    }
    qCInfo(lcCore) << "rehearsal copy of" << source.redacted() << "in database" << name;
    return copy;
}

Result<void> PostgresRuntime::dropRehearsalCopy(const ConnectionUrl &copy) const
{
    const QString original = copy.params.value(QStringLiteral("rehearsal_of"));
    if (original.isEmpty() || !copy.database.startsWith(QStringLiteral("schemapilot_rehearsal_")))
        return fail(ErrorCode::Internal, Tr::tr("%1 is not a rehearsal copy; not dropping it").arg(copy.redacted()));
    ConnectionUrl maintenance = copy;
    maintenance.database = original;
    maintenance.params.remove(QStringLiteral("schema"));
    auto connection = Connection::open(maintenance, Connection::Access::ReadWrite, QStringLiteral("rehearsal-cleanup"));
    if (!connection)
        return fail(connection.error());
    // FORCE ends sessions a failed run might have left behind.
    return execSql((*connection)->database(),
                   QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(postgresQuote(copy.database)));
}

} // namespace SchemaPilot::Core
