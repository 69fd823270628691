#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "db/connectionurl.h"
#include "dialects/dialectregistry.h"

#include <QStringList>

namespace SchemaPilot::Core {

struct RollbackRequest {
    ConnectionUrl url;
    bool allowDataLoss = false;     // restore the batch's backup when SQL alone would lose data
    bool fromBackup = false;        // always restore the batch's backup
    bool autoBackup = true;         // a verified backup before the SQL rollback
    QString backupDir;              // empty: defaultBackupDirectory(url)
    qint64 maxExecutionTimeMs = 30000;
    QString backupPassphrase;       // to restore an encrypted batch backup; also encrypts the pre-rollback backup
};

struct RollbackResult {
    QString batchId;                // the batch that was undone
    QString method;                 // "sql" or "backup"
    QString backupId;               // sql: the pre-rollback backup; backup: the batch's backup restored
    QString safetyBackupId;         // backup: the pre-restore backup
    QStringList statements;         // sql: what ran, in order
    QStringList lossReasons;        // why SQL alone was not enough (backup method)
    QString fingerprintAfter;       // equals the batch's fingerprint_before
    qint64 executionTimeMs = 0;
};

// Undoes the newest applied batch. With its stored rollback SQL when that loses nothing (tried in
// a transaction that is rolled back, to see what it would drop), in a transaction under the lock
// and after a backup; otherwise by restoring the batch's backup, which needs allowDataLoss or
// fromBackup (else ErrorCode::Refused naming what would be lost). Either way the schema must then
// equal the batch's fingerprint_before, and the batch is marked rolled_back.
SCHEMAPILOT_CORE_EXPORT Result<RollbackResult> rollbackLastBatch(const DialectRegistry &dialects, const RollbackRequest &request);

} // namespace SchemaPilot::Core
