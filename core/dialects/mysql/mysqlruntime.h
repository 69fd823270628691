#pragma once

#include "schemapilot/core_export.h"
#include "dialects/executionruntime.h"

namespace SchemaPilot::Core {

// MySQL/MariaDB: GET_LOCK on a dedicated session, CHECK TABLE and bounded orphan-row queries,
// SET foreign_key_checks, KILL QUERY from a second session to interrupt, server-side digests and
// scratch databases filled by mariadb-dump | mariadb for rehearsals.
// DDL commits implicitly: the transaction only covers DML (history rows), so a failed migration is
// undone by restoring the pre-migration backup (transactionalDdl() false).
class SCHEMAPILOT_CORE_EXPORT MysqlRuntime final : public ExecutionRuntime
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
    std::unique_ptr<StatementGuard> guard(const Connection &connection, std::function<bool()> shouldStop) const override;
    Result<TableDigest> tableDigest(const Connection &connection, const QString &table,
                                    const QStringList &columns) const override;
    Result<ConnectionUrl> makeRehearsalCopy(const Connection &connection, const QString &folder) const override;
    Result<void> dropRehearsalCopy(const ConnectionUrl &copy) const override;
    bool transactionalDdl() const override { return false; }
};

} // namespace SchemaPilot::Core
