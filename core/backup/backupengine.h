#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "dialects/executionruntime.h"
#include "crypto/hasher.h"
#include "db/connection.h"
#include "model/schema.h"

#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace SchemaPilot::Core {

class Inspector;

// Progress of a dump or restore: units done and total (pages for SQLite). Return false to cancel.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

// Exact row count per table (all tables, the tool's own included).
using RowCounts = QMap<QString, qint64>;

// What an engine finds when it opens a backup file. Failures of the file itself are values
// (opens/integrityOk false plus a message), not errors: verification reports them.
struct BackupExamination {
    bool opens = false;
    bool integrityOk = false;
    QString message;                 // why it failed, or the engine's "ok"
    RowCounts rowCounts;             // when requested and the file opens
    std::optional<Schema> schema;    // when an Inspector was given and the file opens
};

struct ExamineOptions {
    bool integrityCheck = true;      // the engine's integrity check (reads every page)
    // Full: SQLite's integrity_check, which also matches every index entry to its row (slow on
    // large indexes); Quick: quick_check, the page and record structure only.
    IntegrityLevel integrity = IntegrityLevel::Full;
    bool countRows = true;
    const Inspector *inspector = nullptr;   // to read the backup's own schema (fingerprint)
};

// How one engine copies a live database to a file and back. One per dialect
// (Dialect::backupEngine()); stateless and usable from any thread with that thread's connections.
class SCHEMAPILOT_CORE_EXPORT BackupEngine
{
public:
    virtual ~BackupEngine() = default;

    virtual QString engineName() const = 0;     // "sqlite", as in ConnectionUrl::engineName()
    virtual QString fileExtension() const = 0;  // of backup files, without the dot: "sqlite"

    // A consistent online copy of the live database behind `source` into `path` (a new file,
    // created with owner-only permissions). Streams: memory does not grow with the database.
    // Other connections may keep reading and writing meanwhile. Returns the file's digests when
    // the engine computed them while writing (the caller need not read the file again), else none.
    virtual Result<std::optional<FileDigests>> dump(const Connection &source, const QString &path,
                                                    const BackupProgress &progress = {}) const = 0;

    // Opens the backup file without changing it and checks it as asked.
    virtual Result<BackupExamination> examine(const QString &path, const ExamineOptions &options) const = 0;

    // Replaces the content of the database behind `target` with the backup file, in place
    // (other connections may have the database open). The caller verifies the backup first.
    virtual Result<void> restore(const QString &path, const Connection &target,
                                 const BackupProgress &progress = {}) const = 0;

    // Exact row counts of the live database (to check a restore against the backup's metadata).
    virtual Result<RowCounts> rowCounts(const Connection &connection) const = 0;
};

} // namespace SchemaPilot::Core
