#include "dialects/sqlite/sqliteplanner.h"

#include "common/sqllexer.h"
#include "common/tr.h"
#include "dialects/sqlite/sqlitealtertext.h"
#include "dialects/sqlite/sqliteddl.h"
#include "dialects/sqlite/sqlitediffhooks.h"
#include "dialects/sqlite/sqliteinspector.h"
#include "dialects/sqlite/sqliteplancontext.h"
#include "dialects/sqlite/sqliteprobesql.h"
#include "dialects/sqlite/sqlitedefinitionedit.h"
#include "dialects/sqlite/sqlitetablesteps.h"
#include "plan/analysis.h"
#include "plan/dependencyorder.h"
#include "plan/warningcodes.h"

namespace SchemaPilot::Core {

SqlitePlanContext::SqlitePlanContext(const ChangeSet &changeSet, const Schema &currentSchema,
                                     const Schema &desiredSchema, const PlanOptions &planOptions)
    : changes(changeSet), current(currentSchema), desired(desiredSchema), options(planOptions),
      lint{probeSql, currentSchema, desiredSchema, true}
{
    for (const Table &t : current.tables)
        currentTables.insert(t.name.toLower(), &t);
    for (const Table &t : desired.tables) {
        desiredTables.insert(t.name.toLower(), &t);
        for (const ForeignKey &fk : t.foreignKeys)
            if (!desiredChildren.value(fk.refTable.toLower()).contains(t.name))
                desiredChildren[fk.refTable.toLower()] << t.name;
    }
    for (const Change &change : changes.changes) {
        std::visit(
            [&](const auto &c) {
                using T = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<T, change::AddTable>)
                    addedTables.insert(c.table.name.toLower());
                else if constexpr (std::is_same_v<T, change::DropTable>)
                    droppedTables.insert(c.table.name.toLower());
                else if constexpr (std::is_same_v<T, change::RenameTable>)
                    renamedFrom.insert(c.to.name.toLower(), c.from.name);
                else if constexpr (std::is_same_v<T, change::ModifyTable>)
                    modifiedTables.insert(c.to.name.toLower());
                else if constexpr (std::is_same_v<T, change::AddIndex>)
                    addedIndexes.insert(c.index.name.toLower());
                else if constexpr (std::is_same_v<T, change::DropIndex>)
                    droppedIndexes.insert(c.index.name.toLower());
                else if constexpr (std::is_same_v<T, change::AddView>)
                    addedViews.insert(c.view.name.toLower());
                else if constexpr (std::is_same_v<T, change::DropView>)
                    droppedViews.insert(c.view.name.toLower());
                else if constexpr (std::is_same_v<T, change::AddTrigger>)
                    addedTriggers.insert(c.trigger.name.toLower());
                else if constexpr (std::is_same_v<T, change::DropTrigger>)
                    droppedTriggers.insert(c.trigger.name.toLower());
            },
            change);
    }
}

QString SqlitePlanContext::liveName(const QString &desiredName) const
{
    return renamedFrom.value(desiredName.toLower(), desiredName);
}

qint64 SqlitePlanContext::liveRowEstimate(const QString &desiredName) const
{
    const Table *table = currentTable(liveName(desiredName));
    return table ? table->rowEstimate : 0;
}

