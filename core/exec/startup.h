#pragma once

#include "schemapilot/core_export.h"
#include "exec/applyresult.h"

#include <QString>

namespace SchemaPilot {

// What an application gets back from migrateOnStartup.
struct StartupMigrationResult {
    Core::ApplyStatus status = Core::ApplyStatus::Failed;
    bool fastPath = false;        // nothing to do: answered by a read-only check, no lock taken
    QString batchId;
    QString backupId;
    qint64 elapsedMs = 0;
    int operations = 0;
    QString error;                // empty on success; otherwise what to do about it

    bool ok() const
    {
        return status == Core::ApplyStatus::Applied || status == Core::ApplyStatus::NoChanges;
    }
};

struct StartupOptions {
    qint64 timeoutMs = 15000;     // the migration transaction's limit
    bool allowDataLoss = false;   // destructive changes are refused unless set
    bool autoBackup = true;
};

// For applications that migrate themselves at start-up: brings the database at `url` to the
// schema in `desiredSchemaFile`, with the executor's lock, checks, verified backup (in
// `backupDir`; empty: next to the database), transaction and 15 s timeout. Returns at once when
// the database already matches. Blocks the calling thread; creates the database file if missing.
SCHEMAPILOT_CORE_EXPORT StartupMigrationResult migrateOnStartup(const QString &url, const QString &desiredSchemaFile,
                                                                const QString &backupDir = {},
                                                                const StartupOptions &options = {});

} // namespace SchemaPilot
