#pragma once

#include "schemapilot/core_export.h"

#include <QString>

namespace SchemaPilot::Core {

// What went wrong, in words a person can act on. `code` is stable and machine-readable;
// `message` says what to do; `statement` and `driverText` carry the engine's side of it.
enum class ErrorCode {
    Usage,              // bad arguments or configuration (CLI exit 2)
    InvalidUrl,
    FileNotFound,
    FileUnreadable,
    ConnectionFailed,
    DatabaseLocked,     // the engine's own lock (SQLITE_BUSY), not the migration lock
    DatabaseCorrupt,
    SchemaLoadFailed,   // the desired DDL does not execute
    IntrospectionFailed,
    Unsupported,
    StatementFailed,
    Refused,            // safety refusal (CLI exit 3)
    LockHeld,           // another migration holds the migration lock (CLI exit 3)
    IntegrityCheckFailed,
    VerificationFailed,
    TimedOut,
    Canceled,
    BackupFailed,
    BackupInvalid,
    NotFound,
    PassphraseRequired, // an encrypted backup and no passphrase was given (CLI exit 1)
    WrongPassphrase,    // the passphrase does not open the backup, or its header was changed (CLI exit 1)
    DataViolatesSchema, // the live rows break the desired schema (NULLs, duplicates, orphans): the run would fail (CLI exit 1)
    Internal,
};

struct SCHEMAPILOT_CORE_EXPORT Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString statement;   // the SQL statement that failed, if any
    QString driverText;  // the engine's own message, if any
    QString file;        // a file the error is about, if any
    int line = 0;        // 1-based line in `file`, 0 when unknown

    // One line for people: message, then file:line, the engine's text and the statement.
    QString toString() const;
};

SCHEMAPILOT_CORE_EXPORT QString errorCodeName(ErrorCode code);

} // namespace SchemaPilot::Core
