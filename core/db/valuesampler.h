#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace SchemaPilot::Core {

// Up to `limit` distinct non-NULL values of one column as text, read from at most `scanRows`
// rows so that sampling a large table stays cheap. Table and column come quoted by the caller's
// dialect. The SQL is the same on SQLite, PostgreSQL and MySQL.
SCHEMAPILOT_CORE_EXPORT Result<QStringList> sampleDistinctValues(const QSqlDatabase &db, const QString &quotedTable,
                                                                 const QString &quotedColumn, int limit = 20,
                                                                 int scanRows = 1000);

} // namespace SchemaPilot::Core
