#pragma once

#include "diff/changeset.h"

#include <QHash>
#include <QString>

#include <optional>

// Internal to the SQLite planner: SQLite keeps a table's CREATE text and edits it on ALTER TABLE.
// The planner predicts that text so that it only alters in place when the result is the desired
// definition, token for token (otherwise the next diff would see a difference and rebuild).

namespace SchemaPilot::Core {

// The column definition of `column` as written in a CREATE TABLE text, empty when not found.
QString sqliteColumnDefinitionText(const QString &createSql, const QString &column);

// The CREATE text after ADD COLUMN (`addedDefinitions`, in order), DROP COLUMN and RENAME COLUMN
// as `modify` lists them; nullopt when the text cannot be read.
std::optional<QString> sqlitePredictAlteredSql(const QString &createSql, const change::ModifyTable &modify,
                                               const QStringList &addedDefinitions);

// The CREATE text after RENAME TABLE / RENAME COLUMN of other tables: SQLite rewrites the
// REFERENCES clauses naming them. `renamedTables` maps lower-case old table names to new ones,
// `renamedColumns` lower-case new table name -> lower-case old column name -> new column name.
QString sqliteRewriteReferences(const QString &createSql, const QHash<QString, QString> &renamedTables,
                                const QHash<QString, QHash<QString, QString>> &renamedColumns = {});

} // namespace SchemaPilot::Core
