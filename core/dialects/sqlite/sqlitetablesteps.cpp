#include "dialects/sqlite/sqlitetablesteps.h"

#include "common/sqllexer.h"
#include "common/tr.h"
#include "dialects/sqlite/sqlitealtertext.h"
#include "dialects/sqlite/sqliteddl.h"
#include "dialects/sqlite/sqlitedefinitionedit.h"
#include "dialects/sqlite/sqlitediffhooks.h"
#include "dialects/sqlite/sqliteinspector.h"
#include "dialects/sqlite/sqliterebuild.h"

namespace SchemaPilot::Core {

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool listHas(const QStringList &names, const QString &name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

bool inUniqueConstraint(const Table &table, const QString &column)
{
    for (const UniqueConstraint &u : table.uniques)
        if (listHas(u.columns, column))
            return true;
    for (const Index &i : table.indexes)
        if (i.isConstraintIndex() && listHas(i.columnNames(), column))
            return true;
    return false;
}

bool isNullLiteral(const std::optional<QString> &expression)
{
    return !expression || expression->trimmed().compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0;
}

// Why ALTER TABLE ADD COLUMN cannot add `column` to `table`; empty when it can.
QString addColumnObstacle(const Column &column, const Table &table)
{
    if (column.isPrimaryKey())
        return Tr::tr("%1 is part of the primary key").arg(column.name);
    if (inUniqueConstraint(table, column.name))
        return Tr::tr("%1 is UNIQUE").arg(column.name);
    if (column.generated == GeneratedKind::Stored)
        return Tr::tr("%1 is a STORED generated column").arg(column.name);
    if (column.defaultExpr && !sqliteIsConstantDefault(*column.defaultExpr))
        return Tr::tr("the default of %1 (%2) is not a constant").arg(column.name, *column.defaultExpr);
    if (column.notNull && !column.isGenerated() && isNullLiteral(column.defaultExpr))
        return Tr::tr("%1 is NOT NULL without a default").arg(column.name);
    for (const ForeignKey &fk : table.foreignKeys) {
        if (!listHas(fk.columns, column.name))
            continue;
        if (fk.columns.size() != 1)
            return Tr::tr("%1 is part of a multi-column foreign key").arg(column.name);
        if (!isNullLiteral(column.defaultExpr))
            return Tr::tr("%1 references another table and has a non-NULL default").arg(column.name);
    }
    return {};
}

// Why ALTER TABLE DROP COLUMN cannot drop `column` from `table` (live name `liveTable`); empty when it can.
QString dropColumnObstacle(const Column &column, const Table &table, const QString &liveTable,
                           const SqlitePlanContext &context)
{
    if (column.isPrimaryKey())
        return Tr::tr("%1 is part of the primary key").arg(column.name);
    if (inUniqueConstraint(table, column.name))
        return Tr::tr("%1 is UNIQUE").arg(column.name);
    for (const Index &i : table.indexes)
        if (!containsName(context.droppedIndexes, i.name) && (listHas(i.columnNames(), column.name)
                                                                || sqlMentionsIdentifier(i.where, column.name)))
            return Tr::tr("%1 is indexed by %2").arg(column.name, i.name);
    for (const ForeignKey &fk : table.foreignKeys)
        if (listHas(fk.columns, column.name))
            return Tr::tr("%1 is part of a foreign key").arg(column.name);
    if (table.checks.isEmpty() && sqlMentionsIdentifier(table.sql, QStringLiteral("CHECK")))
        return Tr::tr("the table has CHECK constraints");
    for (const CheckConstraint &check : table.checks)
        if (sqlMentionsIdentifier(check.expression, column.name))
            return Tr::tr("%1 is used by a CHECK constraint").arg(column.name);
    for (const Column &other : table.columns)
        if (other.isGenerated() && sqlMentionsIdentifier(other.generatedExpr, column.name))
            return Tr::tr("%1 is used by generated column %2").arg(column.name, other.name);
    for (const View &view : context.current.views)
        if (!containsName(context.droppedViews, view.name) && sqlMentionsIdentifier(view.sql, liveTable)
            && sqlMentionsIdentifier(view.sql, column.name))
            return Tr::tr("%1 may be used by view %2").arg(column.name, view.name);
    for (const Trigger &trigger : context.current.triggers)
        if (!containsName(context.droppedTriggers, trigger.name)
            && (sameName(trigger.table, liveTable) || sqlMentionsIdentifier(trigger.sql, liveTable))
            && sqlMentionsIdentifier(trigger.sql, column.name))
            return Tr::tr("%1 may be used by trigger %2").arg(column.name, trigger.name);
    return {};
}

// What ADD COLUMN says for `column`: its definition as the desired CREATE text writes it (so the
// stored text matches), else generated from the model.
QString addColumnDefinition(const Column &column, const Table &desired)
{
    const QString written = sqliteColumnDefinitionText(desired.sql, column.name);
    return written.isEmpty() ? sqliteColumnDefinition(column, desired, true) : written;
}

// Column names after the native changes, to see whether ALTER TABLE would give the desired order.
QStringList nativeColumnOrder(const change::ModifyTable &modify)
{
    QStringList names = modify.from.columnNames();
    for (const change::TableChange &tc : modify.changes)
        if (const auto *drop = std::get_if<change::DropColumn>(&tc))
            names.removeIf([&](const QString &n) { return sameName(n, drop->column.name); });
    for (const change::TableChange &tc : modify.changes)
        if (const auto *rename = std::get_if<change::RenameColumn>(&tc))
            for (QString &n : names)
                if (sameName(n, rename->from.name))
                    n = rename->to.name;
    for (const Column &c : modify.to.columns)
        if (!listHas(names, c.name))
            names << c.name;
    return names;
}

QString describe(const change::TableChange &tc)
{
    return std::visit(
        [](const auto &c) -> QString {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, change::AddColumn>)
                return Tr::tr("add column %1").arg(c.column.name);
            else if constexpr (std::is_same_v<T, change::DropColumn>)
                return Tr::tr("drop column %1").arg(c.column.name);
            else if constexpr (std::is_same_v<T, change::RenameColumn>)
                return Tr::tr("rename column %1 to %2").arg(c.from.name, c.to.name);
            else if constexpr (std::is_same_v<T, change::ModifyColumn>) {
                QStringList what;
                if (c.what.testFlag(ColumnAspect::Type))
                    what << Tr::tr("type %1 -> %2").arg(c.from.type.isEmpty() ? QStringLiteral("(none)") : c.from.type,
                                                        c.to.type.isEmpty() ? QStringLiteral("(none)") : c.to.type);
                if (c.what.testFlag(ColumnAspect::Nullability))
                    what << (c.to.notNull ? Tr::tr("NOT NULL") : Tr::tr("nullable"));
                if (c.what.testFlag(ColumnAspect::Default))
                    what << (c.to.defaultExpr ? Tr::tr("default %1").arg(*c.to.defaultExpr) : Tr::tr("no default"));
                if (c.what.testFlag(ColumnAspect::Collation))
                    what << Tr::tr("collation %1").arg(c.to.collation.isEmpty() ? QStringLiteral("BINARY") : c.to.collation);
                if (c.what & ~ColumnAspects(ColumnAspect::Type | ColumnAspect::Nullability | ColumnAspect::Default
                                            | ColumnAspect::Collation))
                    what << Tr::tr("definition");
                return Tr::tr("change column %1 (%2)").arg(c.to.name, what.join(QStringLiteral(", ")));
            } else if constexpr (std::is_same_v<T, change::AddForeignKey>)
                return Tr::tr("add foreign key (%1) to %2").arg(c.foreignKey.columns.join(QStringLiteral(", ")), c.foreignKey.refTable);
            else if constexpr (std::is_same_v<T, change::DropForeignKey>)
                return Tr::tr("drop foreign key (%1) to %2").arg(c.foreignKey.columns.join(QStringLiteral(", ")), c.foreignKey.refTable);
            else if constexpr (std::is_same_v<T, change::AddCheck>)
                return Tr::tr("add CHECK (%1)").arg(c.check.expression);
            else if constexpr (std::is_same_v<T, change::DropCheck>)
                return Tr::tr("drop CHECK (%1)").arg(c.check.expression);
            else if constexpr (std::is_same_v<T, change::AddUnique>)
                return Tr::tr("add UNIQUE (%1)").arg(c.unique.columns.join(QStringLiteral(", ")));
            else if constexpr (std::is_same_v<T, change::DropUnique>)
                return Tr::tr("drop UNIQUE (%1)").arg(c.unique.columns.join(QStringLiteral(", ")));
            else if constexpr (std::is_same_v<T, change::ModifyPrimaryKey>)
                return Tr::tr("change the primary key to (%1)").arg(c.to.join(QStringLiteral(", ")));
            else
                return Tr::tr("change the table definition (%1)").arg(c.description);
        },
        tc);
}

// The step type that tells the user best what a rebuild is for, and the column it is about.
std::pair<OperationType, QString> rebuildType(const change::ModifyTable &modify)
{
    const auto only = [&](auto predicate) {
        return std::all_of(modify.changes.cbegin(), modify.changes.cend(), predicate);
    };
    if (modify.changes.size() == 1) {
        const change::TableChange &tc = modify.changes.first();
        if (const auto *mc = std::get_if<change::ModifyColumn>(&tc))
            return {mc->what.testFlag(ColumnAspect::Type) && !(mc->what & ~ColumnAspects(ColumnAspect::Type))
                        ? OperationType::AlterColumnType : OperationType::AlterColumn,
                    mc->to.name};
        if (const auto *add = std::get_if<change::AddColumn>(&tc))
            return {OperationType::AddColumn, add->column.name};
        if (const auto *drop = std::get_if<change::DropColumn>(&tc))
            return {OperationType::DropColumn, drop->column.name};
        // A one-column foreign key names its column, as on the other engines.
        if (const auto *add = std::get_if<change::AddForeignKey>(&tc); add && add->foreignKey.columns.size() == 1)
            return {OperationType::AddForeignKey, add->foreignKey.columns.first()};
        if (const auto *drop = std::get_if<change::DropForeignKey>(&tc); drop && drop->foreignKey.columns.size() == 1)
            return {OperationType::DropForeignKey, drop->foreignKey.columns.first()};
    }
    if (only([](const change::TableChange &tc) { return std::holds_alternative<change::AddForeignKey>(tc); }))
        return {OperationType::AddForeignKey, {}};
    if (only([](const change::TableChange &tc) { return std::holds_alternative<change::DropForeignKey>(tc); }))
        return {OperationType::DropForeignKey, {}};
    if (only([](const change::TableChange &tc) {
            return std::holds_alternative<change::AddCheck>(tc) || std::holds_alternative<change::AddUnique>(tc)
                || std::holds_alternative<change::ModifyPrimaryKey>(tc);
        }))
        return {OperationType::AddConstraint, {}};
    if (only([](const change::TableChange &tc) {
            return std::holds_alternative<change::DropCheck>(tc) || std::holds_alternative<change::DropUnique>(tc);
        }))
        return {OperationType::DropConstraint, {}};
    return {OperationType::RebuildTable, {}};
}

QList<Index> createdIndexes(const Table &table, const QSet<QString> &exclude)
{
    QList<Index> indexes;
    for (const Index &i : table.indexes)
        if (!i.isConstraintIndex() && !containsName(exclude, i.name))
            indexes << i;
    return indexes;
}

// foreign_key_check for the table and for children that stay as they are in this plan.
QStringList foreignKeyChecks(const QString &table, const SqlitePlanContext &context)
{
    QStringList checks{QStringLiteral("PRAGMA foreign_key_check(%1)").arg(sqliteQuote(table))};
    for (const QString &child : context.desiredChildren.value(table.toLower())) {
        if (sameName(child, table) || containsName(context.modifiedTables, child) || containsName(context.addedTables, child))
            continue;
        checks << QStringLiteral("PRAGMA foreign_key_check(%1)").arg(sqliteQuote(child));
    }
    return checks;
}

// Forward and reverse rebuilds between the live and the desired definition of a modified table.
std::pair<SqliteRebuild, SqliteRebuild> rebuildPair(const change::ModifyTable &modify, const SqlitePlanContext &context)
{
    const Table *desiredTable = context.desiredTable(modify.to.name);
    const Table *currentTable = context.currentTable(context.liveName(modify.to.name));
    SqliteRebuild forward{modify.to.name, modify.from, modify.to, liveColumnNames(modify),
                          createdIndexes(desiredTable ? *desiredTable : modify.to, context.addedIndexes)};
    // Undone before a rename in the same plan is undone: the old indexes go on the table under its new name.
    QList<Index> oldIndexes = createdIndexes(currentTable ? *currentTable : modify.from, context.droppedIndexes);
    for (Index &index : oldIndexes) {
        if (!sameName(index.table, modify.to.name)) {
            index.table = modify.to.name;
            index.sql.clear();   // the stored text names the old table: written afresh
        }
    }
    SqliteRebuild reverse{modify.to.name, modify.to, modify.from, {}, oldIndexes};
    for (auto it = forward.sourceColumns.cbegin(); it != forward.sourceColumns.cend(); ++it)
        if (const Column *target = modify.to.column(it.key()))
            reverse.sourceColumns.insert(it.value().toLower(), target->name);
    return {forward, reverse};
}

LintFindings lintOne(const change::ModifyTable &modify, const change::TableChange &tc, const SqlitePlanContext &context)
{
    change::ModifyTable single{modify.from, modify.to, {tc}};
    return lintModifyTable(single, context.liveName(modify.to.name), context.lint);
}

QList<PlanStep> nativeSteps(const change::ModifyTable &modify, const SqlitePlanContext &context)
{
    const QString table = modify.to.name;
    const QString t = sqliteQuote(table);
    QList<PlanStep> steps;
    bool nativeRollback = true;
    // Drops first, then renames, then adds: a rename may reuse a dropped name, an add a renamed one.
    for (const change::TableChange &tc : modify.changes) {
        const auto *drop = std::get_if<change::DropColumn>(&tc);
        if (!drop)
            continue;
        PlanStep step;
        step.type = OperationType::DropColumn;
        step.table = table;
        step.column = drop->column.name;
        step.sql << QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(t, sqliteQuote(drop->column.name));
        step.comment = Tr::tr("Drop column %1.%2; rollback restores the column, not its values").arg(table, drop->column.name);
        step.destructive = true;
        step.rollbackRestoresData = false;
        step.rewritesTable = true; // SQLite rewrites every row to drop a column
        step.affectedRows = modify.from.rowEstimate;
        lintOne(modify, tc, context).appendTo(step);
        steps << step;
        nativeRollback = false; // ADD COLUMN would put it back at the end: rebuild the old definition instead
    }
    for (const change::TableChange &tc : modify.changes) {
        const auto *rename = std::get_if<change::RenameColumn>(&tc);
        if (!rename)
            continue;
        PlanStep step;
        step.type = OperationType::RenameColumn;
        step.table = table;
        step.column = rename->to.name;
        step.sql << QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                        .arg(t, sqliteQuote(rename->from.name), sqliteQuote(rename->to.name));
        step.rollbackSql << QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                                .arg(t, sqliteQuote(rename->to.name), sqliteQuote(rename->from.name));
        step.comment = Tr::tr("Rename column %1.%2 to %3, keeping its values").arg(table, rename->from.name, rename->to.name);
        lintOne(modify, tc, context).appendTo(step);
        steps << step;
    }
    for (const Column &column : modify.to.columns) { // adds in the desired order
        for (const change::TableChange &tc : modify.changes) {
            const auto *add = std::get_if<change::AddColumn>(&tc);
            if (!add || !sameName(add->column.name, column.name))
                continue;
            PlanStep step;
            step.type = OperationType::AddColumn;
            step.table = table;
            step.column = column.name;
            step.sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(t, addColumnDefinition(column, modify.to));
            const bool hasForeignKey = std::any_of(modify.to.foreignKeys.cbegin(), modify.to.foreignKeys.cend(),
                                                   [&](const ForeignKey &fk) { return listHas(fk.columns, column.name); });
            if (hasForeignKey)
                nativeRollback = false; // DROP COLUMN refuses a column with a foreign key
            else
                step.rollbackSql << QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(t, sqliteQuote(column.name));
            step.comment = Tr::tr("Add column %1.%2 in place (existing rows get %3)")
                               .arg(table, column.name, column.defaultExpr ? *column.defaultExpr : QStringLiteral("NULL"));
            lintOne(modify, tc, context).appendTo(step);
            steps << step;
        }
    }
    if (!nativeRollback && !steps.isEmpty()) {
        // Rolled back in reverse order, the first step runs its rollback last: it rebuilds the
        // old definition from the state after all of them; the others need none.
        for (PlanStep &step : steps)
            step.rollbackSql.clear();
        const auto [forward, reverse] = rebuildPair(modify, context);
        steps.first().rollbackSql = reverse.statements();
        for (qsizetype i = 1; i < steps.size(); ++i)
            steps[i].comment += Tr::tr(" (rolled back with the first change to %1)").arg(table);
    }
    return steps;
}

} // namespace

