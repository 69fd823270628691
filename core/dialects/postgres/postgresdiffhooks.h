#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// PostgreSQL identifiers are case-sensitive once created (quoted or folded); types and
// expressions come from format_type/pg_get_expr on both sides and only need light normalising.
class SCHEMAPILOT_CORE_EXPORT PostgresDiffHooks final : public DiffHooks
{
public:
    Qt::CaseSensitivity identifierCase() const override { return Qt::CaseSensitive; }
    bool typesEquivalent(const QString &a, const QString &b) const override;
    QString normaliseDefault(const QString &expression) const override;
    QString normaliseExpression(const QString &expression) const override;
    QString tableDefinitionDifference(const Table &current, const Table &desired) const override;

    // "int4" -> "integer", "varchar(20)" -> "character varying(20)", "serial" -> "integer", ...
    static QString canonicalType(const QString &type);
};

} // namespace SchemaPilot::Core
