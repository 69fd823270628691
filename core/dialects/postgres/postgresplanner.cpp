#include "dialects/postgres/postgresplanner.h"

#include "common/tr.h"
#include "dialects/postgres/postgresddl.h"
#include "dialects/postgres/postgresenumsteps.h"
#include "dialects/postgres/postgresobjectsteps.h"
#include "dialects/postgres/postgresplancontext.h"
#include "plan/analysis.h"
#include "plan/lint.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace SchemaPilot::Core {

using namespace PostgresPlan;
using namespace PostgresDdl;

namespace {

// Orders names so that each comes after the names it depends on (cycles keep their input order).
QStringList dependencyOrder(const QStringList &names, const std::function<QStringList(const QString &)> &dependsOn)
{
    QStringList ordered;
    QSet<QString> visiting;
    std::function<void(const QString &)> visit = [&](const QString &name) {
        if (ordered.contains(name) || visiting.contains(name))
            return;
        visiting.insert(name);
        for (const QString &dependency : dependsOn(name))
            if (names.contains(dependency))
                visit(dependency);
        visiting.remove(name);
        ordered << name;
    };
    for (const QString &name : names)
        visit(name);
    return ordered;
}

// CREATE OR REPLACE VIEW keeps existing output columns (same names and types, same order) and may
// only append new ones; anything else needs the view dropped and created again.
bool replaceableInPlace(const View &from, const View &to)
{
    if (from.materialized || to.materialized || from.columns.isEmpty() || to.columns.size() < from.columns.size())
        return false;
    for (int i = 0; i < from.columns.size(); ++i)
        if (from.columns.at(i).name != to.columns.at(i).name || from.columns.at(i).type != to.columns.at(i).type)
            return false;
    return true;
}

// The CREATE INDEX statements of a materialized view ("view index" objects named "view.index").
QStringList viewIndexSql(const Schema &schema, const QString &view)
{
    QStringList sql;
    for (const SchemaObject &object : schema.objects)
        if (object.kind == u"view index" && object.name.section(u'.', 0, 0) == view)
            sql << object.sql;
    return sql;
}

// A materialized view comes back with its indexes: they go when it is dropped.
PlanStep createViewStep(const View &view, const Schema &desired)
{
    PlanStep step = makeStep(OperationType::CreateView, view.name, {},
                             view.materialized ? Tr::tr("Create materialized view %1 (and fill it)").arg(view.name)
                                               : Tr::tr("Create view %1").arg(view.name));
    step.sql << view.sql << viewIndexSql(desired, view.name);
    step.rollbackSql << dropView(view);
    return step;
}

PlanStep dropViewStep(const View &view, bool recreatedLater, const Schema &current)
{
    PlanStep step = makeStep(OperationType::DropView, view.name, {},
                             recreatedLater ? Tr::tr("Drop view %1 (created again below)").arg(view.name)
                                            : Tr::tr("Drop view %1").arg(view.name));
    step.sql << dropView(view);
    step.rollbackSql << view.sql << viewIndexSql(current, view.name);
    step.warnings << lockWarning(view.name, {}, Tr::tr("ACCESS EXCLUSIVE lock on the view (brief)"));
    return step;
}

PlanStep replaceViewStep(const View &from, const View &to)
{
    PlanStep step = makeStep(OperationType::CreateView, to.name, {}, Tr::tr("Replace view %1 in place (CREATE OR REPLACE)").arg(to.name));
    QString sql = to.sql;
    step.sql << sql.replace(0, QStringLiteral("CREATE VIEW").size(), QStringLiteral("CREATE OR REPLACE VIEW"));
    if (from.columns.size() == to.columns.size()) {
        QString back = from.sql;
        step.rollbackSql << back.replace(0, QStringLiteral("CREATE VIEW").size(), QStringLiteral("CREATE OR REPLACE VIEW"));
    } else {
        // Appended columns cannot be taken away by CREATE OR REPLACE.
        step.rollbackSql << dropView(to) << from.sql;
    }
    return step;
}

bool readsAny(const View &view, const QSet<QString> &relations)
{
    return std::any_of(view.dependsOn.cbegin(), view.dependsOn.cend(),
                       [&](const QString &dependency) { return relations.contains(dependency); });
}

bool affectsDependentViews(const change::TableChange &change)
{
    if (const auto *modify = std::get_if<change::ModifyColumn>(&change))
        return modify->what & (ColumnAspect::Type | ColumnAspect::Collation | ColumnAspect::Generated);
    return std::holds_alternative<change::DropColumn>(change);
}

} // namespace

