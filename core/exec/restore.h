#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "db/connectionurl.h"
#include "dialects/dialectregistry.h"

#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

struct RestoreRequest {
    ConnectionUrl url;
    QString backupId;
    QString backupDir;             // empty: defaultBackupDirectory(url)
    bool safetyBackup = true;      // a pre-restore backup of the current state first
    QString reason;                // for the history row, e.g. "rollback of batch X"
    QString passphrase;            // of an encrypted backup; the safety backup is then encrypted too
    // When set, the backup's metadata must carry a valid Ed25519 signature by this public key
    // (PEM); otherwise the restore is refused (ErrorCode::Refused) before anything is touched.
    QString requiredSignatureKey;
    // A backup of another database (its metadata names a different file, server, database or
    // schema) is refused unless this is set: restoring it would replace this database's tables.
    bool allowOtherSource = false;
};

struct RestoreResult {
    QString backupId;
    QString safetyBackupId;        // the pre-restore backup (empty when disabled)
    QString historyBatchId;        // the batch of the "restored" history row
    QString fingerprintBefore;
    QString fingerprintAfter;      // equals the backup's schema fingerprint
    qint64 executionTimeMs = 0;
    int historyRowsCarriedOver = 0; // audit rows newer than the backup, kept across the restore
    QStringList stages;            // "verify 12 ms", ...
};

// Restores a backup safely: verify it → pre-restore safety backup → take the migration lock →
// restore (BackupEngine) → check row counts and schema against the backup → history row
// (status restored). The audit rows written after the backup was taken are carried over, so a
// restore never erases the trail. Nothing is touched when verification fails.
SCHEMAPILOT_CORE_EXPORT Result<RestoreResult> restoreBackup(const DialectRegistry &dialects, const RestoreRequest &request);

} // namespace SchemaPilot::Core