namespace {

template<typename T>
QList<T> changesOf(const ChangeSet &changes)
{
    QList<T> found;
    for (const Change &change : changes.changes)
        if (const auto *c = std::get_if<T>(&change))
            found << *c;
    return found;
}

// Tables in an order where every foreign key target comes before its referrers (cycles are
// cut; SQLite accepts forward references anyway).
QList<Table> foreignKeyOrder(const QList<Table> &tables)
{
    QList<DependencyNode> nodes;
    for (const Table &t : tables) {
        QStringList targets;
        for (const ForeignKey &fk : t.foreignKeys)
            targets << fk.refTable;
        nodes << DependencyNode{t.name, targets};
    }
    QList<Table> ordered;
    for (qsizetype i : dependencyOrder(nodes))
        ordered << tables[i];
    return ordered;
}

QSet<QString> lowerTokens(const QString &sql)
{
    QSet<QString> tokens;
    for (const QString &t : sqlIdentifierTokens(sql))
        tokens.insert(t.toLower());
    return tokens;
}

// Views and triggers that must be dropped before `tables` are rebuilt or dropped, because
// DROP TABLE and RENAME refuse (or silently lose) objects that read them. Views reading such
// views follow transitively. Returns names, lower case.
std::pair<QSet<QString>, QSet<QString>> dependents(const QStringList &tables, const Schema &current)
{
    QSet<QString> names;
    for (const QString &t : tables)
        names.insert(t.toLower());
    QList<QSet<QString>> viewTokens;
    for (const View &v : current.views)
        viewTokens << lowerTokens(v.sql);
    QSet<QString> views;
    for (bool grew = !names.isEmpty(); grew;) {
        grew = false;
        for (qsizetype i = 0; i < current.views.size(); ++i) {
            const QString name = current.views[i].name.toLower();
            if (!views.contains(name) && viewTokens[i].intersects(names)) {
                views.insert(name);
                names.insert(name);
                grew = true;
            }
        }
    }
    QSet<QString> triggers;
    for (const Trigger &tr : current.triggers)
        if (!names.isEmpty() && (names.contains(tr.table.toLower()) || lowerTokens(tr.sql).intersects(names)))
            triggers.insert(tr.name.toLower());
    return {views, triggers};
}

QList<View> viewOrder(const QList<View> &views)
{
    QList<DependencyNode> nodes;
    for (const View &v : views) {
        QStringList reads;
        for (const View &other : views)
            if (&other != &v && sqlMentionsIdentifier(v.sql, other.name))
                reads << other.name;
        nodes << DependencyNode{v.name, reads};
    }
    QList<View> ordered;
    for (qsizetype i : dependencyOrder(nodes))
        ordered << views[i];
    return ordered;
}

// SQLite's RENAME TABLE and RENAME COLUMN rewrite the REFERENCES clauses that name them, so
// foreign keys that differ only by a renamed parent need no rebuild: drop those pairs (and the
// stored-text difference they cause) from the change set.
ChangeSet absorbRenamedReferences(const ChangeSet &changes)
{
    QHash<QString, QString> renamed;
    for (const auto &rename : changesOf<change::RenameTable>(changes))
        renamed.insert(rename.from.name.toLower(), rename.to.name);
    QHash<QString, QHash<QString, QString>> renamedColumns;
    for (const auto &modify : changesOf<change::ModifyTable>(changes))
        for (const change::TableChange &tc : modify.changes)
            if (const auto *rename = std::get_if<change::RenameColumn>(&tc))
                renamedColumns[modify.to.name.toLower()].insert(rename->from.name.toLower(), rename->to.name);
    if (renamed.isEmpty() && renamedColumns.isEmpty())
        return changes;
    ChangeSet result;
    result.suggestions = changes.suggestions;
    for (const Change &change : changes.changes) {
        const auto *modify = std::get_if<change::ModifyTable>(&change);
        if (!modify) {
            result.changes << change;
            continue;
        }
        QList<change::TableChange> kept = modify->changes;
        for (const change::TableChange &tc : modify->changes) {
            const auto *drop = std::get_if<change::DropForeignKey>(&tc);
            if (!drop || !renamed.contains(drop->foreignKey.refTable.toLower()))
                continue;
            ForeignKey followed = drop->foreignKey;
            followed.refTable = renamed.value(followed.refTable.toLower());
            const auto add = std::find_if(kept.begin(), kept.end(), [&](const change::TableChange &other) {
                const auto *a = std::get_if<change::AddForeignKey>(&other);
                if (!a)
                    return false;
                ForeignKey candidate = a->foreignKey;
                candidate.name = followed.name;
                if (candidate.refTable.compare(followed.refTable, Qt::CaseInsensitive) == 0)
                    candidate.refTable = followed.refTable;
                return candidate == followed;
            });
            if (add == kept.end())
                continue;
            kept.erase(add);
            kept.removeIf([&](const change::TableChange &other) {
                const auto *d = std::get_if<change::DropForeignKey>(&other);
                return d && d->foreignKey == drop->foreignKey;
            });
        }
        // A stored-text difference that the rename's own rewrite removes is no difference (only
        // when the rest of the table is unchanged: its own ALTERs are predicted elsewhere).
        Table predicted = modify->from;
        predicted.sql = sqliteRewriteReferences(modify->from.sql, renamed, renamedColumns);
        const bool onlyText = std::all_of(kept.cbegin(), kept.cend(), [](const change::TableChange &other) {
            return std::holds_alternative<change::ModifyTableOptions>(other);
        });
        if (onlyText && SqliteDiffHooks().tableDefinitionDifference(predicted, modify->to).isEmpty())
            kept.removeIf([](const change::TableChange &other) { return std::holds_alternative<change::ModifyTableOptions>(other); });
        if (!kept.isEmpty())
            result.changes << change::ModifyTable{modify->from, modify->to, kept};
    }
    return result;
}

// `forGood`: the desired schema has no such view; `changed`: it has one with another definition.
PlanStep dropViewStep(const View &view, bool forGood, bool changed)
{
    PlanStep step;
    step.type = OperationType::DropView;
    step.table = view.name;
    step.sql << QStringLiteral("DROP VIEW %1").arg(sqliteQuote(view.name));
    step.rollbackSql << view.sql;
    step.comment = forGood ? Tr::tr("Drop view %1").arg(view.name)
                   : changed ? Tr::tr("Drop view %1; it is created again with its new definition").arg(view.name)
                             : Tr::tr("Drop view %1 while the tables it reads are rebuilt; it is recreated afterwards").arg(view.name);
    if (forGood)
        lintDropView(view).appendTo(step);
    return step;
}

PlanStep createViewStep(const View &view, bool recreated)
{
    PlanStep step;
    step.type = OperationType::CreateView;
    step.table = view.name;
    step.sql << view.sql;
    step.rollbackSql << QStringLiteral("DROP VIEW %1").arg(sqliteQuote(view.name));
    step.comment = recreated ? Tr::tr("Recreate view %1 on the rebuilt tables").arg(view.name)
                             : Tr::tr("Create view %1").arg(view.name);
    return step;
}

// As dropViewStep.
PlanStep dropTriggerStep(const Trigger &trigger, bool forGood, bool changed)
{
    PlanStep step;
    step.type = OperationType::DropTrigger;
    step.table = trigger.table;
    step.sql << QStringLiteral("DROP TRIGGER %1").arg(sqliteQuote(trigger.name));
    step.rollbackSql << trigger.sql;
    step.comment = forGood ? Tr::tr("Drop trigger %1 on %2").arg(trigger.name, trigger.table)
                   : changed ? Tr::tr("Drop trigger %1 on %2; it is created again with its new definition").arg(trigger.name, trigger.table)
                             : Tr::tr("Drop trigger %1 while %2 is rebuilt; it is recreated afterwards").arg(trigger.name, trigger.table);
    if (forGood)
        lintDropTrigger(trigger).appendTo(step);
    return step;
}

PlanStep createTriggerStep(const Trigger &trigger, bool recreated)
{
    PlanStep step;
    step.type = OperationType::CreateTrigger;
    step.table = trigger.table;
    step.sql << trigger.sql;
    step.rollbackSql << QStringLiteral("DROP TRIGGER %1").arg(sqliteQuote(trigger.name));
    step.comment = recreated ? Tr::tr("Recreate trigger %1 on %2").arg(trigger.name, trigger.table)
                             : Tr::tr("Create trigger %1 on %2").arg(trigger.name, trigger.table);
    return step;
}

PlanStep createIndexStep(const Index &index, const SqlitePlanContext &context)
{
    PlanStep step;
    step.type = OperationType::CreateIndex;
    step.table = index.table;
    step.sql << sqliteCreateIndexSql(index);
    step.rollbackSql << QStringLiteral("DROP INDEX %1").arg(sqliteQuote(index.name));
    step.comment = Tr::tr("Create %1index %2 on %3 (%4)")
                       .arg(index.unique ? Tr::tr("unique ") : QString(), index.name, index.table,
                            index.columnNames().join(QStringLiteral(", ")));
    step.affectedRows = context.liveRowEstimate(index.table);
    QHash<QString, QString> liveColumns;
    const QString liveTable = context.liveName(index.table);
    if (const Table *live = context.currentTable(liveTable)) {
        for (const Column &c : live->columns)
            liveColumns.insert(c.name.toLower(), c.name);
        for (const auto &modify : changesOf<change::ModifyTable>(context.changes))
            if (modify.to.name.compare(index.table, Qt::CaseInsensitive) == 0)
                liveColumns = liveColumnNames(modify);
        lintAddIndex(index, liveTable, liveColumns, context.lint).appendTo(step);
    }
    return step;
}

PlanStep dropIndexStep(const Index &index, const SqlitePlanContext &context)
{
    PlanStep step;
    step.type = OperationType::DropIndex;
    step.table = index.table;
    step.sql << QStringLiteral("DROP INDEX %1").arg(sqliteQuote(index.name));
    step.rollbackSql << sqliteCreateIndexSql(index);
    step.comment = Tr::tr("Drop index %1 on %2").arg(index.name, index.table);
    const Table *table = context.currentTable(index.table);
    step.affectedRows = table ? table->rowEstimate : 0;
    return step;
}

PlanStep objectStep(const SchemaObject &object, bool create)
{
    PlanStep step;
    step.type = create ? OperationType::CreateObject : OperationType::DropObject;
    step.table = object.name;
    step.sql << (create ? object.sql : object.dropSql);
    step.rollbackSql << (create ? object.dropSql : object.sql);
    step.comment = create ? Tr::tr("Create %1 %2").arg(object.kind, object.name) : Tr::tr("Drop %1 %2").arg(object.kind, object.name);
    // A virtual table (FTS, R-tree) holds rows like any table: dropping it loses them, and its
    // rollback recreates it empty.
    if (!create && object.kind == u"virtual table") {
        step.destructive = true;
        step.rollbackRestoresData = false;
        const SqliteProbeSqlBuilder sql;
        step.warnings << Warning{QString(WarningCode::DropTable), Severity::Danger,
                                 Tr::tr("Dropping virtual table %1 deletes all its rows").arg(object.name), object.name, {}, -1};
        DataProbe probe;
        probe.code = WarningCode::DropTable;
        probe.severity = Severity::Danger;
        probe.sql = sql.rowCount(object.name);
        probe.messageTemplate = Tr::tr("Dropping virtual table %1 deletes %2 rows").arg(object.name, QStringLiteral("%1"));
        probe.table = object.name;
        step.probes << probe;
    }
    return step;
}

} // namespace