namespace {

// PostgreSQL names constraints and their indexes after the table (notes_pkey, notes_body_key,
// notes_user_id_fkey) and RENAME TO keeps those names. Where the desired table carries the same
// names for its own new name (memos_pkey), rename them too, so the result equals the desired schema.
void appendDefaultNameRenames(const Table &from, const Table &to, PlanStep &step)
{
    const QString oldPrefix = from.name + u'_';
    const QString newPrefix = to.name + u'_';
    const auto renamed = [&](const QString &name) -> QString {
        if (!name.startsWith(oldPrefix))
            return {};
        return newPrefix + name.mid(oldPrefix.size());
    };
    for (const Index &index : from.indexes) {
        const QString target = renamed(index.name);
        if (target.isEmpty() || !to.index(target, Qt::CaseSensitive))
            continue;
        // Renaming a constraint's index renames the constraint as well.
        step.sql << QStringLiteral("ALTER INDEX %1 RENAME TO %2").arg(q(index.name), q(target));
        step.rollbackSql.prepend(QStringLiteral("ALTER INDEX %1 RENAME TO %2").arg(q(target), q(index.name)));
    }
    const auto renameConstraint = [&](const QString &name, bool desiredHasIt) {
        const QString target = renamed(name);
        if (target.isEmpty() || !desiredHasIt)
            return;
        step.sql << alterTable(to.name, QStringLiteral("RENAME CONSTRAINT %1 TO %2").arg(q(name), q(target)));
        step.rollbackSql.prepend(alterTable(to.name, QStringLiteral("RENAME CONSTRAINT %1 TO %2").arg(q(target), q(name))));
    };
    for (const ForeignKey &fk : from.foreignKeys)
        renameConstraint(fk.name, std::any_of(to.foreignKeys.cbegin(), to.foreignKeys.cend(),
                                              [&](const ForeignKey &other) { return other.name == renamed(fk.name); }));
    for (const CheckConstraint &check : from.checks)
        renameConstraint(check.name, std::any_of(to.checks.cbegin(), to.checks.cend(),
                                                 [&](const CheckConstraint &other) { return other.name == renamed(check.name); }));
}

} // namespace

