#pragma once

#include "schemapilot/core_export.h"
#include "backup/backupengine.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SchemaPilot::Core {

enum class BackupReason { Manual, PreMigration, PreRestore };

// "manual", "pre-migration", "pre-restore" (also used inside backup ids).
SCHEMAPILOT_CORE_EXPORT QString backupReasonName(BackupReason reason);
SCHEMAPILOT_CORE_EXPORT std::optional<BackupReason> backupReasonFromName(const QString &name);

// The sidecar <id>.json next to the backup file <id>.<ext>. `metadataSha256` covers every
// field except itself and the last-verification fields, so an edited sidecar is noticed.
// (That catches mistakes and casual edits; a signature would be needed against a determined attacker.)
struct SCHEMAPILOT_CORE_EXPORT BackupMetadata {
    QString id;
    QString fileName;            // "<id>.<ext>", relative to the store directory
    QString source;              // ConnectionUrl::redacted(): never a password
    QString engine;              // "sqlite", "postgresql", "mysql"
    QDateTime created;           // UTC
    qint64 size = 0;             // bytes of the backup file
    QString sha256;
    QString md5;
    QString schemaFingerprint;   // Schema::fingerprint() of the backed-up schema
    RowCounts rowCounts;         // exact counts, taken from the backup file itself
    BackupReason reason = BackupReason::Manual;
    QString batchId;             // the migration batch this backup belongs to, if any
    QString appVersion;
    QString metadataSha256;
    // Encrypted backups (BackupKey): size and checksums are of the encrypted file on disk;
    // metadataMac is an HMAC-SHA256 of the covered fields under a key derived from the passphrase,
    // so that an edited sidecar is refused even when its metadata_sha256 was recomputed.
    bool encrypted = false;      // covered; written only when true, so older sidecars keep their checksum
    QString metadataMac;         // not covered (it is computed over the covered fields)

    // Last verification, rewritten by BackupStore::verify (not covered by metadataSha256).
    QDateTime lastVerified;      // invalid: never verified
    std::optional<bool> lastVerifyOk;
    QString lastVerifyMessage;

    bool isVerifiedOk() const { return lastVerifyOk.value_or(false); }

    QJsonObject toJson() const;
    static Result<BackupMetadata> fromJson(const QJsonObject &object);
    // SHA-256 of the canonical JSON of the covered fields.
    Result<QString> computeMetadataSha256() const;
    // The canonical JSON of the covered fields: what the checksum, the MAC and signatures cover.
    QByteArray canonicalJson() const;
};

} // namespace SchemaPilot::Core
