#include "dialects/postgres/postgresddl.h"

#include "dialects/postgres/postgresinspector.h"

#include <QRegularExpression>

namespace SchemaPilot::Core::PostgresDdl {

QString q(const QString &identifier)
{
    return postgresQuote(identifier);
}

QString nextvalSequence(const std::optional<QString> &defaultExpr)
{
    static const QRegularExpression nextval(QStringLiteral(R"(^nextval\('((?:[^']|'')+)'(?:::regclass)?\)$)"));
    if (!defaultExpr)
        return {};
    const QRegularExpressionMatch match = nextval.match(defaultExpr->trimmed());
    if (!match.hasMatch())
        return {};
    QString name = match.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    if (name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return name;
}

bool isSerial(const Column &column, const QSet<QString> &freeSequences)
{
    const QString sequence = nextvalSequence(column.defaultExpr);
    return !sequence.isEmpty() && !freeSequences.contains(sequence)
           && (column.type == u"integer" || column.type == u"bigint" || column.type == u"smallint");
}

QString columnDefinition(const Column &column, const QSet<QString> &freeSequences)
{
    QStringList parts{q(column.name)};
    const bool serial = isSerial(column, freeSequences);
    if (serial)
        parts << (column.type == u"bigint" ? QStringLiteral("bigserial")
                  : column.type == u"smallint" ? QStringLiteral("smallserial") : QStringLiteral("serial"));
    else
        parts << column.type;
    if (!column.collation.isEmpty())
        parts << QStringLiteral("COLLATE") << q(column.collation);
    if (column.generated == GeneratedKind::Stored)
        parts << QStringLiteral("GENERATED ALWAYS AS (%1) STORED").arg(column.generatedExpr);
    if (!column.identity.isEmpty())
        parts << QStringLiteral("GENERATED %1 AS IDENTITY").arg(column.identity)
                     + (column.identityOptions.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(column.identityOptions));
    if (column.defaultExpr && !serial)
        parts << QStringLiteral("DEFAULT") << *column.defaultExpr;
    if (column.notNull)
        parts << QStringLiteral("NOT NULL");
    return parts.join(u' ');
}

QString deferralClause(bool deferrable, bool initiallyDeferred)
{
    if (!deferrable)
        return {};
    return initiallyDeferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QStringLiteral(" DEFERRABLE");
}

QString primaryKeyClause(const Table &table)
{
    QStringList columns;
    for (const QString &column : table.primaryKeyColumns())
        columns << q(column);
    const QString name = table.primaryKeyName.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(q(table.primaryKeyName));
    return QStringLiteral("%1PRIMARY KEY (%2)").arg(name, columns.join(QStringLiteral(", ")))
           + deferralClause(table.primaryKeyDeferrable, table.primaryKeyInitiallyDeferred);
}

QString uniqueClause(const UniqueConstraint &unique)
{
    QStringList columns;
    for (const QString &column : unique.columns)
        columns << q(column);
    const QString name = unique.name.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(q(unique.name));
    return QStringLiteral("%1UNIQUE (%2)").arg(name, columns.join(QStringLiteral(", ")))
           + deferralClause(unique.deferrable, unique.initiallyDeferred);
}

QString checkClause(const CheckConstraint &check)
{
    const QString name = check.name.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(q(check.name));
    return QStringLiteral("%1CHECK (%2)%3").arg(name, check.expression, check.noInherit ? QStringLiteral(" NO INHERIT") : QString());
}

QString foreignKeyClause(const ForeignKey &fk)
{
    QStringList columns;
    for (const QString &column : fk.columns)
        columns << q(column);
    QStringList refColumns;
    for (const QString &column : fk.refColumns)
        refColumns << q(column);
    // refTable is unqualified for the inspected schema and already quoted when qualified.
    const QString refTable = fk.refTable.contains(u'.') ? fk.refTable : q(fk.refTable);
    QString sql = QStringLiteral("%1FOREIGN KEY (%2) REFERENCES %3")
                      .arg(fk.name.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(q(fk.name)),
                           columns.join(QStringLiteral(", ")), refTable);
    if (!refColumns.isEmpty())
        sql += QStringLiteral(" (%1)").arg(refColumns.join(QStringLiteral(", ")));
    if (!fk.match.isEmpty() && fk.match != u"SIMPLE")
        sql += QStringLiteral(" MATCH ") + fk.match;
    if (fk.onUpdate != u"NO ACTION")
        sql += QStringLiteral(" ON UPDATE ") + fk.onUpdate;
    if (fk.onDelete != u"NO ACTION")
        sql += QStringLiteral(" ON DELETE ") + fk.onDelete;
    return sql + deferralClause(fk.deferrable, fk.initiallyDeferred);
}

QStringList createTable(const Table &table, const QSet<QString> &freeSequences)
{
    QStringList lines;
    for (const Column &column : table.columns)
        lines << columnDefinition(column, freeSequences);
    if (!table.primaryKeyColumns().isEmpty())
        lines << primaryKeyClause(table);
    for (const UniqueConstraint &unique : table.uniques)
        lines << uniqueClause(unique);
    for (const CheckConstraint &check : table.checks)
        lines << checkClause(check);
    QString create = QStringLiteral("CREATE %1TABLE %2 (\n    %3\n)")
                         .arg(table.unlogged ? QStringLiteral("UNLOGGED ") : QString(), q(table.name), lines.join(QStringLiteral(",\n    ")));
    if (!table.options.isEmpty())
        create += QStringLiteral(" WITH (%1)").arg(table.options);
    QStringList statements{create};
    if (!table.comment.isEmpty())
        statements << commentOnTable(table.name, table.comment);
    for (const Column &column : table.columns)
        if (!column.comment.isEmpty())
            statements << commentOnColumn(table.name, column.name, column.comment);
    return statements;
}

QString alterTable(const QString &table, const QString &action)
{
    return QStringLiteral("ALTER TABLE %1 %2").arg(q(table), action);
}

QString dropConstraint(const QString &table, const QString &name)
{
    return alterTable(table, QStringLiteral("DROP CONSTRAINT %1").arg(q(name)));
}

QString createIndex(const Index &index, bool concurrently)
{
    QString sql = index.sql;
    if (sql.isEmpty()) {
        QStringList parts;
        for (const IndexPart &part : index.parts) {
            QString text = part.column.isEmpty() ? QStringLiteral("(%1)").arg(part.expression) : q(part.column);
            if (!part.collation.isEmpty())
                text += QStringLiteral(" COLLATE ") + q(part.collation);
            if (part.descending)
                text += QStringLiteral(" DESC");
            parts << text;
        }
        sql = QStringLiteral("CREATE %1INDEX %2 ON %3%4 (%5)")
                  .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), q(index.name), q(index.table),
                       index.method.isEmpty() ? QString() : QStringLiteral(" USING ") + index.method,
                       parts.join(QStringLiteral(", ")));
        if (!index.include.isEmpty()) {
            QStringList include;
            for (const QString &column : index.include)
                include << q(column);
            sql += QStringLiteral(" INCLUDE (%1)").arg(include.join(QStringLiteral(", ")));
        }
        if (!index.where.isEmpty())
            sql += QStringLiteral(" WHERE ") + index.where;
    }
    // pg_get_indexdef prints "ON ONLY" for the index of a partitioned table; run as is, that makes
    // an invalid index without its partitions' indexes. Without ONLY it covers every partition.
    static const QRegularExpression onOnly(QStringLiteral(R"(^(CREATE (?:UNIQUE )?INDEX (?:"(?:[^"]|"")*"|\S+) ON )ONLY )"));
    sql.replace(onOnly, QStringLiteral("\\1"));
    if (concurrently)
        sql.replace(QRegularExpression(QStringLiteral("^CREATE (UNIQUE )?INDEX ")), QStringLiteral("CREATE \\1INDEX CONCURRENTLY "));
    return sql;
}

QString dropIndex(const Index &index, bool concurrently)
{
    return QStringLiteral("DROP INDEX %1%2").arg(concurrently ? QStringLiteral("CONCURRENTLY ") : QString(), q(index.name));
}

QString commentOnTable(const QString &table, const QString &comment)
{
    return QStringLiteral("COMMENT ON TABLE %1 IS %2").arg(q(table), comment.isEmpty() ? QStringLiteral("NULL") : postgresLiteral(comment));
}

QString commentOnColumn(const QString &table, const QString &column, const QString &comment)
{
    return QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
        .arg(q(table), q(column), comment.isEmpty() ? QStringLiteral("NULL") : postgresLiteral(comment));
}

QString dropView(const View &view)
{
    return QStringLiteral("DROP %1VIEW %2").arg(view.materialized ? QStringLiteral("MATERIALIZED ") : QString(), q(view.name));
}

QString createTrigger(const Trigger &trigger)
{
    return trigger.sql;
}

QString dropTrigger(const Trigger &trigger)
{
    return QStringLiteral("DROP TRIGGER %1 ON %2").arg(q(trigger.name), q(trigger.table));
}

} // namespace SchemaPilot::Core::PostgresDdl
