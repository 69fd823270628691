#pragma once

#include "schemapilot/core_export.h"
#include "model/schema.h"

#include <QString>
#include <QStringList>

// SQL text for MySQL/MariaDB objects, built from the model. Pure string functions shared by the
// planner (forward and rollback SQL) and the tests.
namespace SchemaPilot::Core {

// `name` with embedded backticks doubled.
SCHEMAPILOT_CORE_EXPORT QString mysqlQuote(const QString &identifier);
SCHEMAPILOT_CORE_EXPORT QString mysqlQuoteList(const QStringList &identifiers);
// 'text' with quotes and backslashes escaped.
SCHEMAPILOT_CORE_EXPORT QString mysqlStringLiteral(const QString &text);

// `name` type [CHARACTER SET] [COLLATE] [GENERATED ALWAYS AS (...) VIRTUAL|STORED] [NOT] NULL
// [DEFAULT ...] [ON UPDATE ...] [AUTO_INCREMENT] [INVISIBLE] [COMMENT '...']
SCHEMAPILOT_CORE_EXPORT QString mysqlColumnDefinition(const Column &column);
// The DEFAULT operand: literals as reported, other expressions parenthesised.
SCHEMAPILOT_CORE_EXPORT QString mysqlDefaultOperand(const QString &expression);

// (`a`(10) DESC, `b`)
SCHEMAPILOT_CORE_EXPORT QString mysqlIndexColumns(const Index &index);
// "UNIQUE INDEX `n` (...)" / "FULLTEXT INDEX" / "SPATIAL INDEX" / "INDEX", for ALTER TABLE ... ADD.
SCHEMAPILOT_CORE_EXPORT QString mysqlIndexClause(const Index &index);
// CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX `n` ON `table` (...)
SCHEMAPILOT_CORE_EXPORT QString mysqlCreateIndexSql(const Index &index);
SCHEMAPILOT_CORE_EXPORT QString mysqlForeignKeyClause(const ForeignKey &foreignKey);
SCHEMAPILOT_CORE_EXPORT QString mysqlCheckClause(const CheckConstraint &check);

// CREATE TABLE with columns, primary key and checks; foreign keys only when asked (tables are
// created first and linked afterwards so that creation order never matters). Secondary indexes
// come as their own steps.
SCHEMAPILOT_CORE_EXPORT QString mysqlCreateTableSql(const Table &table, bool withForeignKeys);
// Table.options of a MariaDB table end in " WITH SYSTEM VERSIONING" and " PARTITION BY ..." (the
// engine's own text) when the table has them; these take the options apart again.
SCHEMAPILOT_CORE_EXPORT QString mysqlPartitionClause(const QString &options);
SCHEMAPILOT_CORE_EXPORT bool mysqlSystemVersioned(const QString &options);
// The KEY=value options alone.
SCHEMAPILOT_CORE_EXPORT QString mysqlPlainTableOptions(const QString &options);

SCHEMAPILOT_CORE_EXPORT QString mysqlCreateViewSql(const View &view, bool orReplace);
SCHEMAPILOT_CORE_EXPORT QString mysqlCreateTriggerSql(const Trigger &trigger);

} // namespace SchemaPilot::Core
