#pragma once

#include "model/table.h"

#include <QString>

// DDL text for the SQLite planner, generated from the model. Internal to the dialect.

namespace SchemaPilot::Core {

enum class SqliteAffinity { Integer, Text, Blob, Real, Numeric };

// The affinity SQLite gives a declared type (https://www.sqlite.org/datatype3.html, 3.1).
SqliteAffinity sqliteAffinity(const QString &declaredType);

// A default ADD COLUMN accepts: a literal number, string, blob, NULL, TRUE or FALSE.
bool sqliteIsConstantDefault(const QString &expression);
// The default as it goes after DEFAULT: literals as they are, anything else in parentheses.
QString sqliteDefaultClause(const QString &expression);
// A string literal: 'text' with its quotes doubled.
QString sqliteStringLiteral(const QString &text);

// True when `column` is `table`'s rowid alias (a lone INTEGER PRIMARY KEY of a rowid table).
bool sqliteIsRowidAlias(const Table &table, const Column &column);

// One column definition: name, type, PRIMARY KEY (lone key), NOT NULL, DEFAULT, COLLATE,
// an inline REFERENCES for a one-column foreign key of `owner`, GENERATED.
QString sqliteColumnDefinition(const Column &column, const Table &owner, bool withReferences);

// CREATE TABLE for `table` under `name`: the engine's own text with only the name swapped when
// the model carries it (so the result introspects like the original), else generated.
QString sqliteCreateTableSql(const Table &table, const QString &name);
QString sqliteGeneratedCreateTableSql(const Table &table, const QString &name);
// The stored CREATE text with its table name replaced; empty when the head cannot be read.
QString sqliteSwapCreateTableName(const QString &createSql, const QString &name);

QString sqliteCreateIndexSql(const Index &index);

} // namespace SchemaPilot::Core
