#pragma once

#include "common/result.h"
#include "dialects/executionruntime.h"

struct sqlite3;

namespace SchemaPilot::Core {

// The row count and an order-independent content hash of `columns` of `table`, read on `handle`
// (inside its transaction, if one is open). Each row's hash covers every value and its storage
// class (1 and '1' differ); rows combine by sum and xor, so a rebuild may reorder them. Enough to
// notice accidental changes; no defence against tampering. Interrupting the connection
// (sqlite3_interrupt, a progress handler) ends it with ErrorCode::TimedOut.
Result<TableDigest> sqliteTableDigest(sqlite3 *handle, const QString &table, const QStringList &columns);

} // namespace SchemaPilot::Core
