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
    // Values the new affinity converts but not back to what they were: numeric-looking text whose
    // spelling goes ('007' -> 7, '1.50' -> 1.5), reals cut to 15 digits as text, integers beyond
    // 2^53 rounded as reals.
    QString lossyCount(const QString &table, const QString &column, const Column &from, const Column &to) const override;
};

} // namespace SchemaPilot::Core
