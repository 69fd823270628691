#pragma once

#include "schemapilot/core_export.h"
#include "dialects/executionruntime.h"

namespace SchemaPilot::Core {

// PostgreSQL: a session-level advisory lock on its own connection, pre-flight checks for a standby
// server, invalid indexes and NOT VALID constraints, transactional DDL under SET LOCAL
// statement_timeout/lock_timeout, pg_cancel_backend from a second connection to interrupt, digests
// computed in the server, and rehearsal copies in a scratch database filled by pg_dump | pg_restore.
// The target schema is the URL's `schema` parameter, which is also the connection's search_path.
class SCHEMAPILOT_CORE_EXPORT PostgresRuntime final : public ExecutionRuntime
{
public:
    std::unique_ptr<MigrationLock> migrationLock(const ConnectionUrl &url) const override;
    Result<void> checkIntegrity(const QSqlDatabase &db, IntegrityLevel level) const override;
    Result<void> checkForeignKeys(const QSqlDatabase &db) const override;
    Result<bool> setForeignKeyEnforcement(const QSqlDatabase &db, bool enabled) const override;
    Result<void> begin(const QSqlDatabase &db) const override;
    Result<void> beginWithTimeLimit(const QSqlDatabase &db, qint64 limitMs) const override;
    Result<void> commit(const QSqlDatabase &db) const override;
    Result<void> rollback(const QSqlDatabase &db) const override;
    Result<QStringList> dropHalfBuilt(const QSqlDatabase &db, const QStringList &statements) const override;
    std::unique_ptr<StatementGuard> guard(const Connection &connection, std::function<bool()> shouldStop) const override;
    Result<TableDigest> tableDigest(const Connection &connection, const QString &table,
                                    const QStringList &columns) const override;
    Result<ConnectionUrl> makeRehearsalCopy(const Connection &connection, const QString &folder) const override;
    Result<void> dropRehearsalCopy(const ConnectionUrl &copy) const override;
};

} // namespace SchemaPilot::Core
