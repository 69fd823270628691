#include "common/sqllexer.h"

namespace SchemaPilot::Core {

namespace {

// ASCII is decided inline: the lexer runs over every CREATE text of both schemas.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v'
           || (c.unicode() >= 0x80 && c.isSpace());
}

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c.unicode() >= 0x80;
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || isAsciiDigit(c) || c == u'$';
}

// Length of the operator at `i`: the two- and three-character ones SQL engines share, else 1.
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

} // namespace

qsizetype SqlLexer::skipSpaceAndComments(qsizetype i) const
{
    const QStringView sql = m_sql;
    const qsizetype n = sql.size();
    while (i < n) {
        const QChar c = sql[i];
        if (isSpace(c)) {
            ++i;
        } else if ((c == u'-' && i + 1 < n && sql[i + 1] == u'-') || (c == u'#' && m_options.hashComments)) {
            while (i < n && sql[i] != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            const qsizetype end = sql.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 2;
        } else {
            break;
        }
    }
    return i;
}

// Position after the quoted run that opens at `pos`; a doubled closing quote stands for itself
// (not in [...], which has no escape), and so does a backslash-escaped one where enabled.
qsizetype SqlLexer::skipQuoted(qsizetype pos, QChar close) const
{
    const QStringView sql = m_sql;
    const bool backslash = m_options.backslashEscapes && close == u'\'';
    qsizetype i = pos + 1;
    while (i < sql.size()) {
        if (backslash && sql[i] == u'\\') {
            i += 2;
            continue;
        }
        if (sql[i] == close) {
            if (close != u']' && i + 1 < sql.size() && sql[i + 1] == close) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return sql.size();
}

qsizetype SqlLexer::numberEnd(qsizetype i) const
{
    const QStringView sql = m_sql;
    const qsizetype n = sql.size();
    qsizetype j = i;
    if (sql[j] == u'0' && j + 1 < n && (sql[j + 1] == u'x' || sql[j + 1] == u'X')) {
        j += 2;
        while (j < n && isHexDigit(sql[j]))
            ++j;
        return j;
    }
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
    return j;
}

// For "$tag$" at `i`: the position after the matching closing "$tag$"; -1 when `i` opens no
// dollar quote (e.g. the parameter $1).
qsizetype SqlLexer::dollarQuoteEnd(qsizetype i) const
{
    const QStringView sql = m_sql;
    qsizetype j = i + 1;
    if (j < sql.size() && isAsciiDigit(sql[j]))
        return -1;
    while (j < sql.size() && sql[j] != u'$') {
        if (!isIdentifierPart(sql[j]) || sql[j] == u'$')
            return -1;
        ++j;
    }
    if (j >= sql.size())
        return -1;
    const QStringView tag = sql.mid(i, j - i + 1);
    const qsizetype close = sql.indexOf(tag, j + 1);
    return close < 0 ? sql.size() : close + tag.size();
}

bool SqlLexer::next(SqlToken *out)
{
    using Kind = SqlToken::Kind;
    const QStringView sql = m_sql;
    const qsizetype n = sql.size();
    const qsizetype i = skipSpaceAndComments(m_pos);
    if (i >= n) {
        m_pos = n;
        return false;
    }
    const QChar c = sql[i];
    qsizetype end = i + 1;
    Kind kind = Kind::Operator;
    if (c == u'\'') {
        kind = Kind::String;
        end = skipQuoted(i, u'\'');
    } else if ((c == u'x' || c == u'X') && i + 1 < n && sql[i + 1] == u'\'') {
        kind = Kind::Blob;
        end = skipQuoted(i + 1, u'\'');
    } else if (c == u'"' || (c == u'`' && m_options.backtickIdentifiers) || (c == u'[' && m_options.bracketIdentifiers)) {
        kind = Kind::QuotedIdentifier;
        end = skipQuoted(i, c == u'[' ? QChar(u']') : c);
    } else if (isAsciiDigit(c) || (c == u'.' && i + 1 < n && isAsciiDigit(sql[i + 1]))) {
        kind = Kind::Number;
        end = numberEnd(i);
    } else if (isIdentifierStart(c)) {
        kind = Kind::Word;
        while (end < n && isIdentifierPart(sql[end]))
            ++end;
    } else if (c == u'$' && m_options.dollarQuotedStrings && dollarQuoteEnd(i) >= 0) {
        kind = Kind::String;
        end = dollarQuoteEnd(i);
    } else if (c == u'?' || c == u':' || c == u'@' || c == u'$') {
        kind = Kind::Parameter;
        while (end < n && isIdentifierPart(sql[end]))
            ++end;
    } else {
        end = i + operatorLength(sql, i);
    }
    out->kind = kind;
    out->start = i;
    out->end = end;
    m_pos = end;
    return true;
}

QList<SqlToken> sqlTokens(QStringView sql, SqlLexerOptions options)
{
    QList<SqlToken> tokens;
    SqlLexer lexer(sql, options);
    SqlToken token;
    while (lexer.next(&token))
        tokens.append(token);
    return tokens;
}

QString unquoteSqlIdentifier(QStringView raw)
{
    if (raw.isEmpty())
        return {};
    const QChar open = raw.front();
    if (open != u'"' && open != u'`' && open != u'[' && open != u'\'')
        return raw.toString();
    const QChar close = open == u'[' ? QChar(u']') : open;
    QStringView inner = raw.mid(1);
    if (inner.endsWith(close))
        inner.chop(1);
    if (open == u'[')
        return inner.toString();
    return inner.toString().replace(QString(2, close), QString(close));
}

QStringList sqlIdentifierTokens(const QString &sql)
{
    QStringList names;
    SqlLexer lexer(sql);
    SqlToken token;
    while (lexer.next(&token)) {
        if (token.kind == SqlToken::Kind::Word)
            names << lexer.text(token).toString();
        else if (token.kind == SqlToken::Kind::QuotedIdentifier)
            names << unquoteSqlIdentifier(lexer.text(token));
    }
    return names;
}

bool sqlMentionsIdentifier(const QString &sql, const QString &name)
{
    SqlLexer lexer(sql);
    SqlToken token;
    while (lexer.next(&token)) {
        if (token.kind == SqlToken::Kind::Word) {
            if (lexer.text(token).compare(name, Qt::CaseInsensitive) == 0)
                return true;
        } else if (token.kind == SqlToken::Kind::QuotedIdentifier) {
            if (unquoteSqlIdentifier(lexer.text(token)).compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace SchemaPilot::Core
