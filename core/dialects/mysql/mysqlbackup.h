#pragma once

#include "schemapilot/core_export.h"
#include "backup/backupengine.h"

namespace SchemaPilot::Core {

// MySQL/MariaDB backups are SQL dumps made by mariadb-dump (mysqldump as a fallback) with
// --single-transaction --routines --triggers, streamed to the file by the tool itself.
// examine() reads the dump without a server: header, "-- Dump completed" footer, well-formed
// INSERTs and exact row counts per table; the store's SHA-256 catches any other change.
// restore() drops what the dump does not create, then loads it with the mariadb client.
class SCHEMAPILOT_CORE_EXPORT MysqlBackupEngine final : public BackupEngine
{
public:
    QString engineName() const override { return QStringLiteral("mysql"); }
    QString fileExtension() const override { return QStringLiteral("sql"); }
    Result<std::optional<FileDigests>> dump(const Connection &source, const QString &path,
                                            const BackupProgress &progress = {}) const override;
    Result<BackupExamination> examine(const QString &path, const ExamineOptions &options) const override;
    Result<void> restore(const QString &path, const Connection &target, const BackupProgress &progress = {}) const override;
    Result<RowCounts> rowCounts(const Connection &connection) const override;
};

} // namespace SchemaPilot::Core
