#pragma once

#include "db/connection.h"
#include "dialects/dialect.h"
#include "dialects/executionruntime.h"
#include "service/checkservice.h"

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

QList<RewrittenTable> rewrittenTables(const CheckReport &report);

// Fills each table's digest from the database as it is now.
Result<void> digestBefore(const ExecutionRuntime &runtime, const Connection &connection, QList<RewrittenTable> &tables);
// VerificationFailed naming the table when a count or a hash differs.
Result<void> compareDigests(const ExecutionRuntime &runtime, const Connection &connection,
                            const QList<RewrittenTable> &tables);

// Re-inspects the database and returns its fingerprint; VerificationFailed when it is not the
// desired schema (a fingerprint that differs only where the differ sees no change is accepted).
Result<QString> verifySchema(const Dialect &dialect, const Connection &connection, const CheckReport &report,
                             const CheckRequest &request);

} // namespace SchemaPilot::Core
