#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "dialects/executionruntime.h"

#include <QJsonObject>
#include <QString>

namespace SchemaPilot::Core {

enum class ApplyMode {
    Apply,     // change the database
    DryRun,    // plan, checks, estimate and warnings; nothing changes
    Rehearse,  // run the whole migration on a private copy and report what really happened
};

// How a migration runs. Filled from CLI flags, a JSON config file (--config) or the library API.
struct SCHEMAPILOT_CORE_EXPORT ApplyOptions {
    ApplyMode mode = ApplyMode::Apply;
    bool allowDataLoss = false;        // run destructive steps (else: refused, nothing touched)
    bool autoBackup = true;            // verified backup before the first write
    QString backupDir;                 // empty: the backup store's default
    int retentionDays = 0;             // automatic backups older than this are pruned; 0 keeps all
    int retentionCount = 0;            // keep at most this many automatic backups; 0 keeps all
    qint64 maxExecutionTimeMs = 30000; // limit for the transaction (write lock held); 0: none
    IntegrityLevel integrity = IntegrityLevel::Quick;
    QString rehearsalDir;              // empty: the system's temporary folder
    QString appliedBy;                 // empty: user@host of this process
    bool encryptBackups = false;       // encrypt the automatic backup (needs backupPassphrase)
    QString backupPassphrase;          // never read from or written to a config file
    QString backupSigningKey;          // Ed25519 private key (PEM) that signs the automatic backup's metadata

    // Keys: auto_backup, max_execution_time_ms, dry_run_mode ("off"|"dry_run"|"rehearse" or a bool),
    // backup_dir, retention_days, retention_count, integrity_check ("quick"|"full"),
    // allow_data_loss, rehearsal_dir, encrypt_backups, backup_signing_key. Unknown keys and wrong
    // types are usage errors. A passphrase is never taken from a config file.
    static Result<ApplyOptions> fromJson(const QJsonObject &object, ApplyOptions base);
    static Result<ApplyOptions> fromConfigFile(const QString &path, ApplyOptions base);
};

SCHEMAPILOT_CORE_EXPORT QString applyModeName(ApplyMode mode);

} // namespace SchemaPilot::Core
