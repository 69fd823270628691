#include "dialects/mysql/mysqlddl.h"

#include <QRegularExpression>

namespace SchemaPilot::Core {

QString mysqlQuote(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'`', QStringLiteral("``"));
    return u'`' + escaped + u'`';
}

QString mysqlQuoteList(const QStringList &identifiers)
{
    QStringList quoted;
    for (const QString &identifier : identifiers)
        quoted << mysqlQuote(identifier);
    return quoted.join(QStringLiteral(", "));
}

QString mysqlStringLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString mysqlDefaultOperand(const QString &expression)
{
    // What information_schema reports and MariaDB accepts bare: quoted strings, numbers, NULL,
    // bit/hex literals and a single function call such as current_timestamp(6).
    static const QRegularExpression bare(QStringLiteral(
        R"(^('([^']|'')*'|-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?|NULL|TRUE|FALSE|[bBxX]'[0-9a-fA-F]*'|0x[0-9a-fA-F]+|[A-Za-z_]+\([0-9]*\))$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = expression.trimmed();
    if (bare.match(trimmed).hasMatch() || (trimmed.startsWith(u'(') && trimmed.endsWith(u')')))
        return trimmed;
    return u'(' + trimmed + u')';
}

QString mysqlColumnDefinition(const Column &column)
{
    QString sql = mysqlQuote(column.name) + u' ' + column.type;
    if (!column.charset.isEmpty())
        sql += QStringLiteral(" CHARACTER SET ") + column.charset;
    if (!column.collation.isEmpty())
        sql += QStringLiteral(" COLLATE ") + column.collation;
    if (column.isGenerated()) {
        sql += QStringLiteral(" GENERATED ALWAYS AS (%1) %2")
                   .arg(column.generatedExpr,
                        column.generated == GeneratedKind::Stored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"));
    } else {
        // Explicit NULL: a bare TIMESTAMP column would otherwise become NOT NULL on some settings.
        sql += column.notNull ? QStringLiteral(" NOT NULL") : QStringLiteral(" NULL");
        if (column.defaultExpr)
            sql += QStringLiteral(" DEFAULT ") + mysqlDefaultOperand(*column.defaultExpr);
        if (!column.onUpdate.isEmpty())
            sql += QStringLiteral(" ON UPDATE ") + column.onUpdate;
        if (column.autoIncrement)
            sql += QStringLiteral(" AUTO_INCREMENT");
    }
    if (column.invisible)
        sql += QStringLiteral(" INVISIBLE");
    if (!column.comment.isEmpty())
        sql += QStringLiteral(" COMMENT ") + mysqlStringLiteral(column.comment);
    return sql;
}

namespace {

const QString kVersioning = QStringLiteral("WITH SYSTEM VERSIONING");
const QString kPartition = QStringLiteral("PARTITION BY ");

qsizetype partitionStart(const QString &options)
{
    // Option values have no spaces, so the clause starts at the first " PARTITION BY ".
    if (options.startsWith(kPartition))
        return 0;
    const qsizetype at = options.indexOf(u' ' + kPartition);
    return at < 0 ? -1 : at + 1;
}

} // namespace

QString mysqlPartitionClause(const QString &options)
{
    const qsizetype at = partitionStart(options);
    return at < 0 ? QString() : options.mid(at);
}

bool mysqlSystemVersioned(const QString &options)
{
    const qsizetype at = partitionStart(options);
    return (at < 0 ? options : options.left(at)).trimmed().endsWith(kVersioning);
}

QString mysqlPlainTableOptions(const QString &options)
{
    const qsizetype at = partitionStart(options);
    QString plain = (at < 0 ? options : options.left(at)).trimmed();
    if (plain.endsWith(kVersioning))
        plain.chop(kVersioning.size());
    return plain.trimmed();
}

QString mysqlIndexColumns(const Index &index)
{
    QStringList parts;
    for (const IndexPart &part : index.parts) {
        QString text = part.column.isEmpty() ? u'(' + part.expression + u')' : mysqlQuote(part.column);
        if (part.prefixLength > 0)
            text += QStringLiteral("(%1)").arg(part.prefixLength);
        if (part.descending)
            text += QStringLiteral(" DESC");
        parts << text;
    }
    return u'(' + parts.join(QStringLiteral(", ")) + u')';
}

namespace {

QString indexKind(const Index &index)
{
    const QString method = index.method.toUpper();
    if (method == QStringLiteral("FULLTEXT"))
        return QStringLiteral("FULLTEXT INDEX");
    if (method == QStringLiteral("SPATIAL"))
        return QStringLiteral("SPATIAL INDEX");
    return index.unique ? QStringLiteral("UNIQUE INDEX") : QStringLiteral("INDEX");
}

// MariaDB's long unique keys (on BLOB/TEXT) are HASH; so are MEMORY tables' default indexes.
QString indexUsing(const Index &index)
{
    return index.method.compare(QStringLiteral("HASH"), Qt::CaseInsensitive) == 0 ? QStringLiteral(" USING HASH") : QString();
}

} // namespace

QString mysqlIndexClause(const Index &index)
{
    return indexKind(index) + u' ' + mysqlQuote(index.name) + u' ' + mysqlIndexColumns(index) + indexUsing(index);
}

QString mysqlCreateIndexSql(const Index &index)
{
    return QStringLiteral("CREATE %1 %2 ON %3 %4%5")
        .arg(indexKind(index), mysqlQuote(index.name), mysqlQuote(index.table), mysqlIndexColumns(index), indexUsing(index));
}

QString mysqlForeignKeyClause(const ForeignKey &foreignKey)
{
    QString sql;
    if (!foreignKey.name.isEmpty())
        sql += QStringLiteral("CONSTRAINT ") + mysqlQuote(foreignKey.name) + u' ';
    sql += QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)")
               .arg(mysqlQuoteList(foreignKey.columns), mysqlQuote(foreignKey.refTable),
                    mysqlQuoteList(foreignKey.refColumns));
    // RESTRICT is the default and is left unsaid: spelled out while foreign_key_checks is off (as
    // during a migration), MariaDB stores it as NO ACTION and the table no longer reads as written.
    const auto action = [&sql](const char *event, const QString &rule) {
        if (!rule.isEmpty() && rule != QStringLiteral("RESTRICT") && rule != QStringLiteral("NO ACTION"))
            sql += QStringLiteral(" ON %1 %2").arg(QLatin1String(event), rule);
    };
    action("DELETE", foreignKey.onDelete);
    action("UPDATE", foreignKey.onUpdate);
    return sql;
}

QString mysqlCheckClause(const CheckConstraint &check)
{
    QString sql;
    if (!check.name.isEmpty())
        sql += QStringLiteral("CONSTRAINT ") + mysqlQuote(check.name) + u' ';
    return sql + QStringLiteral("CHECK (%1)").arg(check.expression);
}

QString mysqlCreateTableSql(const Table &table, bool withForeignKeys)
{
    QStringList lines;
    for (const Column &column : table.columns)
        lines << mysqlColumnDefinition(column);
    if (const Index *primary = table.index(QStringLiteral("PRIMARY"), Qt::CaseSensitive);
        primary && primary->origin == IndexOrigin::PrimaryKey)
        lines << QStringLiteral("PRIMARY KEY ") + mysqlIndexColumns(*primary);
    else if (!table.primaryKeyColumns().isEmpty())
        lines << QStringLiteral("PRIMARY KEY (%1)").arg(mysqlQuoteList(table.primaryKeyColumns()));
    for (const UniqueConstraint &unique : table.uniques)
        lines << QStringLiteral("CONSTRAINT %1 UNIQUE (%2)").arg(mysqlQuote(unique.name), mysqlQuoteList(unique.columns));
    for (const CheckConstraint &check : table.checks)
        lines << mysqlCheckClause(check);
    if (withForeignKeys)
        for (const ForeignKey &foreignKey : table.foreignKeys)
            lines << mysqlForeignKeyClause(foreignKey);
    QString sql = QStringLiteral("CREATE TABLE %1 (\n  %2\n)").arg(mysqlQuote(table.name), lines.join(QStringLiteral(",\n  ")));
    const QString options = mysqlPlainTableOptions(table.options);
    if (!options.isEmpty())
        sql += u' ' + options;
    if (!table.comment.isEmpty())
        sql += QStringLiteral(" COMMENT=") + mysqlStringLiteral(table.comment);
    // Partition options come after every table option.
    if (mysqlSystemVersioned(table.options))
        sql += QStringLiteral(" WITH SYSTEM VERSIONING");
    if (const QString partitions = mysqlPartitionClause(table.options); !partitions.isEmpty())
        sql += u' ' + partitions;
    return sql;
}

QString mysqlCreateViewSql(const View &view, bool orReplace)
{
    // The inspector keeps the engine's full statement (algorithm, security, check option) in sql.
    QString sql = view.sql;
    if (orReplace && sql.startsWith(QStringLiteral("CREATE "), Qt::CaseInsensitive)
        && !sql.startsWith(QStringLiteral("CREATE OR REPLACE "), Qt::CaseInsensitive))
        sql.insert(7, QStringLiteral("OR REPLACE "));
    return sql;
}

QString mysqlCreateTriggerSql(const Trigger &trigger)
{
    return trigger.sql;
}

} // namespace SchemaPilot::Core
