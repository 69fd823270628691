#pragma once

#include "db/connection.h"
#include "dialects/dialect.h"
#include "dialects/executionruntime.h"
#include "service/checkservice.h"

#include <memory>
#include <optional>

namespace SchemaPilot::Core {

// A table whose rows a step rewrites (SQLite rebuild, type change): its row count and a hash of
// the columns it keeps must be the same after the migration as before.
struct RewrittenTable {
    QString before;                // name before the migration
    QString after;                 // name after it
    QStringList columnsBefore;     // kept columns, matched by position with columnsAfter
    QStringList columnsAfter;
    TableDigest digest;            // taken before the first statement
};

SCHEMAPILOT_CORE_EXPORT QList<RewrittenTable> rewrittenTables(const CheckReport &report);

// What the post-flight checks read: the tables the plan writes (by their desired names), and for
// the foreign key check also the tables whose foreign keys reference one of those (or one it drops).
struct WrittenTables {
    QStringList tables;
    QStringList foreignKeyTables;
};
SCHEMAPILOT_CORE_EXPORT WrittenTables writtenTables(const CheckReport &report);

// Fills each table's digest from the database as it is now.
SCHEMAPILOT_CORE_EXPORT Result<void> digestBefore(const ExecutionRuntime &runtime, const Connection &connection, QList<RewrittenTable> &tables);
// The digests of the tables a migration rewrites, read on a connection of their own (a pool
// thread) while the migration's connection runs the pre-flight checks and then its statements:
// on a large table that scan then costs no time of its own. The scan reads inside one read
// transaction, so it sees the database as it was when it began however long it runs (SQLite: a
// rollback-journal writer cannot write the file while it holds its shared lock; WAL readers keep
// their snapshot). settle() trusts it only when the engine's change marker shows that nothing was
// written between start() and the migration's BEGIN; otherwise (and for engines without a marker)
// the digests are read inside the transaction, before the first statement.
class SCHEMAPILOT_CORE_EXPORT EarlyDigests
{
public:
    EarlyDigests(const ExecutionRuntime &runtime, QList<RewrittenTable> tables);
    ~EarlyDigests();   // interrupts and waits for a scan still running
    EarlyDigests(const EarlyDigests &) = delete;
    EarlyDigests &operator=(const EarlyDigests &) = delete;

    // Before the transaction; `connection` is the migration's own.
    void start(const Connection &connection);
    // Inside the transaction, before the first statement: waits until the early scan holds its
    // snapshot (not until it ends), then keeps it or digests here.
    Result<void> settle(const Connection &connection);
    // After settle(): the digests as they were before the first statement; waits for the early scan.
    Result<QList<RewrittenTable>> before();
    // After settle(): true when the early scan is used, false when the digests were read inside.
    bool usedEarlyScan() const { return m_usedEarlyScan; }

private:
    struct Scan;
    const ExecutionRuntime &m_runtime;
    QList<RewrittenTable> m_tables;
    std::optional<QByteArray> m_markerAtStart;
    std::shared_ptr<Scan> m_scan;
    std::optional<Result<QList<RewrittenTable>>> m_inside;
    bool m_usedEarlyScan = false;
};

// VerificationFailed naming the table when a count or a hash differs.
SCHEMAPILOT_CORE_EXPORT Result<void> compareDigests(const ExecutionRuntime &runtime, const Connection &connection,
                            const QList<RewrittenTable> &tables);

// Re-inspects the database and returns its fingerprint; VerificationFailed when it is not the
// desired schema (a fingerprint that differs only where the differ sees no change is accepted).
// `pending`: steps that run after the transaction commits; the indexes they create may be missing.
SCHEMAPILOT_CORE_EXPORT Result<QString> verifySchema(const Dialect &dialect, const Connection &connection, const CheckReport &report,
                             const CheckRequest &request, const QList<PlanStep> &pending = {});

} // namespace SchemaPilot::Core
