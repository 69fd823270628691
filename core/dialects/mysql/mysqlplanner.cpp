#include "dialects/mysql/mysqlplanner.h"

#include "common/tr.h"
#include "dialects/mysql/mysqlobjectsteps.h"
#include "dialects/mysql/mysqlplansteps.h"
#include "plan/analysis.h"
#include "plan/dependencyorder.h"
#include "plan/lint.h"
#include "plan/warningcodes.h"

#include <QSet>

namespace SchemaPilot::Core {

namespace {

using namespace MysqlSteps;

// Views after the views they read, so that CREATE VIEW finds them.
QList<const View *> viewsInDependencyOrder(const QList<const View *> &views)
{
    QList<DependencyNode> nodes;
    for (const View *view : views)
        nodes << DependencyNode{view->name, view->dependsOn};
    QList<const View *> ordered;
    for (qsizetype i : dependencyOrder(nodes))
        ordered << views[i];
    return ordered;
}

// Dropped tables: children before the parents they reference, so no foreign key blocks a drop
// (the rollback, run in reverse, then recreates parents first).
QList<const Table *> tablesChildrenFirst(const QList<const Table *> &tables)
{
    QList<DependencyNode> nodes;
    for (const Table *table : tables) {
        QStringList parents;
        for (const ForeignKey &fk : table->foreignKeys)
            if (fk.refTable != table->name)
                parents << fk.refTable;
        nodes << DependencyNode{table->name, parents};
    }
    QList<const Table *> ordered;
    for (qsizetype i : dependencyOrder(nodes))
        ordered.prepend(tables[i]);
    return ordered;
}

// InnoDB refuses to drop an index whose leading columns are those of a foreign key, on either
// side ("needed in a foreign key constraint"), until another index serves the key.
bool servesForeignKey(const Index &index, const Schema &current)
{
    QStringList columns;
    for (const IndexPart &part : index.parts) {
        if (part.column.isEmpty())
            break;
        columns << part.column;
    }
    const auto leads = [&](const QStringList &keyColumns) {
        if (keyColumns.size() > columns.size())
            return false;
        for (qsizetype i = 0; i < keyColumns.size(); ++i)
            if (keyColumns[i].compare(columns[i], Qt::CaseInsensitive) != 0)
                return false;
        return true;
    };
    for (const Table &table : current.tables)
        for (const ForeignKey &fk : table.foreignKeys)
            if ((table.name == index.table && leads(fk.columns)) || (fk.refTable == index.table && leads(fk.refColumns)))
                return true;
    return false;
}

QString indexKey(const QString &table, const QString &name)
{
    return table + QChar(0x1f) + name.toLower();   // index names are case-insensitive
}

// InnoDB refuses to change the type, charset or collation of a column that takes part in a
// foreign key (errors 1832/1833), even with foreign_key_checks off: such keys are dropped before
// and added back after the change, on both the referencing and the referenced side.
void bracketForeignKeys(const ChangeSet &changes, const Context &context, QList<PlanStep> *early,
                        QList<PlanStep> *foreignKeys)
{
    QSet<QString> handled;   // live table + key name: dropped or re-added already
    QHash<QString, QString> renamedTo;
    for (const Change &change : changes.changes) {
        if (const auto *rename = std::get_if<change::RenameTable>(&change))
            renamedTo.insert(rename->from.name, rename->to.name);
        if (const auto *modify = std::get_if<change::ModifyTable>(&change))
            for (const change::TableChange &tc : modify->changes)
                if (const auto *drop = std::get_if<change::DropForeignKey>(&tc))
                    handled.insert(modify->from.name + QChar(0x1f) + drop->foreignKey.name);
    }
    const ColumnAspects typeLike = ColumnAspect::Type | ColumnAspect::Charset | ColumnAspect::Collation;
    for (const Change &change : changes.changes) {
        const auto *modify = std::get_if<change::ModifyTable>(&change);
        if (!modify)
            continue;
        for (const change::TableChange &tc : modify->changes) {
            const auto *mc = std::get_if<change::ModifyColumn>(&tc);
            if (!mc || !(mc->what & typeLike))
                continue;
            for (const Table &table : context.current.tables) {
                for (const ForeignKey &fk : table.foreignKeys) {
                    const bool involved = (table.name == modify->from.name && fk.columns.contains(mc->from.name, Qt::CaseInsensitive))
                                          || (fk.refTable == modify->from.name && fk.refColumns.contains(mc->from.name, Qt::CaseInsensitive));
                    const QString key = table.name + QChar(0x1f) + fk.name;
                    if (!involved || handled.contains(key))
                        continue;
                    handled.insert(key);
                    *early << dropForeignKey(table, fk);
                    const Table *desiredTable = context.desired.table(renamedTo.value(table.name, table.name), Qt::CaseSensitive);
                    if (!desiredTable)
                        continue;
                    for (const ForeignKey &wanted : desiredTable->foreignKeys)
                        if (wanted.name == fk.name)
                            *foreignKeys << addForeignKey(*desiredTable, wanted, context.rowsOf(table.name));
                }
            }
        }
    }
}

} // namespace

Result<Plan> MysqlPlanner::plan(const ChangeSet &changes, const Schema &current, const Schema &desired,
                                const PlanOptions &options) const
{
    const Context context(current, desired, options);

    QList<PlanStep> dropTriggers, dropViews, early, dropIndexes, createTables, renameTables, alter, addIndexes,
        lateDropIndexes, foreignKeys, views, createTriggers, dropColumns, dropTables, dropRoutines, createSequences,
        createRoutines, dropSequences;
    QList<const Table *> droppedTables;
    QList<const View *> addedViews;
    QHash<QString, QList<Index>> newTableIndexes;
    QList<const Table *> newTables;

    QSet<QString> createdTableNames;
    for (const Change &change : changes.changes)
        if (const auto *add = std::get_if<change::AddTable>(&change))
            createdTableNames.insert(add->table.name);
    QSet<QString> addedViewNames;
    for (const Change &change : changes.changes)
        if (const auto *add = std::get_if<change::AddView>(&change))
            addedViewNames.insert(add->view.name);
    QSet<QString> addedTriggerNames;
    for (const Change &change : changes.changes)
        if (const auto *add = std::get_if<change::AddTrigger>(&change))
            addedTriggerNames.insert(add->trigger.name);
    // Trigger names are per database in MariaDB: a live trigger whose name a new trigger takes
    // goes first, even when DROP TABLE would take it along later (its table is dropped).
    QSet<QString> droppedTriggerNames;
    for (const Change &change : changes.changes)
        if (const auto *drop = std::get_if<change::DropTrigger>(&change))
            droppedTriggerNames.insert(drop->trigger.name.toLower());
    QSet<QString> clearedTriggerNames;
    for (const Trigger &live : current.triggers) {
        const bool taken = std::any_of(addedTriggerNames.cbegin(), addedTriggerNames.cend(), [&](const QString &name) {
            return name.compare(live.name, Qt::CaseInsensitive) == 0;
        });
        if (taken && !droppedTriggerNames.contains(live.name.toLower())) {
            dropTriggers << dropTrigger(live, false);
            clearedTriggerNames.insert(live.name);
        }
    }

    // A changed routine, event or sequence comes as DropObject + AddObject of the same kind and
    // name: one step replaces it.
    const auto objectKey = [](const SchemaObject &object) { return object.kind + QChar(0x1f) + object.name.toLower(); };
    QHash<QString, const SchemaObject *> droppedObjects;
    QSet<QString> addedObjects;
    for (const Change &change : changes.changes) {
        if (const auto *drop = std::get_if<change::DropObject>(&change))
            droppedObjects.insert(objectKey(drop->object), &drop->object);
        else if (const auto *add = std::get_if<change::AddObject>(&change))
            addedObjects.insert(objectKey(add->object));
    }

    // Indexes a foreign key needs: dropped after the new indexes are built, or, when a new index
    // takes the same name, replaced in one statement. Keyed by the table's name after renames.
    QHash<QString, QString> renamedTo;
    for (const Change &change : changes.changes)
        if (const auto *rename = std::get_if<change::RenameTable>(&change))
            renamedTo.insert(rename->from.name, rename->to.name);
    QHash<QString, Index> neededIndexes;
    for (const Change &change : changes.changes)
        if (const auto *drop = std::get_if<change::DropIndex>(&change);
            drop && drop->index.origin == IndexOrigin::Created && servesForeignKey(drop->index, current)) {
            Index index = drop->index;
            index.table = renamedTo.value(index.table, index.table);
            neededIndexes.insert(indexKey(index.table, index.name), index);
        }
    QSet<QString> replacedIndexes;
    for (const Change &change : changes.changes)
        if (const auto *add = std::get_if<change::AddIndex>(&change); add && neededIndexes.contains(indexKey(add->index.table, add->index.name)))
            replacedIndexes.insert(indexKey(add->index.table, add->index.name));

    for (const Change &change : changes.changes) {
        if (const auto *add = std::get_if<change::AddTable>(&change)) {
            newTables << &add->table;
        } else if (const auto *drop = std::get_if<change::DropTable>(&change)) {
            droppedTables << &drop->table;
        } else if (const auto *rename = std::get_if<change::RenameTable>(&change)) {
            renameTables << renameTable(*rename);
        } else if (const auto *modify = std::get_if<change::ModifyTable>(&change)) {
            const TableSteps steps = modifyTable(*modify, context);
            early << steps.early;
            alter << steps.alter;
            foreignKeys << steps.foreignKeys;
            dropColumns << steps.dropColumns;
        } else if (const auto *add = std::get_if<change::AddIndex>(&change)) {
            const QString key = indexKey(add->index.table, add->index.name);
            if (createdTableNames.contains(add->index.table))
                newTableIndexes[add->index.table] << add->index;
            else if (replacedIndexes.contains(key))
                addIndexes << replaceIndex(neededIndexes.value(key), add->index, context);
            else
                addIndexes << addIndex(add->index, context);
        } else if (const auto *drop = std::get_if<change::DropIndex>(&change)) {
            const QString key = indexKey(renamedTo.value(drop->index.table, drop->index.table), drop->index.name);
            if (drop->index.origin != IndexOrigin::Created || replacedIndexes.contains(key))
                continue;   // implicit indexes go with their keys; a replaced one with its AddIndex
            if (neededIndexes.contains(key)) {
                PlanStep step = dropIndex(neededIndexes.value(key), context);
                step.affectedRows = context.rowsOf(drop->index.table);
                lateDropIndexes << step;
            } else {
                dropIndexes << dropIndex(drop->index, context);
            }
        } else if (const auto *add = std::get_if<change::AddView>(&change)) {
            addedViews << &add->view;
        } else if (const auto *drop = std::get_if<change::DropView>(&change)) {
            // A view dropped and added under the same name is replaced in one statement later.
            if (!addedViewNames.contains(drop->view.name))
                dropViews << dropView(drop->view);
        } else if (const auto *add = std::get_if<change::AddTrigger>(&change)) {
            createTriggers << createTrigger(add->trigger);
        } else if (const auto *drop = std::get_if<change::DropTrigger>(&change)) {
            dropTriggers << dropTrigger(drop->trigger, !addedTriggerNames.contains(drop->trigger.name));
        } else if (const auto *add = std::get_if<change::AddObject>(&change)) {
            const SchemaObject &object = add->object;
            const auto replaced = droppedObjects.constFind(objectKey(object));
            const PlanStep step = replaced != droppedObjects.cend() ? replaceObject(**replaced, object) : createObject(object);
            (object.kind == u"sequence" ? createSequences : createRoutines) << step;
        } else if (const auto *drop = std::get_if<change::DropObject>(&change)) {
            if (addedObjects.contains(objectKey(drop->object)))
                continue;   // replaced along with its AddObject
            (drop->object.kind == u"sequence" ? dropSequences : dropRoutines) << dropObject(drop->object);
        }
    }
    bracketForeignKeys(changes, context, &early, &foreignKeys);
    for (const Table *table : newTables) {
        createTables << createTable(*table, newTableIndexes.value(table->name));
        foreignKeys << addForeignKeysOfNewTable(*table);
    }
    for (const View *view : viewsInDependencyOrder(addedViews))
        views << createView(*view, current.view(view->name, Qt::CaseSensitive));
    for (const Table *table : tablesChildrenFirst(droppedTables))
        dropTables << dropTable(*table, context, clearedTriggerNames);

    Plan plan;
    plan.dialect = QStringLiteral("mysql");
    // Order for recoverability: first what removes no data (triggers, views, constraints,
    // indexes), then additions and changes, and what loses data last.
    // Sequences exist before the tables whose defaults call them and go after them; routines and
    // events after the tables they use and before the views and triggers that call them.
    plan.steps << dropTriggers << dropViews << dropRoutines << early << dropIndexes << createSequences << createTables
               << renameTables << alter << addIndexes << lateDropIndexes << foreignKeys << createRoutines << views
               << createTriggers << dropColumns << dropTables << dropSequences;
    plan.transactional = false;
    if (!plan.steps.isEmpty())
        plan.warnings << Warning{QString(WarningCode::NonTransactionalDdl), Severity::Warning,
                                 Tr::tr("The %1 steps of this plan are not one transaction: MySQL/MariaDB commits every DDL "
                                        "statement on its own. If a step fails, the steps before it stay applied; undo them "
                                        "with the plan's rollback SQL or restore the backup")
                                     .arg(plan.steps.size()),
                                 {}, {}, -1};
    plan.warnings << renameSuggestionWarnings(changes.suggestions);
    analysePlan(plan, options);
    return plan;
}

} // namespace SchemaPilot::Core
