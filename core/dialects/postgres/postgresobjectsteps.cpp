#include "dialects/postgres/postgresobjectsteps.h"

#include "common/tr.h"
#include "dialects/postgres/postgresinspector.h"

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

PlanStep createObjectStep(const SchemaObject &object)
{
    PlanStep step = makeStep(object.kind == u"constraint" ? OperationType::AddConstraint : OperationType::CreateObject,
                             object.kind == u"constraint" ? tableOfConstraint(object) : object.name, {},
                             Tr::tr("Create %1 %2").arg(object.kind, object.name));
    step.sql << object.sql;
    step.rollbackSql << object.dropSql;
    if (object.kind == u"constraint")
        step.warnings << lockWarning(step.table, {}, Tr::tr("ACCESS EXCLUSIVE lock while the exclusion index is built"));
    return step;
}

PlanStep dropObjectStep(const SchemaObject &object)
{
    PlanStep step = makeStep(object.kind == u"constraint" ? OperationType::DropConstraint : OperationType::DropObject,
                             object.kind == u"constraint" ? tableOfConstraint(object) : object.name, {},
                             Tr::tr("Drop %1 %2").arg(object.kind, object.name));
    step.sql << object.dropSql;
    step.rollbackSql << object.sql;
    return step;
}

// An enum type can only grow in place: ADD VALUE for each new label, at its position.
Result<PlanStep> alterEnumStep(const SchemaObject &from, const SchemaObject &to)
{
    const QStringList oldLabels = enumLabels(from.sql);
    const QStringList newLabels = enumLabels(to.sql);
    QStringList kept = newLabels;
    kept.removeIf([&](const QString &label) { return !oldLabels.contains(label); });
    if (kept != oldLabels)
        return fail(ErrorCode::Unsupported,
                    Tr::tr("Enum type %1 loses or reorders values (%2 → %3); PostgreSQL can only add values. "
                           "Migrate it by hand (new type, ALTER COLUMN ... TYPE ... USING, drop the old type)")
                        .arg(to.name, oldLabels.join(QStringLiteral(", ")), newLabels.join(QStringLiteral(", "))));
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

Result<PlanStep> replaceObjectStep(const SchemaObject &from, const SchemaObject &to)
{
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

Result<ObjectSteps> objectChangeSteps(const ObjectChanges &changes, const Context &)
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
        if (object.kind == u"constraint") {
            if (previous != dropped.cend()) {
                steps.dropConstraints << dropObjectStep(*previous);
                replaced.insert(key(object));
            }
            steps.addConstraints << createObjectStep(object);
            continue;
        }
        if (previous != dropped.cend()) {
            auto step = replaceObjectStep(*previous, object);
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
        if (object.kind == u"constraint")
            steps.dropConstraints << dropObjectStep(object);
        else
            steps.drop << dropObjectStep(object);
    }
    return steps;
}

} // namespace SchemaPilot::Core::PostgresPlan
