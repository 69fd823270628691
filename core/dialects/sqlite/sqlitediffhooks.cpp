#include "dialects/sqlite/sqlitediffhooks.h"

#include "common/tr.h"
#include "dialects/sqlite/sqlitetokenizer.h"

#include <QRegularExpression>

namespace SchemaPilot::Core {

namespace {

using Kind = SqliteToken::Kind;

enum class IdentifierMode {
    Normalise,  // "x", `x`, [x] -> X when safe; SQLite identifiers are case-insensitive
    Verbatim,   // defaults: a double-quoted default may be SQLite's string-literal fallback
};

bool isSafeIdentifier(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return plain.match(name).hasMatch() && !isSqliteKeyword(name);
}

QString renderToken(const SqliteToken &token, IdentifierMode mode)
{
    switch (token.kind) {
    case Kind::Word:
        return token.text.toUpper();
    case Kind::QuotedIdentifier:
        if (mode == IdentifierMode::Verbatim)
            return u'"' + QString(token.text).replace(u'"', QStringLiteral("\"\"")) + u'"';
        if (isSafeIdentifier(token.text))
            return token.text.toUpper();
        return u'"' + token.text.toUpper().replace(u'"', QStringLiteral("\"\"")) + u'"';
    case Kind::Operator:
        // SQLite treats these spellings as the same operator.
        if (token.text == u"==")
            return QStringLiteral("=");
        if (token.text == u"<>")
            return QStringLiteral("!=");
        return token.text;
    case Kind::Number:
        return token.text.toUpper();
    case Kind::String:
    case Kind::Blob:
    case Kind::Parameter:
        return token.text;
    }
    return token.text;
}

bool isWordLike(const SqliteToken &token)
{
    return token.kind != Kind::Operator;
}

// Tokens joined with a single space between word-like neighbours only, so "a+b" == "a + b"
// and "f( x )" == "f(x)".
QString render(const QList<SqliteToken> &tokens, qsizetype from, qsizetype to, IdentifierMode mode)
{
    QString out;
    for (qsizetype i = from; i < to; ++i) {
        if (i > from && isWordLike(tokens[i - 1]) && isWordLike(tokens[i]))
            out += u' ';
        out += renderToken(tokens[i], mode);
    }
    return out;
}

bool isOperator(const SqliteToken &token, QStringView text)
{
    return token.kind == Kind::Operator && token.text == text;
}

// Index of the ")" matching the "(" at `open`, or -1.
qsizetype matchingParen(const QList<SqliteToken> &tokens, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < tokens.size(); ++i) {
        if (isOperator(tokens[i], u"("))
            ++depth;
        else if (isOperator(tokens[i], u")") && --depth == 0)
            return i;
    }
    return -1;
}

QString normaliseTypeText(const QString &type)
{
    QString out;
    out.reserve(type.size());
    bool pendingSpace = false;
    for (const QChar c : type) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        const bool punct = c == u'(' || c == u')' || c == u',';
        if (pendingSpace && !punct && !out.endsWith(u'(') && !out.endsWith(u','))
            out += u' ';
        pendingSpace = false;
        out += c.toUpper();
    }
    return out;
}

// The part of a CREATE TABLE statement after its name: from the column list on.
qsizetype bodyStart(const QList<SqliteToken> &tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i)
        if (isOperator(tokens[i], u"("))
            return i;
    // CREATE TABLE ... AS SELECT: skip "CREATE [TEMP] TABLE [IF NOT EXISTS] name"
    for (qsizetype i = 0; i < tokens.size(); ++i)
        if (tokens[i].kind == Kind::Word && tokens[i].text.compare(u"AS", Qt::CaseInsensitive) == 0)
            return i;
    return 0;
}

// For people: spaced like hand-written SQL, "a INTEGER, b TEXT) WITHOUT ROWID".
QString excerpt(const QList<SqliteToken> &tokens, qsizetype at)
{
    constexpr qsizetype width = 6;
    if (at >= tokens.size())
        return Tr::tr("(end)");
    const qsizetype end = std::min(tokens.size(), at + width);
    QString text;
    for (qsizetype i = at; i < end; ++i) {
        const bool glued = i == at || isOperator(tokens[i - 1], u"(") || isOperator(tokens[i - 1], u".")
                           || isOperator(tokens[i], u")") || isOperator(tokens[i], u",") || isOperator(tokens[i], u".");
        if (!glued)
            text += u' ';
        text += renderToken(tokens[i], IdentifierMode::Normalise);
    }
    if (end < tokens.size())
        text += QStringLiteral(" …");
    return text;
}

} // namespace

bool SqliteDiffHooks::typesEquivalent(const QString &a, const QString &b) const
{
    // Declared types stay distinct (INT PRIMARY KEY is no rowid alias, STRICT checks the name);
    // only spelling that SQLite itself ignores is folded.
    return a == b || normaliseTypeText(a) == normaliseTypeText(b);
}

QString SqliteDiffHooks::normaliseDefault(const QString &expression) const
{
    QList<SqliteToken> tokens = tokenizeSqlite(expression);
    qsizetype from = 0;
    qsizetype to = tokens.size();
    // DEFAULT (0) and DEFAULT 0 store the same value.
    while (to - from >= 2 && isOperator(tokens[from], u"(") && matchingParen(tokens, from) == to - 1) {
        ++from;
        --to;
    }
    return render(tokens.mid(from, to - from), 0, to - from, IdentifierMode::Verbatim);
}

QString SqliteDiffHooks::normaliseExpression(const QString &expression) const
{
    const QList<SqliteToken> tokens = tokenizeSqlite(expression);
    return render(tokens, 0, tokens.size(), IdentifierMode::Normalise);
}

QString SqliteDiffHooks::tableDefinitionDifference(const Table &current, const Table &desired) const
{
    if (current.sql.isEmpty() || desired.sql.isEmpty() || current.sql == desired.sql)
        return {};
    const QList<SqliteToken> a = tokenizeSqlite(current.sql);
    const QList<SqliteToken> b = tokenizeSqlite(desired.sql);
    qsizetype i = bodyStart(a);
    qsizetype j = bodyStart(b);
    while (i < a.size() && j < b.size()
           && renderToken(a[i], IdentifierMode::Normalise) == renderToken(b[j], IdentifierMode::Normalise)) {
        ++i;
        ++j;
    }
    if (i == a.size() && j == b.size())
        return {};
    return Tr::tr("stored definition differs: %1 → %2").arg(excerpt(a, i), excerpt(b, j));
}

} // namespace SchemaPilot::Core
