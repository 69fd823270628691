#include "dialects/sqlite/sqliteddl.h"

#include "dialects/sqlite/sqliteinspector.h"

#include <QRegularExpression>

namespace SchemaPilot::Core {

namespace {

// Skips whitespace and comments from `i`; returns the index of the next token.
qsizetype skipSpace(const QString &sql, qsizetype i)
{
    while (i < sql.size()) {
        if (sql[i].isSpace()) {
            ++i;
        } else if (sql.mid(i, 2) == QLatin1String("--")) {
            while (i < sql.size() && sql[i] != u'\n')
                ++i;
        } else if (sql.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 2;
        } else {
            break;
        }
    }
    return i;
}

// End of the identifier token starting at `i` (bare word or quoted), -1 when there is none.
qsizetype identifierEnd(const QString &sql, qsizetype i)
{
    if (i >= sql.size())
        return -1;
    const QChar open = sql[i];
    const QChar close = open == u'[' ? u']' : open;
    if (open == u'"' || open == u'`' || open == u'[' || open == u'\'') {
        qsizetype j = i + 1;
        while (j < sql.size()) {
            if (sql[j] == close) {
                if (close != u']' && j + 1 < sql.size() && sql[j + 1] == close) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            ++j;
        }
        return -1;
    }
    qsizetype j = i;
    while (j < sql.size() && (sql[j].isLetterOrNumber() || sql[j] == u'_' || sql[j] == u'$'))
        ++j;
    return j > i ? j : -1;
}

bool keywordAt(const QString &sql, qsizetype i, QLatin1StringView keyword)
{
    const qsizetype end = identifierEnd(sql, i);
    return end > i && sql[i].isLetter() && QStringView(sql).mid(i, end - i).compare(keyword, Qt::CaseInsensitive) == 0;
}

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
    qsizetype i = skipSpace(createSql, 0);
    if (!keywordAt(createSql, i, QLatin1StringView("CREATE")))
        return {};
    i = skipSpace(createSql, identifierEnd(createSql, i));
    if (keywordAt(createSql, i, QLatin1StringView("TEMP")) || keywordAt(createSql, i, QLatin1StringView("TEMPORARY")))
        i = skipSpace(createSql, identifierEnd(createSql, i));
    if (!keywordAt(createSql, i, QLatin1StringView("TABLE")))
        return {};
    i = skipSpace(createSql, identifierEnd(createSql, i));
    if (keywordAt(createSql, i, QLatin1StringView("IF"))) {
        for (QLatin1StringView word : {QLatin1StringView("IF"), QLatin1StringView("NOT"), QLatin1StringView("EXISTS")}) {
            if (!keywordAt(createSql, i, word))
                return {};
            i = skipSpace(createSql, identifierEnd(createSql, i));
        }
    }
    const qsizetype start = i;
    qsizetype end = identifierEnd(createSql, i);
    if (end < 0)
        return {};
    // schema-qualified: main."t"
    const qsizetype dot = skipSpace(createSql, end);
    if (dot < createSql.size() && createSql[dot] == u'.') {
        end = identifierEnd(createSql, skipSpace(createSql, dot + 1));
        if (end < 0)
            return {};
    }
    return createSql.left(start) + sqliteQuote(name) + createSql.mid(end);
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
