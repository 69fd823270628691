#pragma once

#include "common/result.h"
#include "model/schema.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

// Internal to the PostgreSQL dialect: the pg_catalog readers the inspector is made of.
namespace SchemaPilot::Core::PostgresCatalog {

// Separator for names aggregated into one text column (never part of an identifier).
inline constexpr char16_t kListSeparator = u'\x1f';

struct Context {
    QSqlDatabase db;
    QString schema;          // the inspected schema's name
    QString namespaceOid;    // its oid, as text for inlining into catalog queries
};

// Runs a catalog query and fetches its whole result at once (QPSQL's forward-only mode fetches
// row by row, several times slower for catalog-sized results).
Result<QSqlQuery> catalogQuery(const QSqlDatabase &db, const QString &sql);

// Tables with columns, constraints and indexes, keyed by nothing: in name order.
// Exclusion constraints (no model type of their own) are appended to `objects`.
Result<QList<Table>> readTables(const Context &context, const QStringList &skipTables, bool estimateRows,
                                QList<SchemaObject> &objects);
Result<QList<View>> readViews(const Context &context);
// Triggers; the functions they call (when they live in the schema) are appended to `objects`.
Result<QList<Trigger>> readTriggers(const Context &context, QList<SchemaObject> &objects);
// Enum types, domains and free-standing sequences (not those owned by serial/identity columns).
Result<QList<SchemaObject>> readTypesAndSequences(const Context &context);
// Partitions of the schema's partitioned tables, as objects of kind "partition" (CREATE TABLE ...
// PARTITION OF ... FOR VALUES ...): they share the parent's columns, indexes and constraints.
Result<QList<SchemaObject>> readPartitions(const Context &context);
// Table inheritance other than partitioning, as objects of kind "inherits" named "child.parent"
// (ALTER TABLE child INHERIT parent / NO INHERIT parent).
Result<QList<SchemaObject>> readInheritance(const Context &context);
// Indexes of materialized views, as objects of kind "view index" named "view.index".
Result<QList<SchemaObject>> readViewIndexes(const Context &context);
// Row-level security: "row security" objects (one per table that enables it, named after the table)
// and "policy" objects named "table.policy".
Result<QList<SchemaObject>> readRowSecurity(const Context &context);

} // namespace SchemaPilot::Core::PostgresCatalog
