#pragma once

#include "schemapilot/core_export.h"
#include "plan/lint.h"

namespace SchemaPilot::Core {

// Probe queries for MySQL/MariaDB: backtick quoting and "does this value fit the new type".
class SCHEMAPILOT_CORE_EXPORT MysqlProbeSql final : public ProbeSqlBuilder
{
public:
    QString quote(const QString &identifier) const override;
    // Integer ranges, character lengths, decimal precision, TEXT byte limits and ENUM members.
    // Empty for types whose fit cannot be counted cheaply (dates, spatial, ...).
    QString unconvertibleCount(const QString &table, const QString &column, const Column &from, const Column &to,
                               bool strictTarget) const override;
    // Fractions lost to an integer or a smaller DECIMAL scale, DOUBLE squeezed into FLOAT, fractional
    // seconds lost to a smaller DATETIME/TIME/TIMESTAMP precision, the time of day lost to DATE.
    QString lossyCount(const QString &table, const QString &column, const Column &from, const Column &to) const override;
};

} // namespace SchemaPilot::Core
