#pragma once

#include "diff/changeset.h"
#include "dialects/dialect.h"
#include "dialects/postgres/postgresprobesql.h"
#include "plan/lint.h"
#include "plan/plan.h"

#include <QHash>
#include <QSet>

// Internal to the PostgreSQL planner: what every step builder needs to know.
namespace SchemaPilot::Core::PostgresPlan {

struct Context {
    Context(const Schema &currentSchema, const Schema &desiredSchema, const PlanOptions &planOptions);
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    const Schema &current;
    const Schema &desired;
    const PlanOptions &options;
    QSet<QString> currentFreeSequences;   // sequences that are schema objects (not serial-owned)
    QSet<QString> desiredFreeSequences;
    QHash<QString, QString> liveNames;    // desired table name -> live name (renames followed back)
    QSet<QString> addedIndexes;           // indexes an AddIndex change creates (in its own phase)
    QSet<QString> droppedIndexes;         // indexes a DropIndex change drops
    QSet<QString> droppedTables;          // live tables a DropTable change drops
    QSet<QString> recreatedEnums;         // enum types recreated rather than grown (postgresenumsteps.h)
    PostgresProbeSqlBuilder probeSql;
    LintContext lint;

    QString liveName(const QString &table) const { return liveNames.value(table, table); }
    // Row estimate of the live table behind a desired table name, -1 when unknown or new.
    qint64 rowEstimate(const QString &table) const;
    bool isLarge(const QString &table) const;
};

// The shared findings (core/plan/lint.h) for one change of a ModifyTable, with the table's column
// renames taken into account.
LintFindings lintTableChange(const change::ModifyTable &modify, const change::TableChange &change, const Context &context);

// Informational LK101 note naming the lock a step takes.
Warning lockWarning(const QString &table, const QString &column, const QString &text);
PlanStep makeStep(OperationType type, const QString &table, const QString &column, const QString &comment);

// Steps of one ModifyTable, by the phase they run in.
struct TableSteps {
    QList<PlanStep> dropConstraints;   // foreign keys first of all: before tables they point to go
    QList<PlanStep> changes;           // columns, checks, uniques, primary key, options
    QList<PlanStep> addForeignKeys;    // after every table exists
};

// Generated columns PostgreSQL cannot change in place, each dropped in one step and added again in a
// later one with the indexes and constraints that went with it (postgresregeneration.cpp).
struct RegenerationSteps {
    QStringList columns;               // desired names, in table order
    QList<PlanStep> drops;             // before the table's other column steps, in the order they run
    QList<PlanStep> adds;              // after them
    QList<PlanStep> addForeignKeys;    // with the other foreign keys, once every table exists

    PlanStep *dropStep(const QString &column);   // nullptr when the column is not regenerated
};

RegenerationSteps regenerationSteps(const change::ModifyTable &modify, const Context &context);

// Recreates the live indexes and constraints covering `column` (its desired name) that DROP COLUMN
// takes along, for a rollback that adds the column back (what the plan drops apart stays out).
QStringList liveCoveringSql(const change::ModifyTable &modify, const QString &column, const Context &context);

QStringList addColumnSql(const QString &table, const Column &column, const QSet<QString> &freeSequences);
QString dropColumnSql(const QString &table, const QString &column);
TableSteps modifyTableSteps(const change::ModifyTable &modify, const Context &context);
PlanStep createTableStep(const Table &table, const Context &context);
PlanStep dropTableStep(const Table &table, const Context &context);
PlanStep addForeignKeyStep(const QString &table, const ForeignKey &foreignKey, const Context &context);
PlanStep dropForeignKeyStep(const QString &table, const ForeignKey &foreignKey, const Context &context);

} // namespace SchemaPilot::Core::PostgresPlan
