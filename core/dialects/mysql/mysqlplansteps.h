#pragma once

#include "dialects/dialect.h"
#include "dialects/mysql/mysqlprobesql.h"
#include "plan/lint.h"

#include <QList>
#include <QSet>

// Internal to the MySQL planner: turns single changes into PlanSteps (SQL, rollback, warnings,
// probes). Ordering lives in mysqlplanner.cpp.
namespace SchemaPilot::Core::MysqlSteps {

struct Context {
    const Schema &current;
    const Schema &desired;
    const PlanOptions &options;
    MysqlProbeSql probeSql;
    LintContext lint{probeSql, current, desired, true};   // NOT NULL with a default fills the NULLs first

    Context(const Schema &c, const Schema &d, const PlanOptions &o) : current(c), desired(d), options(o) {}
    Context(const Context &) = delete;
    qint64 rowsOf(const QString &liveTable) const;
};

// The phases of a ModifyTable, run at different points of the plan.
struct TableSteps {
    QList<PlanStep> early;        // DROP FOREIGN KEY / DROP CHECK (live name, before renames)
    QList<PlanStep> alter;        // renames, added/modified columns, primary key, options, new checks
    QList<PlanStep> foreignKeys;  // ADD FOREIGN KEY (after the indexes they need)
    QList<PlanStep> dropColumns;  // last: loses data
};

TableSteps modifyTable(const change::ModifyTable &modify, const Context &context);

PlanStep createTable(const Table &table, const QList<Index> &indexes);
PlanStep addForeignKey(const Table &table, const ForeignKey &fk, qint64 rows);
PlanStep dropForeignKey(const Table &liveTable, const ForeignKey &fk);
QList<PlanStep> addForeignKeysOfNewTable(const Table &table);
// The rollback re-creates the table's triggers but those in `droppedBefore` (their own steps do).
PlanStep dropTable(const Table &table, const Context &context, const QSet<QString> &droppedBefore = {});
PlanStep renameTable(const change::RenameTable &rename);
PlanStep addIndex(const Index &index, const Context &context);
PlanStep dropIndex(const Index &index, const Context &context);
// DROP INDEX and ADD INDEX of the same name in one ALTER TABLE: for an index a foreign key needs,
// which InnoDB does not drop alone and whose name keeps the new one from being built first.
PlanStep replaceIndex(const Index &old, const Index &index, const Context &context);
PlanStep createView(const View &view, const View *replaced);
PlanStep dropView(const View &view);
PlanStep createTrigger(const Trigger &trigger);
PlanStep dropTrigger(const Trigger &trigger, bool forGood);

} // namespace SchemaPilot::Core::MysqlSteps
