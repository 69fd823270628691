#pragma once

#include "schemapilot/core_export.h"
#include "backup/backupengine.h"
#include "backup/backupmetadata.h"
#include "common/result.h"
#include "db/connection.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace SchemaPilot::Core {

class Dialect;
class DecryptedCopy;
class Inspector;

struct BackupRequest {
    BackupReason reason = BackupReason::Manual;
    QString batchId;
    // The schema for the fingerprint. When absent and `inspector` is set, the backup file itself
    // is inspected (the live database when the engine cannot open its files).
    std::optional<Schema> schema;
    const Inspector *inspector = nullptr;
    // Run the engine's integrity check on the new file and record it as the first verification.
    bool verifyAfterCreate = true;
    BackupProgress progress;
    // Encrypt the file with the store's passphrase (BackupStore::setPassphrase): AES-256-GCM,
    // scrypt key. The engine's plain dump only ever exists as a 0600 temporary file in the store.
    bool encrypt = false;
    // Sign the metadata with this Ed25519 private key (PEM): a detached <id>.json.sig.
    QString signingKeyPath;
};

// Result of BackupStore::verify. A backup that fails is a value (ok false), not an error.
struct BackupVerification {
    QString id;
    bool ok = false;
    bool checksumOk = false;     // file size and SHA-256 match the sidecar, and the sidecar is intact
    bool integrityOk = false;    // the engine opens the file and its integrity check passes
    QString message;             // what failed, in words a person can act on; "ok" otherwise
    QDateTime verifiedAt;
};

// Result of BackupStore::checkSignature.
struct SignatureCheck {
    bool present = false;        // <id>.json.sig exists
    bool valid = false;          // and verifies against the given public key
    QString message;
};

struct BackupStats {
    int count = 0;
    qint64 totalBytes = 0;
    QDateTime oldest;            // invalid when there are no backups
    QDateTime newest;
    QDateTime lastVerified;      // most recent verification of any backup
    QString lastVerifiedId;
    std::optional<bool> lastVerifyOk;
};

// Which backups cleanup() removes: those older than keepDays and those beyond the newest
// keepCount (each limit optional), among the given reasons. Never the newest verified backup
// nor any backup of protectedBatchId.
struct CleanupOptions {
    std::optional<int> keepDays = 30;   // nullopt: no age limit
    int keepCount = 0;                  // 0: no count limit
    QList<BackupReason> reasons;        // empty: backups of every reason
    QString protectedBatchId;           // e.g. the latest migration batch
    QDateTime now;                      // invalid: the current time (tests pass a fixed one)
};

// The backups of one database: a directory holding <id>.<ext> files with <id>.json sidecars.
// Engine-neutral: what touches a database goes through a BackupEngine. The directory is created
// owner-only (0700) and every file in it 0600. Ids are checked before they become paths.
class SCHEMAPILOT_CORE_EXPORT BackupStore final
{
public:
    explicit BackupStore(QString directory);

    QString directory() const { return m_directory; }

    // Only ids this store could have made: 20261125T181530123Z-pre-migration-3fa9c1.
    static bool isValidId(const QString &id);
    // A fresh id for the reason at `when` (UTC) with a random suffix.
    static QString makeId(BackupReason reason, const QDateTime &when);

    // Creates the directory (0700) when missing.
    Result<void> ensureDirectory() const;

    // The passphrase of encrypted backups: used by create() when the request asks for encryption
    // and by verify()/restore() of encrypted backups. Kept in memory only, never logged or written.
    void setPassphrase(const QString &passphrase);
    bool hasPassphrase() const { return !m_passphrase.isEmpty(); }

    // Dumps the live database, hashes the file, examines the copy (row counts, schema, integrity)
    // and writes the sidecar. On failure nothing is left behind.
    Result<BackupMetadata> create(const Connection &source, const BackupEngine &engine,
                                  const BackupRequest &request) const;
    // The same with the dialect's engine and inspector (Unsupported when it has no backup engine).
    Result<BackupMetadata> create(const Connection &source, const Dialect &dialect, BackupRequest request) const;

    // Newest first. Sidecars that cannot be read are skipped with a warning in the log.
    Result<QList<BackupMetadata>> list() const;
    Result<BackupMetadata> find(const QString &id) const;
    // Absolute path of the backup file of `id` (validated; the file need not exist).
    Result<QString> backupFilePath(const QString &id) const;

    // Checksum against the sidecar, then the engine opens the file and checks its integrity.
    // Records the time and result in the sidecar (when there is one).
    // `integrity`: Full for `backup verify`; the executor checks its pre-migration backup as deeply
    // as its pre-flight check read the database (Quick by default).
    Result<BackupVerification> verify(const QString &id, const BackupEngine &engine,
                                      IntegrityLevel integrity = IntegrityLevel::Full) const;

    // Copies backup `id` into the database behind `target` with the engine (whose name must match
    // the sidecar's). Does not verify first: orchestrators call verify() and a pre-restore create().
    Result<void> restore(const QString &id, const Connection &target, const BackupEngine &engine,
                         const BackupProgress &progress = {}) const;

    // Removes the backup file, its sidecar and its signature.
    Result<void> remove(const QString &id) const;

    // Signs the canonical metadata of `id` (the fields metadata_sha256 covers) with an Ed25519
    // private key into <id>.json.sig (base64). The signature outlives later verifications.
    Result<void> sign(const QString &id, const QString &privateKeyPath) const;
    bool isSigned(const QString &id) const;
    // Whether the signature of `id` is present and valid for the public key. Errors only for
    // unusable ids, sidecars or key files.
    Result<SignatureCheck> checkSignature(const QString &id, const QString &publicKeyPath) const;

    // Removes what CleanupOptions selects and returns what it removed.
    Result<QList<BackupMetadata>> cleanup(const CleanupOptions &options) const;

    Result<BackupStats> stats() const;

private:
    Result<QString> checkedPath(const QString &id, const QString &suffix) const;
    Result<void> writeMetadata(const BackupMetadata &metadata) const;
    // Key check, metadata MAC, then every record into a private temporary copy.
    Result<DecryptedCopy> decryptedCopy(const BackupMetadata &metadata, const QString &dataPath) const;

    QString m_directory;
    QByteArray m_passphrase;   // UTF-8
};

// Where backups go when no directory is given: for SQLite "<db file>.backups" next to the
// database; for servers a per-database folder in the user's data location.
SCHEMAPILOT_CORE_EXPORT Result<QString> defaultBackupDirectory(const ConnectionUrl &url);

// After a restore: the live database must hold exactly the backup's row counts (and, with an
// inspector, the backup's schema fingerprint). Used by whoever orchestrates a restore.
SCHEMAPILOT_CORE_EXPORT Result<void> checkRestored(const BackupMetadata &metadata, const Connection &target,
                                                   const BackupEngine &engine, const Inspector *inspector = nullptr);

} // namespace SchemaPilot::Core
