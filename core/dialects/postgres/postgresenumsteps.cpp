#include "dialects/postgres/postgresenumsteps.h"

#include "common/tr.h"
#include "dialects/postgres/postgresddl.h"
#include "dialects/postgres/postgresinspector.h"
#include "dialects/postgres/postgresobjectsteps.h"
#include "plan/warningcodes.h"

#include <QRegularExpression>

namespace SchemaPilot::Core::PostgresPlan {

using namespace PostgresDdl;

namespace {

// How format_type() prints the type: quoted only when it must be.
QString printedType(const QString &typeName)
{
    return postgresQuoteIfNeeded(typeName);
}

// The column's type is the enum or an array of it; `arrays` gets the "[]" suffix.
bool isEnumColumn(const Column &column, const QString &typeName, QString *arrays)
{
    const QString printed = printedType(typeName);
    if (!column.type.startsWith(printed))
        return false;
    const QString rest = column.type.mid(printed.size());
    static const QRegularExpression arraySuffix(QStringLiteral(R"(^(\[\d*\])*$)"));
    if (!arraySuffix.match(rest).hasMatch())
        return false;
    *arrays = QStringLiteral("[]").repeated(rest.count(u'['));
    return true;
}

// Names PostgreSQL truncates at 63 bytes.
QString helperTypeName(const QString &typeName, const QString &suffix)
{
    return typeName.left(63 - suffix.size()) + suffix;
}

struct EnumUse {
    QString table;                   // as the step finds it (renames of tables run before)
    QString liveTable;
    QList<QPair<QString, QString>> retyped;   // column, array suffix
    QList<Column> defaults;          // columns whose default names the type (taken off, put back)
    QList<CheckConstraint> checks;   // checks naming the type
    QList<Index> indexes;            // created indexes naming the type
    qint64 rows = -1;
};

QList<EnumUse> enumUses(const QString &typeName, const Context &ctx)
{
    QHash<QString, QString> desiredNames;   // live -> desired
    for (auto it = ctx.liveNames.cbegin(); it != ctx.liveNames.cend(); ++it)
        desiredNames.insert(it.value(), it.key());
    QList<EnumUse> uses;
    for (const Table &table : ctx.current.tables) {
        if (ctx.droppedTables.contains(table.name))
            continue;
        EnumUse use;
        use.liveTable = table.name;
        use.table = desiredNames.value(table.name, table.name);
        use.rows = table.rowEstimate;
        for (const Column &column : table.columns) {
            QString arrays;
            if (isEnumColumn(column, typeName, &arrays))
                use.retyped << qMakePair(column.name, arrays);
            if (column.defaultExpr && namesEnumType(*column.defaultExpr, typeName))
                use.defaults << column;
        }
        for (const CheckConstraint &check : table.checks)
            if (namesEnumType(check.expression, typeName))
                use.checks << check;
        for (const Index &index : table.indexes)
            if (!index.isConstraintIndex() && namesEnumType(index.sql, typeName))
                use.indexes << index;
        if (!use.retyped.isEmpty() || !use.defaults.isEmpty() || !use.checks.isEmpty() || !use.indexes.isEmpty())
            uses << use;
    }
    return uses;
}

// Swaps the type named `typeName` for `target` (a CREATE TYPE ... AS ENUM statement), keeping
// the old one under `asideName` until every column has moved over.
// What names a value the target type lacks stays off: the plan's own steps drop or replace it.
QStringList swapTypeSql(const QString &typeName, const QString &target, const QStringList &lost, const QString &asideName,
                        const QList<EnumUse> &uses)
{
    QStringList sql;
    for (const EnumUse &use : uses) {
        for (const CheckConstraint &check : use.checks)
            sql << dropConstraint(use.table, check.name);
        for (const Index &index : use.indexes)
            sql << QStringLiteral("DROP INDEX %1").arg(q(index.name));
        for (const Column &column : use.defaults)
            sql << alterTable(use.table, QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(q(column.name)));
    }
    sql << QStringLiteral("ALTER TYPE %1 RENAME TO %2").arg(q(typeName), q(asideName)) << target;
    const QString type = printedType(typeName);
    for (const EnumUse &use : uses) {
        QStringList clauses;
        for (const auto &[column, arrays] : use.retyped)
            clauses << QStringLiteral("ALTER COLUMN %1 TYPE %2%3 USING %1::text%3::%2%3").arg(q(column), type, arrays);
        if (!clauses.isEmpty())
            sql << alterTable(use.table, clauses.join(QStringLiteral(", ")));
    }
    // The live texts name the type by its name, which now is the new type's.
    for (const EnumUse &use : uses) {
        for (const Column &column : use.defaults)
            if (!mayUseEnumLabel(*column.defaultExpr, lost))
                sql << alterTable(use.table, QStringLiteral("ALTER COLUMN %1 SET DEFAULT %2").arg(q(column.name), *column.defaultExpr));
        for (const CheckConstraint &check : use.checks)
            if (!mayUseEnumLabel(check.expression, lost))
                sql << alterTable(use.table, QStringLiteral("ADD ") + checkClause(check));
        for (const Index &index : use.indexes)
            if (!mayUseEnumLabel(index.sql, lost))
                sql << createIndex(index, false);
    }
    sql << QStringLiteral("DROP TYPE %1").arg(q(asideName));
    return sql;
}

} // namespace

QStringList addedEnumLabels(const SchemaObject &from, const SchemaObject &to)
{
    const QStringList oldLabels = enumLabels(from.sql);
    QStringList added = enumLabels(to.sql);
    added.removeIf([&](const QString &label) { return oldLabels.contains(label); });
    return added;
}

bool enumGrowsInPlace(const SchemaObject &from, const SchemaObject &to)
{
    const QStringList oldLabels = enumLabels(from.sql);
    QStringList kept = enumLabels(to.sql);
    kept.removeIf([&](const QString &label) { return !oldLabels.contains(label); });
    return kept == oldLabels;
}

bool mayUseEnumLabel(const QString &sql, const QStringList &labels)
{
    for (const QString &label : labels) {
        QString escaped = QRegularExpression::escape(QString(label).replace(u'\'', QStringLiteral("''")));
        const QRegularExpression literal(QStringLiteral("['{,\"]\\s*%1\\s*['},\"]").arg(escaped));
        if (literal.match(sql).hasMatch())
            return true;
    }
    return false;
}

bool namesEnumType(const QString &sql, const QString &typeName)
{
    const QRegularExpression cast(QStringLiteral("::\\s*%1(?![A-Za-z0-9_$\"])").arg(QRegularExpression::escape(printedType(typeName))));
    return cast.match(sql).hasMatch();
}

QStringList tablesUsingEnum(const QString &typeName, const Context &ctx)
{
    QStringList tables;
    for (const EnumUse &use : enumUses(typeName, ctx))
        tables << use.liveTable;
    return tables;
}

PlanStep recreateEnumStep(const SchemaObject &from, const SchemaObject &to, const Context &ctx)
{
    const QList<EnumUse> uses = enumUses(to.name, ctx);
    QStringList tables;
    for (const EnumUse &use : uses)
        tables << use.table;
    const QStringList labels = enumLabels(to.sql);
    PlanStep step = makeStep(OperationType::CreateObject, to.name, {},
                             Tr::tr("Recreate enum type %1 with the values (%2) inside the migration transaction "
                                    "(new values cannot be used before ALTER TYPE ... ADD VALUE commits)")
                                 .arg(to.name, labels.join(QStringLiteral(", "))));
    if (!tables.isEmpty())
        step.comment += Tr::tr("; retypes the columns of %1").arg(tables.join(QStringLiteral(", ")));
    QStringList removed = enumLabels(from.sql);
    removed.removeIf([&](const QString &label) { return labels.contains(label); });
    step.sql << swapTypeSql(to.name, to.sql, removed, helperTypeName(to.name, QStringLiteral("_schemapilot_old")), uses);
    step.rollbackSql << swapTypeSql(to.name, from.sql, addedEnumLabels(from, to),
                                    helperTypeName(to.name, QStringLiteral("_schemapilot_new")), uses);
    QStringList removedLiterals;
    for (const QString &label : removed)
        removedLiterals << postgresLiteral(label);
    qint64 rows = 0;
    for (const EnumUse &use : uses) {
        for (const auto &[column, arrays] : use.retyped) {
            if (removed.isEmpty() || !arrays.isEmpty())
                continue;
            DataProbe probe;
            probe.code = QString(WarningCode::UnconvertibleValues);
            probe.severity = Severity::Danger;
            probe.table = use.liveTable;
            probe.column = column;
            probe.sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2::text IN (%3)")
                            .arg(q(use.liveTable), q(column), removedLiterals.join(QStringLiteral(", ")));
            probe.messageTemplate = Tr::tr("%1 row(s) of %2.%3 hold a value that enum type %4 no longer has (%5); the migration fails")
                                        .arg(QStringLiteral("%1"), use.liveTable, column, to.name, removed.join(QStringLiteral(", ")));
            step.probes << probe;
        }
        if (!use.retyped.isEmpty()) {
            step.rewritesTable = true;
            rows = use.rows < 0 || rows < 0 ? -1 : rows + use.rows;
            step.warnings << lockWarning(use.table, {}, Tr::tr("ACCESS EXCLUSIVE lock; table rewrite (columns of type %1)").arg(to.name));
        }
    }
    step.affectedRows = step.rewritesTable ? rows : 0;
    return step;
}

} // namespace SchemaPilot::Core::PostgresPlan
