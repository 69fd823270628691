#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "history/historychain.h"
#include "history/historyrecord.h"
#include "history/historystatistics.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace SchemaPilot::Core {

struct HistoryFilter {
    QList<HistoryStatus> statuses;    // empty: any
    QDateTime since;                  // started_at >= since (invalid: no bound)
    QDateTime until;                  // started_at <= until
    QString table;                    // exact table_name
    QString batchId;
    QString text;                     // case-insensitive substring of description, SQL or error
    int limit = 0;                    // newest first; 0: all
    bool oldestFirst = false;
};

// One migration run: its rows in execution order.
struct HistoryBatch {
    QString batchId;
    QList<HistoryRecord> records;
};

struct HistoryOptions {
    QString tableName = QStringLiteral("schemapilot_history");
    QByteArray hmacKey;               // empty: plain SHA-256 chain

    // SCHEMAPILOT_HISTORY_KEY_FILE names an HMAC key file; unset means no key.
    static Result<HistoryOptions> fromEnvironment();
};

// The audit trail inside the migrated database. Works on a connection the caller owns (never
// opens one) and on the caller's thread. Writes are single statements unless said otherwise, so
// they join the caller's transaction when there is one; a failed run's rows are appended after its
// transaction was rolled back. Reading never creates the table: a database without it has an
// empty history.
class SCHEMAPILOT_CORE_EXPORT HistoryStore final
{
public:
    // Whether the multi-statement writes (markRolledBack, cleanup, the in-place upgrade) begin and
    // commit their own transaction or run inside one the caller holds.
    enum class Transaction { Own, Caller };

    explicit HistoryStore(QSqlDatabase db, HistoryOptions options = {});

    Result<bool> tableExists() const;
    // CREATE TABLE IF NOT EXISTS, and the in-place upgrade of an older table: missing columns
    // are added and rows without a seal are chained. Called by every write.
    Result<void> ensureTable(Transaction transaction = Transaction::Own);

    // Assigns id, prev_hash and record_hash (and sql_sha256, operator, app_version when empty).
    Result<HistoryRecord> append(HistoryRecord record);
    Result<QList<HistoryRecord>> appendAll(QList<HistoryRecord> records);

    Result<QList<HistoryRecord>> query(const HistoryFilter &filter = {}) const;
    Result<HistoryStatistics> statistics(const HistoryFilter &filter = {}) const;

    // The newest batch that still has applied rows (what `rollback` undoes), or nullopt.
    Result<std::optional<HistoryBatch>> lastAppliedBatch() const;
    // The newest `limit` batches, newest first, rows in execution order.
    Result<QList<HistoryBatch>> batches(int limit) const;

    // Marks the batch's applied rows rolled_back and re-seals the chain from the first changed
    // row. Refuses (VerificationFailed) when that part of the chain is already broken, so a
    // legitimate update never launders tampering. Returns how many rows changed.
    Result<int> markRolledBack(const QString &batchId, Transaction transaction = Transaction::Own);

    // Deletes rows that started more than keepDays ago and re-seals the rest (the oldest kept
    // row becomes the chain's start). Refuses when the kept part of the chain is broken.
    Result<int> cleanup(int keepDays = 90, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                        Transaction transaction = Transaction::Own);

    Result<ChainReport> verifyChain() const;

    const HistoryOptions &options() const { return m_options; }

private:
    Result<QList<StoredHistoryRow>> storedRows(qint64 fromId) const;
    Result<QList<StoredHistoryRow>> selectRows(const HistoryFilter &filter, const QStringList &wanted) const;
    Result<QString> whereClause(const HistoryFilter &filter, const QStringList &present, QVariantList &bindings) const;
    Result<void> resealFrom(qint64 fromId);
    Result<void> addMissingColumns(const QStringList &present);
    Result<QStringList> presentColumns() const;
    QString createTableSql() const;
    QString columnType(const QString &column) const;

    QSqlDatabase m_db;
    HistoryOptions m_options;
};

} // namespace SchemaPilot::Core
