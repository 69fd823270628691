#include "dialects/sqlite/sqliterebuild.h"

#include "dialects/sqlite/sqliteddl.h"
#include "dialects/sqlite/sqliteinspector.h"

#include <algorithm>

namespace SchemaPilot::Core {

namespace {

bool hasRowidNamedColumn(const Table &table)
{
    for (const QString &name : {QStringLiteral("rowid"), QStringLiteral("oid"), QStringLiteral("_rowid_")})
        if (table.column(name))
            return true;
    return false;
}

// Implicit rowids survive the copy when both sides are rowid tables and the new one has no
// INTEGER PRIMARY KEY of its own (that column would carry the rowid instead).
bool keepsImplicitRowid(const Table &from, const Table &to)
{
    if (from.withoutRowid || to.withoutRowid || hasRowidNamedColumn(from) || hasRowidNamedColumn(to))
        return false;
    for (const Column &c : to.columns)
        if (sqliteIsRowidAlias(to, c))
            return false;
    return true;
}

bool hasAutoIncrement(const Table &table)
{
    return std::any_of(table.columns.cbegin(), table.columns.cend(), [](const Column &c) { return c.autoIncrement; });
}

// AUTOINCREMENT promises never to reuse an id, so the new table takes over the old counter
// (which may be above the largest id left). sqlite_sequence has no key on name: update the
// row the copy created, or insert one when the copy was empty. RENAME moves the row along.
QStringList carrySequence(const QString &from, const QString &to)
{
    const QString old = QStringLiteral("(SELECT seq FROM sqlite_sequence WHERE name = %1)").arg(sqliteStringLiteral(from));
    return {QStringLiteral("UPDATE sqlite_sequence SET seq = %1 WHERE name = %2 AND seq < %1").arg(old, sqliteStringLiteral(to)),
            QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT %1, seq FROM sqlite_sequence WHERE name = %2 "
                           "AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = %1)")
                .arg(sqliteStringLiteral(to), sqliteStringLiteral(from))};
}

} // namespace

QString sqliteRebuildTemporaryName(const QString &table)
{
    return QStringLiteral("_schemapilot_new_") + table;
}

QList<std::pair<QString, QString>> SqliteRebuild::copiedColumns() const
{
    QList<std::pair<QString, QString>> copied;
    for (const Column &target : to.columns) {
        if (target.isGenerated())
            continue; // computed by the new table itself
        const QString source = sourceColumns.value(target.name.toLower());
        const Column *sourceColumn = source.isEmpty() ? nullptr : from.column(source);
        if (!sourceColumn)
            continue; // new column: its default applies (or NOT NULL fails the copy, inside the transaction)
        QString expression = sqliteQuote(sourceColumn->name);
        // A column that becomes NOT NULL takes its default where the old row has NULL; without a
        // default the NULL is copied and the constraint stops the migration rather than invent a value.
        if (target.notNull && target.defaultExpr && !sourceColumn->notNull)
            expression = QStringLiteral("COALESCE(%1, %2)").arg(expression, sqliteDefaultClause(*target.defaultExpr));
        copied.append({target.name, expression});
    }
    return copied;
}

QStringList SqliteRebuild::statements() const
{
    const QString temporary = sqliteRebuildTemporaryName(tableName);
    QStringList sql{sqliteCreateTableSql(to, temporary)};
    QStringList targets;
    QStringList expressions;
    if (keepsImplicitRowid(from, to)) {
        targets << QStringLiteral("rowid");
        expressions << QStringLiteral("rowid");
    }
    // Values are copied as they are: the new column's type affinity converts what converts
    // losslessly (a STRICT table rejects the rest), where CAST would silently turn 'abc' into 0.
    for (const auto &[target, expression] : copiedColumns()) {
        targets << sqliteQuote(target);
        expressions << expression;
    }
    if (!copiedColumns().isEmpty())
        sql << QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4")
                   .arg(sqliteQuote(temporary), targets.join(QStringLiteral(", ")), expressions.join(QStringLiteral(", ")),
                        sqliteQuote(tableName));
    if (hasAutoIncrement(from) && hasAutoIncrement(to))
        sql << carrySequence(tableName, temporary);
    sql << QStringLiteral("DROP TABLE %1").arg(sqliteQuote(tableName));
    sql << QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(sqliteQuote(temporary), sqliteQuote(tableName));
    for (const Index &index : indexes)
        sql << sqliteCreateIndexSql(index);
    return sql;
}

} // namespace SchemaPilot::Core
