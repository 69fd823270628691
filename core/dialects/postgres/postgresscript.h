#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"

#include <QSqlDatabase>

namespace SchemaPilot::Core {

// Runs a script of several statements on a PostgreSQL connection as one simple query: the server
// splits it (no SQL parsing here) and stops at the first failing statement. On failure the Error
// carries the engine's message (with DETAIL/HINT) in driverText and, when PostgreSQL reports an
// error position, the 1-based line of the script in Error::line.
SCHEMAPILOT_CORE_EXPORT Result<void> runPostgresScript(const QSqlDatabase &db, const QString &script);

// 1-based line of a 1-based character position in `text`, 0 when the position is 0.
SCHEMAPILOT_CORE_EXPORT int lineOfPosition(const QString &text, int position);

} // namespace SchemaPilot::Core
