#pragma once

#include "schemapilot/core_export.h"
#include "backup/backupengine.h"

namespace SchemaPilot::Core {

// PostgreSQL backups of one schema (the URL's `schema`, default public) with the client programs:
// pg_dump --format=custom straight into the file, pg_restore to read it back. The password reaches
// them only as PGPASSWORD in their environment.
class SCHEMAPILOT_CORE_EXPORT PostgresBackupEngine final : public BackupEngine
{
public:
    QString engineName() const override { return QStringLiteral("postgresql"); }
    QString fileExtension() const override { return QStringLiteral("pgdump"); }
    Result<std::optional<FileDigests>> dump(const Connection &source, const QString &path,
                                            const BackupProgress &progress = {}) const override;
    // pg_restore --list proves the archive opens; a full read of its data (every block
    // decompressed, each COPY row counted) is the integrity check and gives exact row counts.
    // The schema is not read from the file (that would need a restore): the store inspects the live one.
    Result<BackupExamination> examine(const QString &path, const ExamineOptions &options) const override;
    // Replaces the target schema with the archive's in one transaction: the schema is dropped
    // (CASCADE, so objects created after the backup go too) and pg_restore --clean --if-exists
    // output is replayed by psql --single-transaction. Refuses an archive of another schema.
    Result<void> restore(const QString &path, const Connection &target, const BackupProgress &progress = {}) const override;
    Result<RowCounts> rowCounts(const Connection &connection) const override;

    // The schemas an archive's table of contents creates (from pg_restore --list).
    static Result<QStringList> archiveSchemas(const QString &path);
};

} // namespace SchemaPilot::Core