Result<Plan> SqlitePlanner::plan(const ChangeSet &changeSet, const Schema &current, const Schema &desired,
                                 const PlanOptions &options) const
{
    const ChangeSet effective = absorbRenamedReferences(changeSet);
    const ChangeSet &changes = effective;
    const SqlitePlanContext context(changes, current, desired, options);
    Plan plan;
    plan.dialect = QStringLiteral("sqlite");
    plan.warnings = renameSuggestionWarnings(changes.suggestions);

    const QList<change::ModifyTable> modifies = changesOf<change::ModifyTable>(changes);
    QList<change::ModifyTable> rebuilt;
    QHash<QString, QString> rebuildReasons;   // lower-case table -> why it is rebuilt
    for (const change::ModifyTable &m : modifies) {
        QString why;
        if (sqliteNeedsRebuild(m, context, &why)) {
            // Constraint and default changes are edited in place: nothing is dropped, nothing disturbed.
            if (!sqliteDefinitionEditable(m, context))
                rebuilt << m;
            rebuildReasons.insert(m.to.name.toLower(), why);
        }
    }

    // 1. Views and triggers: those the change set drops, and those that read a table about to be
    //    rebuilt or dropped (recreated at the end when the desired schema still has them).
    QStringList disturbed;
    for (const change::ModifyTable &m : rebuilt)
        disturbed << context.liveName(m.to.name);
    for (const auto &drop : changesOf<change::DropTable>(changes))
        disturbed << drop.table.name;
    const auto [dependentViews, dependentTriggers] = dependents(disturbed, current);

    QList<View> recreateViews;
    QList<Trigger> recreateTriggers;
    for (const Trigger &trigger : current.triggers) {
        if (!containsName(context.droppedTriggers, trigger.name) && !dependentTriggers.contains(trigger.name.toLower()))
            continue;
        // A changed trigger is dropped and added: not for good, no DS103.
        const bool forGood = !desired.trigger(trigger.name);
        plan.steps << dropTriggerStep(trigger, forGood, containsName(context.droppedTriggers, trigger.name) && !forGood);
        const Trigger *wanted = desired.trigger(trigger.name);
        if (!forGood && wanted && !containsName(context.addedTriggers, trigger.name))
            recreateTriggers << *wanted;
    }
    QList<View> viewsToDrop;
    for (const View &view : current.views)
        if (containsName(context.droppedViews, view.name) || dependentViews.contains(view.name.toLower()))
            viewsToDrop << view;
    const QList<View> dropOrder = viewOrder(viewsToDrop);
    for (auto it = dropOrder.crbegin(); it != dropOrder.crend(); ++it) { // readers before what they read
        const bool forGood = !desired.view(it->name);
        plan.steps << dropViewStep(*it, forGood, containsName(context.droppedViews, it->name) && !forGood);
        const View *wanted = desired.view(it->name);
        if (!forGood && wanted && !containsName(context.addedViews, it->name))
            recreateViews << *wanted;
    }

    // 2. Indexes that go away (those of dropped tables go with their table).
    for (const auto &drop : changesOf<change::DropIndex>(changes))
        if (!drop.index.isConstraintIndex() && !containsName(context.droppedTables, drop.index.table))
            plan.steps << dropIndexStep(drop.index, context);

    // 3. Dropped tables, referrers before the tables they reference.
    QList<Table> droppedTables;
    for (const auto &drop : changesOf<change::DropTable>(changes))
        droppedTables << drop.table;
    const QList<Table> dropOrderTables = foreignKeyOrder(droppedTables);
    for (auto it = dropOrderTables.crbegin(); it != dropOrderTables.crend(); ++it)
        plan.steps << sqliteDropTableStep(*it, context);

    // 4. Renamed tables, then new tables (foreign key targets first), then modified ones.
    for (const auto &rename : changesOf<change::RenameTable>(changes))
        plan.steps << sqliteRenameTableStep(rename, context);
    QList<Table> addedTables;
    for (const auto &add : changesOf<change::AddTable>(changes))
        addedTables << add.table;
    for (const Table &table : foreignKeyOrder(addedTables))
        plan.steps << sqliteCreateTableStep(table);
    QList<Table> modifiedTargets;
    QHash<QString, const change::ModifyTable *> modifyOf;
    for (const change::ModifyTable &m : modifies) {
        modifiedTargets << m.to;
        modifyOf.insert(m.to.name.toLower(), &m);
    }
    for (const Table &table : foreignKeyOrder(modifiedTargets)) {
        const change::ModifyTable &m = *modifyOf.value(table.name.toLower());
        const auto reason = rebuildReasons.constFind(table.name.toLower());
        plan.steps << sqliteModifyTableSteps(m, context, reason == rebuildReasons.cend() ? nullptr : &*reason);
    }

    // 5. New indexes (those of new tables came with their table), views, triggers, objects.
    for (const auto &add : changesOf<change::AddIndex>(changes))
        if (!add.index.isConstraintIndex() && !containsName(context.addedTables, add.index.table))
            plan.steps << createIndexStep(add.index, context);
    QList<View> viewsToCreate = recreateViews;
    for (const auto &add : changesOf<change::AddView>(changes))
        viewsToCreate << add.view;
    for (const View &view : viewOrder(viewsToCreate))
        plan.steps << createViewStep(view, !containsName(context.addedViews, view.name));
    for (const Trigger &trigger : recreateTriggers)
        plan.steps << createTriggerStep(trigger, true);
    for (const auto &add : changesOf<change::AddTrigger>(changes))
        plan.steps << createTriggerStep(add.trigger, false);
    for (const auto &drop : changesOf<change::DropObject>(changes))
        plan.steps.insert(0, objectStep(drop.object, false));
    for (const auto &add : changesOf<change::AddObject>(changes))
        plan.steps << objectStep(add.object, true);

    // A rebuild drops a table that others may reference; with enforcement on, that DROP would
    // run ON DELETE actions in the children. The executor turns enforcement off and checks after.
    plan.needsForeignKeysOff = !rebuilt.isEmpty() || !droppedTables.isEmpty();
    analysePlan(plan, options);
    return plan;
}

} // namespace SchemaPilot::Core
