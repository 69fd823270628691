#include "dialects/sqlite/sqlitetokenizer.h"

#include <QSet>

namespace SchemaPilot::Core {

namespace {

// ASCII is decided inline: the lexer runs over every CREATE text of both schemas.
bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f' || (c.unicode() >= 0x80 && c.isSpace());
}

bool isIdentifierStart(QChar c)
{
    return isAsciiLetter(c) || c == u'_' || c.unicode() >= 0x80;
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || isAsciiDigit(c) || c == u'$';
}

// Length of the operator at `i`: the two- and three-character ones SQLite knows, else 1.
qsizetype operatorLength(QStringView sql, qsizetype i)
{
    const QChar c = sql[i];
    const QChar d = i + 1 < sql.size() ? sql[i + 1] : QChar();
    switch (c.unicode()) {
    case u'-':
        if (d == u'>')
            return i + 2 < sql.size() && sql[i + 2] == u'>' ? 3 : 2;
        return 1;
    case u'|':
        return d == u'|' ? 2 : 1;
    case u'<':
        return d == u'<' || d == u'=' || d == u'>' ? 2 : 1;
    case u'>':
        return d == u'>' || d == u'=' ? 2 : 1;
    case u'=':
    case u'!':
        return d == u'=' ? 2 : 1;
    default:
        return 1;
    }
}

// Position after the quoted run that opens at `pos`; a doubled closing quote stands for itself.
qsizetype skipQuoted(QStringView sql, qsizetype pos, QChar close)
{
    qsizetype i = pos + 1;
    while (i < sql.size()) {
        if (sql[i] == close) {
            if (close != u']' && i + 1 < sql.size() && sql[i + 1] == close) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return i;
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

bool SqliteLexer::next(SqliteLexeme *out)
{
    using Kind = SqliteToken::Kind;
    const QStringView sql = m_sql;
    const qsizetype n = sql.size();
    qsizetype i = m_pos;
    while (i < n) {
        const QChar c = sql[i];
        if (isSpace(c)) {
            ++i;
        } else if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            const qsizetype end = sql.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 2;
        } else {
            break;
        }
    }
    if (i >= n) {
        m_pos = n;
        return false;
    }
    const QChar c = sql[i];
    qsizetype end = i + 1;
    Kind kind = Kind::Operator;
    if (c == u'\'') {
        kind = Kind::String;
        end = skipQuoted(sql, i, u'\'');
    } else if ((c == u'x' || c == u'X') && i + 1 < n && sql[i + 1] == u'\'') {
        kind = Kind::Blob;
        end = skipQuoted(sql, i + 1, u'\'');
    } else if (c == u'"' || c == u'`' || c == u'[') {
        kind = Kind::QuotedIdentifier;
        end = skipQuoted(sql, i, c == u'[' ? QChar(u']') : c);
    } else if (isAsciiDigit(c) || (c == u'.' && i + 1 < n && isAsciiDigit(sql[i + 1]))) {
        kind = Kind::Number;
        qsizetype j = i;
        if (c == u'0' && j + 1 < n && (sql[j + 1] == u'x' || sql[j + 1] == u'X')) {
            j += 2;
            while (j < n && isHexDigit(sql[j]))
                ++j;
        } else {
            while (j < n && (isAsciiDigit(sql[j]) || sql[j] == u'.' || sql[j] == u'_'))
                ++j;
            if (j < n && (sql[j] == u'e' || sql[j] == u'E')) {
                qsizetype k = j + 1;
                if (k < n && (sql[k] == u'+' || sql[k] == u'-'))
                    ++k;
                if (k < n && isAsciiDigit(sql[k])) {
                    j = k;
                    while (j < n && isAsciiDigit(sql[j]))
                        ++j;
                }
            }
        }
        end = j;
    } else if (isIdentifierStart(c)) {
        kind = Kind::Word;
        while (end < n && isIdentifierPart(sql[end]))
            ++end;
    } else if (c == u'?' || c == u':' || c == u'@' || c == u'$') {
        kind = Kind::Parameter;
        while (end < n && isIdentifierPart(sql[end]))
            ++end;
    } else {
        end = i + operatorLength(sql, i);
    }
    out->kind = kind;
    out->raw = sql.mid(i, end - i);
    m_pos = end;
    return true;
}

QString unquoteIdentifier(QStringView raw)
{
    if (raw.isEmpty())
        return {};
    const QChar open = raw.front();
    const QChar close = open == u'[' ? QChar(u']') : open;
    QStringView inner = raw.mid(1);
    if (inner.endsWith(close))
        inner.chop(1);
    if (open == u'[')
        return inner.toString();
    QString doubled(2, close);
    return inner.toString().replace(doubled, QString(close));
}

QList<SqliteToken> tokenizeSqlite(QStringView sql)
{
    using Kind = SqliteToken::Kind;
    QList<SqliteToken> tokens;
    SqliteLexer lexer(sql);
    SqliteLexeme lexeme;
    while (lexer.next(&lexeme)) {
        switch (lexeme.kind) {
        case Kind::QuotedIdentifier:
            tokens.append({lexeme.kind, unquoteIdentifier(lexeme.raw)});
            break;
        case Kind::Blob:
            tokens.append({lexeme.kind, lexeme.raw.toString().toUpper()});
            break;
        default:
            tokens.append({lexeme.kind, lexeme.raw.toString()});
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
