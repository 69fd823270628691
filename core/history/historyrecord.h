#pragma once

#include "schemapilot/core_export.h"

#include <QDateTime>
#include <QVariantList>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SchemaPilot::Core {

// What happened to one operation of a migration run. Stored as lowercase text ("rolled_back").
enum class HistoryStatus { Applied, Failed, RolledBack, TimedOut, Refused, Restored };

SCHEMAPILOT_CORE_EXPORT QString historyStatusName(HistoryStatus status);
SCHEMAPILOT_CORE_EXPORT std::optional<HistoryStatus> historyStatusFromName(const QString &name);
SCHEMAPILOT_CORE_EXPORT QList<HistoryStatus> allHistoryStatuses();

// One row of the audit trail: one operation of a migration run (batchId groups the run,
// migrationId names the row, e.g. "<batch>-3"), or one row for a run that failed before any
// operation. Holds SQL and redacted facts only — never a password or a full connection URL.
struct SCHEMAPILOT_CORE_EXPORT HistoryRecord {
    qint64 id = 0;                    // assigned by HistoryStore::append (ascending, the chain order)
    QString migrationId;
    QString batchId;
    QString description;
    QString operationType;            // "CREATE_TABLE", ... or "RUN" for a run-level row
    QString tableName;
    QStringList forwardSql;           // statements in order (stored as a JSON array)
    QStringList rollbackSql;          // statements that undo this row, in order
    QString sqlSha256;                // hex SHA-256 of forwardSql joined by '\n'; filled by append when empty
    HistoryStatus status = HistoryStatus::Applied;
    QDateTime startedAt;              // UTC; stored as ISO 8601 with milliseconds
    QDateTime finishedAt;
    qint64 executionMs = 0;
    QString errorMessage;
    QString backupId;
    QString operatorName;             // user@host; filled by append from the environment when empty
    QString appVersion;               // filled by append when empty
    QString fingerprintBefore;
    QString fingerprintAfter;
    QJsonArray acknowledgedWarnings;  // warning objects or codes the operator accepted
    QJsonObject rowCountDeltas;       // {"table": delta}
    QString prevHash;                 // set by the store: record_hash of the previous row ("" first)
    QString recordHash;               // set by the store: "sha256:<hex>" or "hmac-sha256:<hex>"

    // snake_case keys as in the table; SQL as arrays; times as ISO 8601 UTC with ms.
    QJsonObject toJson() const;
    static HistoryRecord fromJson(const QJsonObject &object);

    friend bool operator==(const HistoryRecord &, const HistoryRecord &) = default;
};

// The outcome of a run from its rows: failed or timed_out when any row is, refused when all are,
// restored when any row is, rolled_back when all are, else applied.
SCHEMAPILOT_CORE_EXPORT HistoryStatus batchOutcome(const QList<HistoryRecord> &records);

// Table columns in storage order (also the CSV header and the hashing order).
SCHEMAPILOT_CORE_EXPORT const QStringList &historyColumns();

// A row as stored: one text value per historyColumns() entry (NULL reads as ""). Hashing,
// CSV export and the round trip through the table all use exactly these texts.
using StoredHistoryRow = QStringList;
SCHEMAPILOT_CORE_EXPORT StoredHistoryRow toStoredRow(const HistoryRecord &record);
SCHEMAPILOT_CORE_EXPORT HistoryRecord fromStoredRow(const StoredHistoryRow &row);

// hex SHA-256 of the statements joined by '\n'.
SCHEMAPILOT_CORE_EXPORT QString sqlDigest(const QStringList &statements);

// "user@host" from USER/LOGNAME/USERNAME and the host name.
SCHEMAPILOT_CORE_EXPORT QString currentOperator();

// UTC ISO 8601 with milliseconds ("2026-11-25T18:20:00.123Z"), "" for an invalid time. The
// fixed width makes stored times sort and compare as text on every engine.
SCHEMAPILOT_CORE_EXPORT QString historyTimestamp(const QDateTime &time);
SCHEMAPILOT_CORE_EXPORT QDateTime parseHistoryTimestamp(const QString &text);

} // namespace SchemaPilot::Core