PlanStep sqliteCreateTableStep(const Table &table)
{
    PlanStep step;
    step.type = OperationType::CreateTable;
    step.table = table.name;
    step.sql << sqliteCreateTableSql(table, table.name);
    for (const Index &index : createdIndexes(table, {}))
        step.sql << sqliteCreateIndexSql(index);
    step.rollbackSql << QStringLiteral("DROP TABLE %1").arg(sqliteQuote(table.name));
    step.comment = Tr::tr("Create table %1 with %n column(s)", nullptr, int(table.columns.size())).arg(table.name);
    return step;
}

PlanStep sqliteDropTableStep(const Table &table, const SqlitePlanContext &context)
{
    PlanStep step;
    step.type = OperationType::DropTable;
    step.table = table.name;
    step.sql << QStringLiteral("DROP TABLE %1").arg(sqliteQuote(table.name));
    step.rollbackSql << sqliteCreateTableSql(table, table.name);
    for (const Index &index : createdIndexes(table, {}))
        step.rollbackSql << sqliteCreateIndexSql(index);
    step.comment = Tr::tr("Drop table %1 and its rows; rollback recreates the empty table, not its rows").arg(table.name);
    step.destructive = true;
    step.rollbackRestoresData = false;
    step.affectedRows = table.rowEstimate;
    lintDropTable(table, context.lint).appendTo(step);
    return step;
}

