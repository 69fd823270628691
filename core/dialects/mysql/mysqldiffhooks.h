#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// Identifier case: Qt::CaseSensitive. With lower_case_table_names=0 (the Linux default) table
// names are case-sensitive, so two tables differing only in case are different tables; with 1 the
// engine stores names in lower case on both sides, so exact comparison is still right. Column
// names are case-insensitive in MySQL; a case-only column "rename" therefore shows as drop + add,
// which the MySQL planner turns back into a data-keeping CHANGE COLUMN.
class SCHEMAPILOT_CORE_EXPORT MysqlDiffHooks final : public DiffHooks
{
public:
    Qt::CaseSensitivity identifierCase() const override { return Qt::CaseSensitive; }
    bool typesEquivalent(const QString &a, const QString &b) const override;
    QString normaliseDefault(const QString &expression) const override;
    QString normaliseExpression(const QString &expression) const override;
    // Nothing: options (ENGINE, charset, collation, ROW_FORMAT) and comments are compared by the
    // generic differ, and a column's ON UPDATE clause counts as part of its default.
    QString tableDefinitionDifference(const Table &current, const Table &desired) const override;
};

// The canonical spelling of a MySQL column type: lower case, single spaces, integer display
// widths dropped, synonyms resolved (integer -> int, boolean -> tinyint, numeric -> decimal).
SCHEMAPILOT_CORE_EXPORT QString mysqlCanonicalType(const QString &type);

} // namespace SchemaPilot::Core
