#include "dialects/sqlite/sqliteddl.h"

#include "common/sqltokenlist.h"
#include "dialects/sqlite/sqliteinspector.h"

#include <QRegularExpression>

namespace SchemaPilot::Core {

namespace {

QString foreignKeyClause(const ForeignKey &fk)
{
    QStringList refColumns;
    for (const QString &c : fk.refColumns)
        refColumns << sqliteQuote(c);
    QString clause = QStringLiteral("REFERENCES %1").arg(sqliteQuote(fk.refTable));
    if (!refColumns.isEmpty())
        clause += QStringLiteral(" (%1)").arg(refColumns.join(QStringLiteral(", ")));
    if (!fk.onDelete.isEmpty() && fk.onDelete.compare(QLatin1String("NO ACTION"), Qt::CaseInsensitive) != 0)
        clause += QStringLiteral(" ON DELETE ") + fk.onDelete;
    if (!fk.onUpdate.isEmpty() && fk.onUpdate.compare(QLatin1String("NO ACTION"), Qt::CaseInsensitive) != 0)
        clause += QStringLiteral(" ON UPDATE ") + fk.onUpdate;
    if (!fk.match.isEmpty() && fk.match.compare(QLatin1String("NONE"), Qt::CaseInsensitive) != 0
        && fk.match.compare(QLatin1String("SIMPLE"), Qt::CaseInsensitive) != 0)
        clause += QStringLiteral(" MATCH ") + fk.match;
    if (fk.deferrable)
        clause += fk.initiallyDeferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QStringLiteral(" DEFERRABLE");
    return clause;
}

} // namespace

SqliteAffinity sqliteAffinity(const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    if (type.contains(QLatin1String("INT")))
        return SqliteAffinity::Integer;
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) || type.contains(QLatin1String("TEXT")))
        return SqliteAffinity::Text;
    if (type.contains(QLatin1String("BLOB")) || type.trimmed().isEmpty())
        return SqliteAffinity::Blob;
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) || type.contains(QLatin1String("DOUB")))
        return SqliteAffinity::Real;
    return SqliteAffinity::Numeric;
}

