#pragma once

#include "dialects/dialect.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Test {

// Schema and every row of every user table (SchemaPilot's own tables left out), as text:
// equal snapshots mean the database holds the same thing. Tables are dumped in rowid order.
QStringList snapshotUserTables(const QString &path);
// Any engine: the schema as the dialect's Inspector sees it (its fingerprint plus a readable outline
// of tables, columns, indexes, foreign keys, views and triggers) and every row of every user table,
// ordered by all columns, values rendered with their kind ('text', 12, x'ab', NULL). The tool's own
// tables (Dialect::internalTables(), schemapilot_*) are left out. Equal snapshots: same database
// content. One "<error: ...>" line when the database cannot be read.
QStringList snapshotDatabase(const Core::Dialect &dialect, const QSqlDatabase &db,
                             const Core::InspectOptions &options = {});
// The file's bytes, to prove that nothing at all was written.
QByteArray fileBytes(const QString &path);

} // namespace SchemaPilot::Test
