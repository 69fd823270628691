#pragma once

#include "plan/lint.h"

#include <QHash>
#include <QSet>

// Internal to the MySQL planner.
namespace SchemaPilot::Core::MysqlSteps {

// MF103 probes for a charset or collation change: values of a PRIMARY KEY or UNIQUE index that
// differ today may be equal under the new collation ('a' and 'A' under a _ci collation, 'e' and
// 'é', 'x' and 'x ' under a PAD SPACE one), and the ALTER then fails on the duplicate key. Each
// probe counts the groups of rows that become equal, grouping by the key's columns converted to
// their new charset and collation. `changed` holds the desired names (lower case) of the columns
// whose comparison changes; `liveNames` maps desired column names (lower case) to live ones.
QList<DataProbe> collationDuplicateProbes(const Table &desiredTable, const QString &liveTable,
                                          const QHash<QString, QString> &liveNames, const QSet<QString> &changed,
                                          const ProbeSqlBuilder &sql);

// The charset and collation a column of `table` ends up with: its own, else the table's default.
QString mysqlEffectiveCharset(const Table &table, const Column &column);
QString mysqlEffectiveCollation(const Table &table, const Column &column);
// char, varchar, the text types, enum and set: the columns a collation applies to (json keeps utf8mb4_bin).
bool mysqlIsTextColumn(const Column &column);

} // namespace SchemaPilot::Core::MysqlSteps