bool sqliteIsConstantDefault(const QString &expression)
{
    static const QRegularExpression literal(QStringLiteral(
        R"(^\s*(?:[+-]?\s*(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?\s*0[xX][0-9a-fA-F]+|'(?:[^']|'')*'|[xX]'[0-9a-fA-F]*'|NULL|TRUE|FALSE)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return literal.match(expression).hasMatch();
}

QString sqliteStringLiteral(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

QString sqliteDefaultClause(const QString &expression)
{
    if (sqliteIsConstantDefault(expression))
        return expression.trimmed();
    const QString trimmed = expression.trimmed();
    // CURRENT_TIMESTAMP and friends are allowed bare; everything else needs parentheses.
    static const QRegularExpression bareKeyword(QStringLiteral("^CURRENT_(TIME|DATE|TIMESTAMP)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (bareKeyword.match(trimmed).hasMatch())
        return trimmed;
    return u'(' + trimmed + u')';
}

bool sqliteIsRowidAlias(const Table &table, const Column &column)
{
    return !table.withoutRowid && column.isPrimaryKey() && table.primaryKeyColumns().size() == 1
        && column.type.trimmed().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
}

QString sqliteColumnDefinition(const Column &column, const Table &owner, bool withReferences)
{
    QStringList parts{sqliteQuote(column.name)};
    if (!column.type.isEmpty())
        parts << column.type;
    if (column.isPrimaryKey() && owner.primaryKeyColumns().size() == 1)
        parts << (column.autoIncrement ? QStringLiteral("PRIMARY KEY AUTOINCREMENT") : QStringLiteral("PRIMARY KEY"));
    if (column.notNull)
        parts << QStringLiteral("NOT NULL");
    if (column.defaultExpr)
        parts << QStringLiteral("DEFAULT ") + sqliteDefaultClause(*column.defaultExpr);
    if (!column.collation.isEmpty() && column.collation.compare(QLatin1String("BINARY"), Qt::CaseInsensitive) != 0)
        parts << QStringLiteral("COLLATE ") + column.collation;
    if (withReferences) {
        for (const ForeignKey &fk : owner.foreignKeys)
            if (fk.columns.size() == 1 && fk.columns.first().compare(column.name, Qt::CaseInsensitive) == 0)
                parts << foreignKeyClause(fk);
    }
    if (column.isGenerated())
        parts << QStringLiteral("GENERATED ALWAYS AS (%1) %2")
                     .arg(column.generatedExpr,
                          column.generated == GeneratedKind::Stored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"));
    return parts.join(u' ');
}

QString sqliteSwapCreateTableName(const QString &createSql, const QString &name)
{
    // CREATE [TEMP|TEMPORARY] TABLE [IF NOT EXISTS] [schema.]name ...
    const SqlTokenList tokens(createSql);
    qsizetype i = 0;
    if (!tokens.isKeyword(i++, QLatin1StringView("CREATE")))
        return {};
    if (tokens.isKeyword(i, QLatin1StringView("TEMP")) || tokens.isKeyword(i, QLatin1StringView("TEMPORARY")))
        ++i;
    if (!tokens.isKeyword(i++, QLatin1StringView("TABLE")))
        return {};
    if (tokens.isKeyword(i, QLatin1StringView("IF"))) {
        if (!tokens.isKeyword(i + 1, QLatin1StringView("NOT")) || !tokens.isKeyword(i + 2, QLatin1StringView("EXISTS")))
            return {};
        i += 3;
    }
    qsizetype last = i;
    if (tokens.isPunct(i + 1, u'.'))
        last = i + 2;
    if (last >= tokens.size())
        return {};
    const SqlToken::Kind kind = tokens.at(last).kind;
    if (kind != SqlToken::Kind::Word && kind != SqlToken::Kind::QuotedIdentifier && kind != SqlToken::Kind::String && kind != SqlToken::Kind::Blob)
        return {};
    return createSql.left(tokens.at(i).start) + sqliteQuote(name) + createSql.mid(tokens.at(last).end);
}

QString sqliteGeneratedCreateTableSql(const Table &table, const QString &name)
{
    QStringList items;
    for (const Column &c : table.columns)
        items << sqliteColumnDefinition(c, table, false);
    const QStringList key = table.primaryKeyColumns();
    if (key.size() > 1) {
        QStringList quoted;
        for (const QString &k : key)
            quoted << sqliteQuote(k);
        items << QStringLiteral("PRIMARY KEY (%1)").arg(quoted.join(QStringLiteral(", ")));
    }
    for (const UniqueConstraint &u : table.uniques) {
        QStringList quoted;
        for (const QString &c : u.columns)
            quoted << sqliteQuote(c);
        items << QStringLiteral("UNIQUE (%1)").arg(quoted.join(QStringLiteral(", ")));
    }
    for (const CheckConstraint &check : table.checks)
        items << (check.name.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(sqliteQuote(check.name)))
                + QStringLiteral("CHECK (%1)").arg(check.expression);
    for (const ForeignKey &fk : table.foreignKeys) {
        QStringList quoted;
        for (const QString &c : fk.columns)
            quoted << sqliteQuote(c);
        items << QStringLiteral("FOREIGN KEY (%1) %2").arg(quoted.join(QStringLiteral(", ")), foreignKeyClause(fk));
    }
    QStringList options;
    if (table.strict)
        options << QStringLiteral("STRICT");
    if (table.withoutRowid)
        options << QStringLiteral("WITHOUT ROWID");
    QString sql = QStringLiteral("CREATE TABLE %1 (%2)").arg(sqliteQuote(name), items.join(QStringLiteral(", ")));
    if (!options.isEmpty())
        sql += u' ' + options.join(QStringLiteral(", "));
    return sql;
}

QString sqliteCreateTableSql(const Table &table, const QString &name)
{
    if (!table.sql.isEmpty() && table.name == name)
        return table.sql; // byte for byte what the user wrote
    if (!table.sql.isEmpty()) {
        const QString swapped = sqliteSwapCreateTableName(table.sql, name);
        if (!swapped.isEmpty())
            return swapped;
    }
    return sqliteGeneratedCreateTableSql(table, name);
}

QString sqliteCreateIndexSql(const Index &index)
{
    if (!index.sql.isEmpty())
        return index.sql;
    QStringList parts;
    for (const IndexPart &p : index.parts) {
        QString part = p.column.isEmpty() ? p.expression : sqliteQuote(p.column);
        if (!p.collation.isEmpty())
            part += QStringLiteral(" COLLATE ") + p.collation;
        if (p.descending)
            part += QStringLiteral(" DESC");
        parts << part;
    }
    QString sql = QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                      .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), sqliteQuote(index.name),
                           sqliteQuote(index.table), parts.join(QStringLiteral(", ")));
    if (!index.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + index.where;
    return sql;
}

} // namespace SchemaPilot::Core