PlanStep sqliteRenameTableStep(const change::RenameTable &rename, const SqlitePlanContext &)
{
    PlanStep step;
    step.type = OperationType::RenameTable;
    step.table = rename.to.name;
    step.sql << QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(sqliteQuote(rename.from.name), sqliteQuote(rename.to.name));
    step.rollbackSql << QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(sqliteQuote(rename.to.name), sqliteQuote(rename.from.name));
    step.comment = Tr::tr("Rename table %1 to %2, keeping its rows (references in other tables, views and triggers follow)")
                       .arg(rename.from.name, rename.to.name);
    lintRenameTable(rename.from.name, rename.to.name).appendTo(step);
    return step;
}

bool sqliteNeedsRebuild(const change::ModifyTable &modify, const SqlitePlanContext &context, QString *why)
{
    const auto reason = [&](const QString &text) {
        if (why)
            *why = text;
        return true;
    };
    QStringList added;
    for (const change::TableChange &tc : modify.changes)
        if (const auto *add = std::get_if<change::AddColumn>(&tc))
            added << add->column.name;
    const QString liveTable = context.liveName(modify.to.name);
    for (const change::TableChange &tc : modify.changes) {
        if (const auto *add = std::get_if<change::AddColumn>(&tc)) {
            const QString obstacle = addColumnObstacle(add->column, modify.to);
            if (!obstacle.isEmpty())
                return reason(Tr::tr("ADD COLUMN cannot add it: %1").arg(obstacle));
        } else if (const auto *drop = std::get_if<change::DropColumn>(&tc)) {
            const QString obstacle = dropColumnObstacle(drop->column, modify.from, liveTable, context);
            if (!obstacle.isEmpty())
                return reason(Tr::tr("DROP COLUMN cannot drop it: %1").arg(obstacle));
        } else if (const auto *rename = std::get_if<change::RenameColumn>(&tc)) {
            if (modify.from.column(rename->to.name) && !sameName(rename->from.name, rename->to.name))
                return reason(Tr::tr("column names are swapped"));
        } else if (const auto *fk = std::get_if<change::AddForeignKey>(&tc)) {
            if (fk->foreignKey.columns.size() != 1 || !listHas(added, fk->foreignKey.columns.first()))
                return reason(Tr::tr("SQLite cannot add a foreign key to existing columns"));
        } else if (const auto *mc = std::get_if<change::ModifyColumn>(&tc)) {
            if (mc->what & ~ColumnAspects(ColumnAspect::Comment))
                return reason(Tr::tr("SQLite cannot alter a column in place"));
        } else {
            return reason(Tr::tr("SQLite cannot alter table constraints or options in place"));
        }
    }
    const QStringList order = nativeColumnOrder(modify);
    const QStringList wanted = modify.to.columnNames();
    bool sameOrder = order.size() == wanted.size();
    for (qsizetype i = 0; sameOrder && i < order.size(); ++i)
        sameOrder = sameName(order[i], wanted[i]);
    if (!sameOrder)
        return reason(Tr::tr("ADD COLUMN only appends, and the new columns are not last"));
    if (!modify.from.sql.isEmpty() && !modify.to.sql.isEmpty()) {
        // SQLite edits its stored CREATE text in place; alter only when that edit is the desired text.
        QStringList definitions;
        for (const Column &c : modify.to.columns)
            if (listHas(added, c.name))
                definitions << addColumnDefinition(c, modify.to);
        Table predicted = modify.from;
        const std::optional<QString> sql = sqlitePredictAlteredSql(modify.from.sql, modify, definitions);
        if (!sql)
            return reason(Tr::tr("the stored definition cannot be edited in place"));
        predicted.sql = *sql;
        const QString difference = SqliteDiffHooks().tableDefinitionDifference(predicted, modify.to);
        if (!difference.isEmpty())
            return reason(Tr::tr("altering in place would leave a different definition (%1)").arg(difference));
    }
    return false;
}

