#pragma once

#include "schemapilot/core_export.h"
#include "dialects/executionruntime.h"

namespace SchemaPilot::Core {

// SQLite: a file lock next to the database, PRAGMA quick_check/integrity_check/foreign_key_check,
// PRAGMA foreign_keys, BEGIN IMMEDIATE, sqlite3_progress_handler to interrupt, VACUUM INTO copies,
// PRAGMA data_version to notice other connections' commits.
class SCHEMAPILOT_CORE_EXPORT SqliteRuntime final : public ExecutionRuntime
{
public:
    std::unique_ptr<MigrationLock> migrationLock(const ConnectionUrl &url) const override;
    Result<void> checkIntegrity(const QSqlDatabase &db, IntegrityLevel level) const override;
    Result<void> checkForeignKeys(const QSqlDatabase &db) const override;
    Result<void> checkTablesIntegrity(const QSqlDatabase &db, IntegrityLevel level, const QStringList &tables) const override;
    Result<void> checkTablesForeignKeys(const QSqlDatabase &db, const QStringList &tables) const override;
    Result<bool> setForeignKeyEnforcement(const QSqlDatabase &db, bool enabled) const override;
    void prepareForScan(const Connection &connection) const override;
    std::unique_ptr<ScopedSetting> skipScrubbingCopiedPages(const QSqlDatabase &db) const override;
    Result<void> begin(const QSqlDatabase &db) const override;
    Result<void> commit(const QSqlDatabase &db) const override;
    Result<void> rollback(const QSqlDatabase &db) const override;
    Result<void> beginReadSnapshot(const Connection &connection) const override;
    std::unique_ptr<StatementGuard> guard(const Connection &connection, std::function<bool()> shouldStop) const override;
    Result<TableDigest> tableDigest(const Connection &connection, const QString &table,
                                    const QStringList &columns) const override;
    std::optional<QByteArray> changeMarker(const Connection &connection) const override;
    Result<ConnectionUrl> makeRehearsalCopy(const Connection &connection, const QString &folder) const override;
};

} // namespace SchemaPilot::Core
