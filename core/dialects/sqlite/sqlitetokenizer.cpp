#include "dialects/sqlite/sqlitetokenizer.h"

#include <QSet>

namespace SchemaPilot::Core {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c == u'$';
}

// Reads a quoted run starting at `pos` (which holds the opening quote); a doubled closing quote
// stands for itself. Returns the position after the closing quote.
qsizetype readQuoted(QStringView sql, qsizetype pos, QChar close, QString *content)
{
    qsizetype i = pos + 1;
    while (i < sql.size()) {
        if (sql[i] == close) {
            if (close != u']' && i + 1 < sql.size() && sql[i + 1] == close) {
                content->append(close);
                i += 2;
                continue;
            }
            return i + 1;
        }
        content->append(sql[i]);
        ++i;
    }
    return i;
}

} // namespace

QList<SqliteToken> tokenizeSqlite(QStringView sql)
{
    using Kind = SqliteToken::Kind;
    QList<SqliteToken> tokens;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            const qsizetype end = sql.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (c == u'\'') {
            QString content;
            const qsizetype end = readQuoted(sql, i, u'\'', &content);
            tokens.append({Kind::String, sql.mid(i, end - i).toString()});
            i = end;
            continue;
        }
        if ((c == u'x' || c == u'X') && i + 1 < n && sql[i + 1] == u'\'') {
            QString content;
            const qsizetype end = readQuoted(sql, i + 1, u'\'', &content);
            tokens.append({Kind::Blob, QStringLiteral("X'") + content.toUpper() + QChar(u'\'')});
            i = end;
            continue;
        }
        if (c == u'"' || c == u'`' || c == u'[') {
            QString content;
            const QChar close = c == u'[' ? QChar(u']') : c;
            i = readQuoted(sql, i, close, &content);
            tokens.append({Kind::QuotedIdentifier, content});
            continue;
        }
        if (c.isDigit() || (c == u'.' && i + 1 < n && sql[i + 1].isDigit())) {
            qsizetype j = i;
            if (c == u'0' && j + 1 < n && (sql[j + 1] == u'x' || sql[j + 1] == u'X')) {
                j += 2;
                while (j < n && (sql[j].isDigit() || QStringView(u"abcdefABCDEF").contains(sql[j])))
                    ++j;
            } else {
                while (j < n && (sql[j].isDigit() || sql[j] == u'.' || sql[j] == u'_'))
                    ++j;
                if (j < n && (sql[j] == u'e' || sql[j] == u'E')) {
                    qsizetype k = j + 1;
                    if (k < n && (sql[k] == u'+' || sql[k] == u'-'))
                        ++k;
                    if (k < n && sql[k].isDigit()) {
                        j = k;
                        while (j < n && sql[j].isDigit())
                            ++j;
                    }
                }
            }
            tokens.append({Kind::Number, sql.mid(i, j - i).toString()});
            i = j;
            continue;
        }
        if (isIdentifierStart(c)) {
            qsizetype j = i + 1;
            while (j < n && isIdentifierPart(sql[j]))
                ++j;
            tokens.append({Kind::Word, sql.mid(i, j - i).toString()});
            i = j;
            continue;
        }
        if (c == u'?' || c == u':' || c == u'@' || c == u'$') {
            qsizetype j = i + 1;
            while (j < n && isIdentifierPart(sql[j]))
                ++j;
            tokens.append({Kind::Parameter, sql.mid(i, j - i).toString()});
            i = j;
            continue;
        }
        static const QStringView multi[] = {u"->>", u"->", u"||", u"<<", u">>", u"<=", u">=", u"==", u"!=", u"<>"};
        bool matched = false;
        for (QStringView op : multi) {
            if (sql.mid(i).startsWith(op)) {
                tokens.append({Kind::Operator, op.toString()});
                i += op.size();
                matched = true;
                break;
            }
        }
        if (!matched) {
            tokens.append({Kind::Operator, QString(c)});
            ++i;
        }
    }
    return tokens;
}

bool isSqliteKeyword(const QString &word)
{
    // https://sqlite.org/lang_keywords.html, plus names whose unquoted form means something else.
    static const QSet<QString> keywords = [] {
        const char *const list[] = {
            "ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "ALWAYS", "ANALYZE", "AND", "AS", "ASC",
            "ATTACH", "AUTOINCREMENT", "BEFORE", "BEGIN", "BETWEEN", "BY", "CASCADE", "CASE", "CAST",
            "CHECK", "COLLATE", "COLUMN", "COMMIT", "CONFLICT", "CONSTRAINT", "CREATE", "CROSS", "CURRENT",
            "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATABASE", "DEFAULT", "DEFERRABLE",
            "DEFERRED", "DELETE", "DESC", "DETACH", "DISTINCT", "DO", "DROP", "EACH", "ELSE", "END",
            "ESCAPE", "EXCEPT", "EXCLUDE", "EXCLUSIVE", "EXISTS", "EXPLAIN", "FAIL", "FILTER", "FIRST",
            "FOLLOWING", "FOR", "FOREIGN", "FROM", "FULL", "GENERATED", "GLOB", "GROUP", "GROUPS", "HAVING",
            "IF", "IGNORE", "IMMEDIATE", "IN", "INDEX", "INDEXED", "INITIALLY", "INNER", "INSERT", "INSTEAD",
            "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "KEY", "LAST", "LEFT", "LIKE", "LIMIT", "MATCH",
            "MATERIALIZED", "NATURAL", "NO", "NOT", "NOTHING", "NOTNULL", "NULL", "NULLS", "OF", "OFFSET",
            "ON", "OR", "ORDER", "OTHERS", "OUTER", "OVER", "PARTITION", "PLAN", "PRAGMA", "PRECEDING",
            "PRIMARY", "QUERY", "RAISE", "RANGE", "RECURSIVE", "REFERENCES", "REGEXP", "REINDEX", "RELEASE",
            "RENAME", "REPLACE", "RESTRICT", "RETURNING", "RIGHT", "ROLLBACK", "ROW", "ROWS", "SAVEPOINT",
            "SELECT", "SET", "TABLE", "TEMP", "TEMPORARY", "THEN", "TIES", "TO", "TRANSACTION", "TRIGGER",
            "UNBOUNDED", "UNION", "UNIQUE", "UPDATE", "USING", "VACUUM", "VALUES", "VIEW", "VIRTUAL", "WHEN",
            "WHERE", "WINDOW", "WITH", "WITHOUT",
            // not reserved, but quoting changes what they mean
            "TRUE", "FALSE", "ROWID", "OID", "_ROWID_", "STRICT"};
        QSet<QString> set;
        for (const char *k : list)
            set.insert(QString::fromLatin1(k));
        return set;
    }();
    return keywords.contains(word.toUpper());
}

} // namespace SchemaPilot::Core