QList<PlanStep> sqliteModifyTableSteps(const change::ModifyTable &modify, const SqlitePlanContext &context,
                                       const QString *rebuildReason)
{
    if (!rebuildReason)
        return nativeSteps(modify, context);
    const QString why = *rebuildReason;

    if (sqliteDefinitionEditable(modify, context)) {
        PlanStep step;
        std::tie(step.type, step.column) = rebuildType(modify);
        step.table = modify.to.name;
        step.sql = sqliteDefinitionEditSql(modify.from, modify.to, modify.to.name);
        step.rollbackSql = sqliteDefinitionEditSql(modify.to, modify.from, modify.to.name);
        step.verifySql = foreignKeyChecks(modify.to.name, context);
        step.affectedRows = modify.from.rowEstimate;
        QStringList what;
        for (const change::TableChange &tc : modify.changes)
            what << describe(tc);
        step.comment = Tr::tr("Change table %1 in place (%2): stored rows stay as they are (only constraints, defaults, "
                              "a type name of the same affinity, or a collation nothing compares by, change), so "
                              "SQLite's documented schema edit replaces the 12-step rebuild; no row is copied")
                           .arg(modify.to.name, what.join(QStringLiteral("; ")));
        lintModifyTable(modify, context.liveName(modify.to.name), context.lint).appendTo(step);
        return {step};
    }

    const auto [forward, reverse] = rebuildPair(modify, context);
    PlanStep step;
    std::tie(step.type, step.column) = rebuildType(modify);
    step.table = modify.to.name;
    step.sql = forward.statements();
    step.rollbackSql = reverse.statements();
    step.verifySql = foreignKeyChecks(modify.to.name, context);
    step.rewritesTable = true;
    step.affectedRows = modify.from.rowEstimate;
    QStringList what;
    bool dropsColumn = false;
    for (const change::TableChange &tc : modify.changes) {
        what << describe(tc);
        dropsColumn = dropsColumn || std::holds_alternative<change::DropColumn>(tc);
    }
    step.destructive = dropsColumn;
    step.rollbackRestoresData = !dropsColumn;
    step.comment = Tr::tr("Rebuild table %1 to %2 (%3); rows are copied into the new definition")
                       .arg(modify.to.name, what.join(QStringLiteral("; ")), why);
    if (dropsColumn)
        step.comment += Tr::tr("; rollback restores dropped columns empty");
    lintModifyTable(modify, context.liveName(modify.to.name), context.lint).appendTo(step);
    return {step};
}

} // namespace SchemaPilot::Core
