#pragma once

#include "common/result.h"
#include "dialects/postgres/postgresplancontext.h"

// Internal to the PostgreSQL planner: enum types, domains, sequences, trigger functions and
// exclusion constraints and partitions (SchemaObject values) as plan steps.
namespace SchemaPilot::Core::PostgresPlan {

struct ObjectChanges {
    QList<SchemaObject> added;
    QList<SchemaObject> dropped;   // an object in both lists has changed
};

struct ObjectSteps {
    QList<PlanStep> create;           // before tables: types, domains, sequences, functions
    QList<PlanStep> drop;             // after everything that used them is gone
    QList<PlanStep> dropConstraints;  // exclusion constraints and inheritance links, before table changes
    QList<PlanStep> addConstraints;   // exclusion constraints and inheritance links, after table changes
    QList<PlanStep> createPartitions; // after the tables and their changes: a partition copies its parent
    QList<PlanStep> dropViewIndexes;  // indexes of materialized views that stay, early
    QList<PlanStep> createViewIndexes; // after the views
    QList<PlanStep> dropRowSecurity;  // policies and RLS switches, before the tables they name change
    QList<PlanStep> addRowSecurity;   // after the tables and their columns exist
};

Result<ObjectSteps> objectChangeSteps(const ObjectChanges &changes, const Context &context);

// Labels of an enum type from its CREATE TYPE ... AS ENUM ('a', 'b') statement, unquoted.
QStringList enumLabels(const QString &createSql);

} // namespace SchemaPilot::Core::PostgresPlan
