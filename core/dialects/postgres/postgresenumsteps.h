#pragma once

#include "dialects/postgres/postgresplancontext.h"

// Internal to the PostgreSQL planner: enum types that change other than by growing in place.
// ALTER TYPE ... ADD VALUE runs in a transaction, but the new value cannot be used before the
// transaction commits (SQLSTATE 55P04); such a type is recreated inside the transaction instead.
namespace SchemaPilot::Core::PostgresPlan {

// Whether the new labels of `to` can be added in place and keep the old labels' order.
bool enumGrowsInPlace(const SchemaObject &from, const SchemaObject &to);
// Labels of `to` that `from` lacks.
QStringList addedEnumLabels(const SchemaObject &from, const SchemaObject &to);
// Whether `sql` may use one of `labels`: a string literal (or array literal) that holds it.
// Errs on the side of yes: a recreated type is slower, an unusable one fails the migration.
bool mayUseEnumLabel(const QString &sql, const QStringList &labels);
// Whether `sql` names the type itself ("::mood", "::\"Mood\"[]"), i.e. depends on it.
bool namesEnumType(const QString &sql, const QString &typeName);
// Live tables (their live names) with a column of the enum type or a default that names it.
QStringList tablesUsingEnum(const QString &typeName, const Context &context);
// Recreates the type with the desired labels in their order: rename the old one, create the new,
// retype every column that uses it (defaults, checks and indexes naming it taken off and put back),
// drop the old. The rollback does the same in the other direction.
PlanStep recreateEnumStep(const SchemaObject &from, const SchemaObject &to, const Context &context);

} // namespace SchemaPilot::Core::PostgresPlan