Result<Plan> PostgresPlanner::plan(const ChangeSet &changes, const Schema &current, const Schema &desired,
                                   const PlanOptions &options) const
{
    Context ctx(current, desired, options);
    for (const Change &change : changes.changes)
        if (const auto *rename = std::get_if<change::RenameTable>(&change))
            ctx.liveNames.insert(rename->to.name, rename->from.name);

    QList<PlanStep> dropTriggers, dropViews, renames, dropForeignKeys, dropIndexes, dropTables, createTables,
        tableChanges, addForeignKeys, createIndexes, createViews, createTriggers;
    ObjectChanges objects;
    QHash<QString, View> addedViews, droppedViews;
    QSet<QString> touchedRelations;   // whose dependent views PostgreSQL would refuse to keep
    QList<Table> droppedTables;
    QSet<QString> addedTriggers;
    QHash<QString, const change::ModifyTable *> modifiedTables;
    for (const Change &change : changes.changes) {
        if (const auto *add = std::get_if<change::AddTrigger>(&change))
            addedTriggers.insert(add->trigger.name);
        else if (const auto *addIndex = std::get_if<change::AddIndex>(&change))
            ctx.addedIndexes.insert(addIndex->index.name);
        else if (const auto *dropIndex = std::get_if<change::DropIndex>(&change))
            ctx.droppedIndexes.insert(dropIndex->index.name);
        else if (const auto *modify = std::get_if<change::ModifyTable>(&change))
            modifiedTables.insert(modify->to.name, modify);
    }
    // Desired column name -> live column name of a table, for probes that run before the plan.
    auto liveColumns = [&](const QString &table) {
        if (const change::ModifyTable *modify = modifiedTables.value(table))
            return liveColumnNames(*modify);
        QHash<QString, QString> same;
        if (const Table *live = current.table(ctx.liveName(table), Qt::CaseSensitive))
            for (const Column &column : live->columns)
                same.insert(column.name.toLower(), column.name);
        return same;
    };

    for (const Change &change : changes.changes) {
        std::visit([&](const auto &c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, change::AddTable>) {
                createTables << createTableStep(c.table, ctx);
                for (const ForeignKey &fk : c.table.foreignKeys)
                    addForeignKeys << addForeignKeyStep(c.table.name, fk, ctx);
            } else if constexpr (std::is_same_v<T, change::DropTable>) {
                droppedTables << c.table;
                touchedRelations.insert(c.table.name);
            } else if constexpr (std::is_same_v<T, change::RenameTable>) {
                PlanStep step = makeStep(OperationType::RenameTable, c.to.name, {},
                                         Tr::tr("Rename table %1 to %2").arg(c.from.name, c.to.name));
                step.sql << alterTable(c.from.name, QStringLiteral("RENAME TO %1").arg(q(c.to.name)));
                step.rollbackSql << alterTable(c.to.name, QStringLiteral("RENAME TO %1").arg(q(c.from.name)));
                // A table that changes besides its name gets its constraint names from its
                // ModifyTable steps (renameConstraintsStep); a plain rename needs them here.
                const bool modifiedToo = std::any_of(changes.changes.cbegin(), changes.changes.cend(), [&](const Change &other) {
                    const auto *m = std::get_if<change::ModifyTable>(&other);
                    return m && m->to.name == c.to.name;
                });
                if (!modifiedToo)
                    appendDefaultNameRenames(c.from, c.to, step);
                step.warnings << lockWarning(c.to.name, {}, Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
                lintRenameTable(c.from.name, c.to.name).appendTo(step);
                renames << step;
            } else if constexpr (std::is_same_v<T, change::ModifyTable>) {
                TableSteps steps = modifyTableSteps(c, ctx);
                dropForeignKeys << steps.dropConstraints;
                tableChanges << steps.changes;
                addForeignKeys << steps.addForeignKeys;
                for (const change::TableChange &tableChange : c.changes)
                    if (affectsDependentViews(tableChange))
                        touchedRelations.insert(c.to.name);
            } else if constexpr (std::is_same_v<T, change::AddIndex>) {
                // CONCURRENTLY only helps tables that exist and have rows; a new table is empty.
                const bool concurrently = options.concurrentIndexes && current.table(ctx.liveName(c.index.table), Qt::CaseSensitive);
                PlanStep step = makeStep(OperationType::CreateIndex, c.index.table, {},
                                         concurrently ? Tr::tr("Create index %1 on %2 CONCURRENTLY: runs outside the migration "
                                                               "transaction; if it fails, drop the INVALID index it leaves").arg(c.index.name, c.index.table)
                                                      : Tr::tr("Create index %1 on %2").arg(c.index.name, c.index.table));
                step.sql << createIndex(c.index, concurrently);
                // Undone in a transaction (the `rollback` command runs one): DROP INDEX CONCURRENTLY cannot.
                step.rollbackSql << dropIndex(c.index, false);
                step.transactional = !concurrently;
                step.affectedRows = ctx.rowEstimate(c.index.table);
                step.warnings << lockWarning(c.index.table, {}, concurrently
                                                 ? Tr::tr("SHARE UPDATE EXCLUSIVE lock (writes continue; two table scans)")
                                                 : Tr::tr("SHARE lock while the index is built (writes wait)"));
                lintAddIndex(c.index, current.table(ctx.liveName(c.index.table), Qt::CaseSensitive) ? ctx.liveName(c.index.table) : QString(),
                             liveColumns(c.index.table), ctx.lint).appendTo(step);
                createIndexes << step;
            } else if constexpr (std::is_same_v<T, change::DropIndex>) {
                PlanStep step = makeStep(OperationType::DropIndex, c.index.table, {}, Tr::tr("Drop index %1 on %2").arg(c.index.name, c.index.table));
                // The index goes away by itself when a column it covers is dropped.
                step.sql << QStringLiteral("DROP INDEX IF EXISTS %1").arg(q(c.index.name));
                step.rollbackSql << createIndex(c.index, false);
                step.warnings << lockWarning(c.index.table, {}, Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
                dropIndexes << step;
            } else if constexpr (std::is_same_v<T, change::AddView>) {
                addedViews.insert(c.view.name, c.view);
            } else if constexpr (std::is_same_v<T, change::DropView>) {
                droppedViews.insert(c.view.name, c.view);
            } else if constexpr (std::is_same_v<T, change::AddTrigger>) {
                PlanStep step = makeStep(OperationType::CreateTrigger, c.trigger.table, {},
                                         Tr::tr("Create trigger %1 on %2").arg(c.trigger.name, c.trigger.table));
                step.sql << createTrigger(c.trigger);
                step.rollbackSql << dropTrigger(c.trigger);
                step.warnings << lockWarning(c.trigger.table, {}, Tr::tr("SHARE ROW EXCLUSIVE lock (brief)"));
                createTriggers << step;
            } else if constexpr (std::is_same_v<T, change::DropTrigger>) {
                PlanStep step = makeStep(OperationType::DropTrigger, c.trigger.table, {},
                                         Tr::tr("Drop trigger %1 on %2").arg(c.trigger.name, c.trigger.table));
                step.sql << QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(q(c.trigger.name), q(c.trigger.table));
                step.rollbackSql << createTrigger(c.trigger);
                step.warnings << lockWarning(c.trigger.table, {}, Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
                if (!addedTriggers.contains(c.trigger.name))
                    lintDropTrigger(c.trigger).appendTo(step);
                dropTriggers << step;
            } else if constexpr (std::is_same_v<T, change::AddObject>) {
                objects.added << c.object;
            } else if constexpr (std::is_same_v<T, change::DropObject>) {
                objects.dropped << c.object;
            }
        }, change);
    }

    for (const Table &table : droppedTables)
        ctx.droppedTables.insert(table.name);
    // Enum types that lose or reorder values, or whose new values a step of this plan uses, are
    // recreated inside the transaction; the views over their columns are rebuilt around that.
    QSet<QString> forcedViews;
    {
        QStringList laterSql;
        for (const QList<PlanStep> *list : {&createTables, &tableChanges, &addForeignKeys, &createIndexes, &createTriggers})
            for (const PlanStep &step : *list)
                laterSql << step.sql;
        for (const View &view : addedViews)
            laterSql << view.sql;
        for (const SchemaObject &object : objects.added)
            if (object.kind != u"type")
                laterSql << object.sql;
        const QString later = laterSql.join(u'\n');
        for (const SchemaObject &to : objects.added) {
            if (to.kind != u"type")
                continue;
            const auto from = std::find_if(objects.dropped.cbegin(), objects.dropped.cend(), [&](const SchemaObject &object) {
                return object.kind == to.kind && object.name == to.name;
            });
            if (from == objects.dropped.cend())
                continue;
            if (enumGrowsInPlace(*from, to) && !mayUseEnumLabel(later, addedEnumLabels(*from, to)))
                continue;
            ctx.recreatedEnums.insert(to.name);
            for (const QString &table : tablesUsingEnum(to.name, ctx)) {
                touchedRelations.insert(table);
                touchedRelations.insert(ctx.liveNames.key(table, table));
            }
            for (const View &view : current.views)
                if (namesEnumType(view.definition, to.name))
                    forcedViews.insert(view.name);
        }
    }

    // Views: replaced in place where PostgreSQL allows it, else dropped first and created last.
    // Views, changed or not, that read a dropped or retyped relation are dropped and created again too.
    QStringList viewsToCreate, viewsToDrop;
    QHash<QString, View> replaceInPlace;
    for (auto it = addedViews.cbegin(); it != addedViews.cend(); ++it) {
        if (droppedViews.contains(it.key()) && replaceableInPlace(droppedViews.value(it.key()), it.value())) {
            replaceInPlace.insert(it.key(), it.value());
            continue;
        }
        viewsToCreate << it.key();
    }
    for (auto it = droppedViews.cbegin(); it != droppedViews.cend(); ++it)
        if (!replaceInPlace.contains(it.key())) {
            viewsToDrop << it.key();
            touchedRelations.insert(it.key());
        }
    // A view that would be replaced in place still reads what it reads now (pg_depend knows what
    // that is): when that goes or changes type under it, it is dropped first like the rest.
    bool grew = true;
    while (grew) {
        grew = false;
        for (const View &view : current.views) {
            if (viewsToDrop.contains(view.name) || (!readsAny(view, touchedRelations) && !forcedViews.contains(view.name)))
                continue;
            replaceInPlace.remove(view.name);
            viewsToDrop << view.name;
            touchedRelations.insert(view.name);
            if (const View *again = desired.view(view.name, Qt::CaseSensitive); again && !viewsToCreate.contains(view.name)) {
                viewsToCreate << view.name;
                addedViews.insert(view.name, *again);
            }
            droppedViews.insert(view.name, view);
            grew = true;
        }
    }
    std::sort(viewsToCreate.begin(), viewsToCreate.end());
    std::sort(viewsToDrop.begin(), viewsToDrop.end());
    const QStringList dropOrder = dependencyOrder(viewsToDrop, [&](const QString &name) {
        QStringList dependents;   // drop readers before what they read
        for (const QString &other : viewsToDrop)
            if (droppedViews.value(other).dependsOn.contains(name))
                dependents << other;
        return dependents;
    });
    for (const QString &name : dropOrder) {
        PlanStep step = dropViewStep(droppedViews.value(name), viewsToCreate.contains(name), current);
        if (!viewsToCreate.contains(name))
            lintDropView(droppedViews.value(name)).appendTo(step);
        dropViews << step;
    }
    for (const QString &name : dependencyOrder(viewsToCreate, [&](const QString &name) { return addedViews.value(name).dependsOn; }))
        createViews << createViewStep(addedViews.value(name), desired);
    QStringList replacedNames = replaceInPlace.keys();
    std::sort(replacedNames.begin(), replacedNames.end());
    for (const QString &name : replacedNames)
        createViews << replaceViewStep(droppedViews.value(name), replaceInPlace.value(name));

    // Tables that reference other dropped tables go first.
    QStringList droppedNames;
    for (const Table &table : droppedTables)
        droppedNames << table.name;
    const QStringList tableDropOrder = dependencyOrder(droppedNames, [&](const QString &name) {
        QStringList referencing;
        for (const Table &other : droppedTables)
            for (const ForeignKey &fk : other.foreignKeys)
                if (fk.refTable == name && other.name != name)
                    referencing << other.name;
        return referencing;
    });
    for (const QString &name : tableDropOrder)
        for (const Table &table : droppedTables)
            if (table.name == name)
                dropTables << dropTableStep(table, ctx);

    // Indexes of materialized views that are dropped or created whole come and go with them.
    const auto withItsView = [](const QStringList &views) {
        return [&views](const SchemaObject &object) {
            return object.kind == u"view index" && views.contains(object.name.section(u'.', 0, 0));
        };
    };
    objects.added.removeIf(withItsView(viewsToCreate));
    objects.dropped.removeIf(withItsView(viewsToDrop));
    auto objectSteps = objectChangeSteps(objects, ctx);
    if (!objectSteps)
        return fail(objectSteps.error());

    Plan plan;
    plan.dialect = QStringLiteral("postgresql");
    plan.transactional = true;
    plan.steps << dropTriggers << dropViews << objectSteps->dropViewIndexes << objectSteps->dropRowSecurity
               << objectSteps->dropConstraints << renames << dropForeignKeys << dropIndexes
               << dropTables << objectSteps->create << createTables << tableChanges << addForeignKeys << createIndexes
               << objectSteps->addConstraints << objectSteps->createPartitions << objectSteps->addRowSecurity << createViews
               << objectSteps->createViewIndexes << createTriggers
               << objectSteps->drop;
    plan.warnings = renameSuggestionWarnings(changes.suggestions);
    analysePlan(plan, options);
    return plan;
}

} // namespace SchemaPilot::Core
