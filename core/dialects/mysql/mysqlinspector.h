#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// Reads the connection's current database through information_schema (COLUMNS, STATISTICS,
// TABLE_CONSTRAINTS, KEY_COLUMN_USAGE, REFERENTIAL_CONSTRAINTS, CHECK_CONSTRAINTS, VIEWS,
// TRIGGERS, TABLES) plus SHOW CREATE TABLE for display. Rows are never read: the row estimate
// is information_schema.TABLES.TABLE_ROWS. schemapilot_* tables are skipped.
class SCHEMAPILOT_CORE_EXPORT MysqlInspector final : public Inspector
{
public:
    Result<Schema> inspect(const QSqlDatabase &db, const InspectOptions &options) const override;
};

} // namespace SchemaPilot::Core
