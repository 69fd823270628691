#pragma once

#include "schemapilot/core_export.h"
#include "plan/lint.h"

namespace SchemaPilot::Core {

// Probe SQL for SQLite: double-quoted identifiers, and the type-conversion count that follows
// SQLite's affinity rules (values the new affinity cannot convert keep their storage class on
// ordinary tables and fail the copy on STRICT ones).
class SCHEMAPILOT_CORE_EXPORT SqliteProbeSqlBuilder final : public ProbeSqlBuilder
{
public:
    QString quote(const QString &identifier) const override;
    QString unconvertibleCount(const QString &table, const QString &column, const Column &from, const Column &to,
                               bool strictTarget) const override;
};

} // namespace SchemaPilot::Core
