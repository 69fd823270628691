#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// Always quotes: "name" with embedded quotes doubled.
SCHEMAPILOT_CORE_EXPORT QString postgresQuote(const QString &identifier);
// Quotes only names that are not plain lower-case identifiers.
SCHEMAPILOT_CORE_EXPORT QString postgresQuoteIfNeeded(const QString &identifier);
// 'text' with embedded quotes doubled.
SCHEMAPILOT_CORE_EXPORT QString postgresLiteral(const QString &text);
// Removes "schema." qualifiers that pg_get_*def functions add, so names compare across schemas.
SCHEMAPILOT_CORE_EXPORT QString postgresUnqualify(const QString &sql, const QString &schema);

// Reads one schema (InspectOptions::schemaName, default "public") through pg_catalog:
// tables, columns, constraints, indexes, views, materialized views, triggers, enum types,
// domains, free sequences and trigger functions. Row counts come from pg_class.reltuples
// (or the statistics collector), never from counting rows.
class SCHEMAPILOT_CORE_EXPORT PostgresInspector final : public Inspector
{
public:
    Result<Schema> inspect(const QSqlDatabase &db, const InspectOptions &options) const override;
};

} // namespace SchemaPilot::Core
