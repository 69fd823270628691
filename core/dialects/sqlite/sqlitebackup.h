#pragma once

#include "schemapilot/core_export.h"
#include "backup/backupengine.h"

namespace SchemaPilot::Core {

// SQLite backups through the online backup API (sqlite3_backup_*), in batches of pages, on the
// Qt driver's own sqlite3 handle. Backup files are plain SQLite databases in rollback-journal mode.
class SCHEMAPILOT_CORE_EXPORT SqliteBackupEngine final : public BackupEngine
{
public:
    // Pages copied per sqlite3_backup_step: big enough to be fast, small enough to let writers in.
    static constexpr int kPagesPerStep = 1024;
    // Up to this size dump() copies the file itself under one read lock (a few tenths of a second
    // during which writers wait); larger databases go through the backup API in steps.
    static constexpr qint64 kFastCopyMaxBytes = qint64(256) << 20;

    QString engineName() const override { return QStringLiteral("sqlite"); }
    QString fileExtension() const override { return QStringLiteral("sqlite"); }
    Result<std::optional<FileDigests>> dump(const Connection &source, const QString &path,
                                            const BackupProgress &progress = {}) const override;
    Result<BackupExamination> examine(const QString &path, const ExamineOptions &options) const override;
    Result<void> restore(const QString &path, const Connection &target, const BackupProgress &progress = {}) const override;
    Result<RowCounts> rowCounts(const Connection &connection) const override;
};

} // namespace SchemaPilot::Core
