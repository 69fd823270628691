#include "dialects/postgres/postgresobjectsteps.h"

#include "common/tr.h"
#include "dialects/postgres/postgresenumsteps.h"
#include "dialects/postgres/postgresinspector.h"
#include "plan/lint.h"

#include <QRegularExpression>

namespace SchemaPilot::Core::PostgresPlan {

namespace {

int kindOrder(const QString &kind)
{
    static const QStringList order{QStringLiteral("type"), QStringLiteral("domain"), QStringLiteral("sequence"),
                                   QStringLiteral("function")};
    const int index = order.indexOf(kind);
    return index < 0 ? int(order.size()) : index;
}

QString tableOfConstraint(const SchemaObject &object)
{
    return object.name.section(u'.', 0, 0);
}

// Exclusion constraints and inheritance links belong to a table, named first in "table.name".
bool tableBound(const SchemaObject &object)
{
    return object.kind == u"constraint" || object.kind == u"inherits";
}

PlanStep createObjectStep(const SchemaObject &object)
{
    PlanStep step = makeStep(object.kind == u"constraint" ? OperationType::AddConstraint : OperationType::CreateObject,
                             tableBound(object) ? tableOfConstraint(object) : object.name, {},
                             Tr::tr("Create %1 %2").arg(object.kind, object.name));
    step.sql << object.sql;
    step.rollbackSql << object.dropSql;
    if (object.kind == u"constraint")
        step.warnings << lockWarning(step.table, {}, Tr::tr("ACCESS EXCLUSIVE lock while the exclusion index is built"));
    else if (object.kind == u"inherits")
        step.warnings << lockWarning(step.table, {}, Tr::tr("ACCESS EXCLUSIVE lock on the child and the parent (brief)"));
    return step;
}

PlanStep dropObjectStep(const SchemaObject &object)
{
    PlanStep step = makeStep(object.kind == u"constraint" ? OperationType::DropConstraint : OperationType::DropObject,
                             tableBound(object) ? tableOfConstraint(object) : object.name, {},
                             Tr::tr("Drop %1 %2").arg(object.kind, object.name));
    step.sql << object.dropSql;
    step.rollbackSql << object.sql;
    return step;
}

PlanStep createPartitionStep(const SchemaObject &partition)
{
    PlanStep step = makeStep(OperationType::CreateTable, partition.name, {}, Tr::tr("Create partition %1").arg(partition.name));
    step.sql << partition.sql;
    step.rollbackSql << partition.dropSql;
    step.warnings << lockWarning(partition.name, {}, Tr::tr("ACCESS EXCLUSIVE lock on the parent table (brief)"));
    return step;
}

// A partition holds rows of its parent: dropping it loses them, like dropping a table.
PlanStep dropPartitionStep(const SchemaObject &partition, const Context &ctx)
{
    PlanStep step = makeStep(OperationType::DropTable, partition.name, {},
                             Tr::tr("Drop partition %1 and all its rows").arg(partition.name));
    step.sql << partition.dropSql;
    step.rollbackSql << partition.sql;
    step.destructive = true;
    step.rollbackRestoresData = false;
    Table table;
    table.name = partition.name;
    lintDropTable(table, ctx.lint).appendTo(step);
    step.warnings << lockWarning(partition.name, {}, Tr::tr("ACCESS EXCLUSIVE lock on the parent table"));
    return step;
}

PlanStep viewIndexStep(const SchemaObject &index, bool create)
{
    const QString view = index.name.section(u'.', 0, 0);
    const QString name = index.name.section(u'.', 1);
    PlanStep step = makeStep(create ? OperationType::CreateIndex : OperationType::DropIndex, view, {},
                             create ? Tr::tr("Create index %1 on materialized view %2").arg(name, view)
                                    : Tr::tr("Drop index %1 on materialized view %2").arg(name, view));
    step.sql << (create ? index.sql : index.dropSql);
    step.rollbackSql << (create ? index.dropSql : index.sql);
    step.warnings << lockWarning(view, {}, create ? Tr::tr("SHARE lock while the index is built (refreshes wait)")
                                                  : Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
    return step;
}

// A policy or a table's row-level security switch.
PlanStep rowSecurityStep(const SchemaObject &object, bool create)
{
    const QString table = object.name.section(u'.', 0, 0);
    const bool policy = object.kind == u"policy";
    const QString name = object.name.section(u'.', 1);
    PlanStep step = makeStep(create ? OperationType::CreateObject : OperationType::DropObject, table, {},
                             policy ? (create ? Tr::tr("Create policy %1 on %2").arg(name, table)
                                              : Tr::tr("Drop policy %1 on %2").arg(name, table))
                                    : (create ? Tr::tr("Enable row-level security on %1").arg(table)
                                              : Tr::tr("Disable row-level security on %1").arg(table)));
    step.sql << (create ? object.sql : object.dropSql);
    step.rollbackSql << (create ? object.dropSql : object.sql);
    step.warnings << lockWarning(table, {}, Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
    return step;
}

// An enum type that only grows, and whose new values no later step uses: ADD VALUE for each new
// label, at its position (the planner decides, see postgresenumsteps.h).
PlanStep alterEnumStep(const SchemaObject &from, const SchemaObject &to)
{
    const QStringList oldLabels = enumLabels(from.sql);
    const QStringList newLabels = enumLabels(to.sql);
    PlanStep step = makeStep(OperationType::CreateObject, to.name, {},
                             Tr::tr("Add values to enum type %1 (PostgreSQL cannot remove enum values: the rollback keeps them; "
                                    "new values are usable only after the migration commits)").arg(to.name));
    for (int i = 0; i < newLabels.size(); ++i) {
        if (oldLabels.contains(newLabels.at(i)))
            continue;
        QString sql = QStringLiteral("ALTER TYPE %1 ADD VALUE %2").arg(postgresQuote(to.name), postgresLiteral(newLabels.at(i)));
        if (i > 0)
            sql += QStringLiteral(" AFTER ") + postgresLiteral(newLabels.at(i - 1));
        else if (newLabels.size() > 1)
            sql += QStringLiteral(" BEFORE ") + postgresLiteral(newLabels.at(1));
        step.sql << sql;
    }
    step.rollbackRestoresData = false;
    return step;
}

Result<PlanStep> replaceObjectStep(const SchemaObject &from, const SchemaObject &to, const Context &ctx)
{
    if (to.kind == u"type" && (ctx.recreatedEnums.contains(to.name) || !enumGrowsInPlace(from, to)))
        return recreateEnumStep(from, to, ctx);
    if (to.kind == u"type")
        return alterEnumStep(from, to);
    PlanStep step = makeStep(OperationType::CreateObject, to.name, {}, Tr::tr("Replace %1 %2").arg(to.kind, to.name));
    if (to.kind == u"function") {
        // pg_get_functiondef() prints CREATE OR REPLACE: both directions replace in place.
        step.sql << to.sql;
        step.rollbackSql << from.sql;
        return step;
    }
    if (to.kind == u"sequence") {
        // The inspector prints every option, so the same text altered in place keeps the sequence's value.
        auto alter = [](const SchemaObject &object) {
            QString sql = object.sql;
            sql.replace(QRegularExpression(QStringLiteral("^CREATE SEQUENCE")), QStringLiteral("ALTER SEQUENCE"));
            return sql.endsWith(QStringLiteral(" CYCLE")) ? sql : sql + QStringLiteral(" NO CYCLE");
        };
        step.sql << alter(to);
        step.rollbackSql << alter(from);
        return step;
    }
    return fail(ErrorCode::Unsupported,
                Tr::tr("The %1 %2 changes definition; SchemaPilot cannot alter it in place on PostgreSQL. "
                       "Drop and recreate it by hand, or give it a new name").arg(to.kind, to.name));
}

} // namespace

QStringList enumLabels(const QString &createSql)
{
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    QStringList labels;
    const qsizetype start = createSql.indexOf(QStringLiteral("ENUM ("));
    if (start < 0)
        return labels;
    for (auto it = literal.globalMatch(createSql, start); it.hasNext();)
        labels << it.next().captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    return labels;
}

Result<ObjectSteps> objectChangeSteps(const ObjectChanges &changes, const Context &ctx)
{
    auto key = [](const SchemaObject &o) { return o.kind + u'\x1f' + o.name; };
    QHash<QString, SchemaObject> dropped;
    for (const SchemaObject &object : changes.dropped)
        dropped.insert(key(object), object);

    QList<SchemaObject> added = changes.added;
    std::stable_sort(added.begin(), added.end(),
                     [](const SchemaObject &a, const SchemaObject &b) { return kindOrder(a.kind) < kindOrder(b.kind); });
    ObjectSteps steps;
    QSet<QString> replaced;
    for (const SchemaObject &object : added) {
        const auto previous = dropped.constFind(key(object));
        if (tableBound(object)) {
            if (previous != dropped.cend()) {
                steps.dropConstraints << dropObjectStep(*previous);
                replaced.insert(key(object));
            }
            steps.addConstraints << createObjectStep(object);
            continue;
        }
        if (object.kind == u"policy" || object.kind == u"row security") {
            if (previous != dropped.cend()) {
                steps.dropRowSecurity << rowSecurityStep(*previous, false);
                replaced.insert(key(object));
            }
            steps.addRowSecurity << rowSecurityStep(object, true);
            continue;
        }
        if (object.kind == u"view index") {
            if (previous != dropped.cend()) {
                steps.dropViewIndexes << viewIndexStep(*previous, false);
                replaced.insert(key(object));
            }
            steps.createViewIndexes << viewIndexStep(object, true);
            continue;
        }
        if (object.kind == u"partition") {
            // A partition with other bounds is a new one: its rows would have to move.
            if (previous != dropped.cend())
                return fail(ErrorCode::Unsupported,
                            Tr::tr("Partition %1 changes its bounds or partitioning (%2 → %3); move its rows by hand "
                                   "(detach, create the new partition, copy, drop)")
                                .arg(object.name, previous->sql, object.sql));
            steps.createPartitions << createPartitionStep(object);
            continue;
        }
        if (previous != dropped.cend()) {
            auto step = replaceObjectStep(*previous, object, ctx);
            if (!step)
                return fail(step.error());
            steps.create << *step;
            replaced.insert(key(object));
            continue;
        }
        steps.create << createObjectStep(object);
    }
    QList<SchemaObject> removed = changes.dropped;
    std::stable_sort(removed.begin(), removed.end(),
                     [](const SchemaObject &a, const SchemaObject &b) { return kindOrder(a.kind) > kindOrder(b.kind); });
    for (const SchemaObject &object : removed) {
        if (replaced.contains(key(object)))
            continue;
        if (tableBound(object))
            steps.dropConstraints << dropObjectStep(object);
        else if (object.kind == u"partition")
            steps.drop << dropPartitionStep(object, ctx);
        else if (object.kind == u"view index")
            steps.dropViewIndexes << viewIndexStep(object, false);
        else if (object.kind == u"policy" || object.kind == u"row security")
            steps.dropRowSecurity << rowSecurityStep(object, false);
        else
            steps.drop << dropObjectStep(object);
    }
    return steps;
}

} // namespace SchemaPilot::Core::PostgresPlan
