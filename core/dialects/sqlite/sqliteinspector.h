#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// Always quotes: "name" with embedded quotes doubled.
SCHEMAPILOT_CORE_EXPORT QString sqliteQuote(const QString &identifier);

// Reads sqlite_schema and the PRAGMAs (table_list, table_xinfo, index_list, index_xinfo,
// foreign_key_list). Never reads rows beyond cheap row estimates.
class SCHEMAPILOT_CORE_EXPORT SqliteInspector final : public Inspector
{
public:
    Result<Schema> inspect(const QSqlDatabase &db, const InspectOptions &options) const override;
};

} // namespace SchemaPilot::Core
