#include "dialects/sqlite/sqlitediffhooks.h"

#include "common/tr.h"
#include "dialects/sqlite/sqlitetokenizer.h"

namespace SchemaPilot::Core {

namespace {

using Kind = SqliteToken::Kind;

enum class IdentifierMode {
    Normalise,  // "x", `x`, [x] -> X when safe; SQLite identifiers are case-insensitive
    Verbatim,   // defaults: a double-quoted default may be SQLite's string-literal fallback
};

bool isSafeIdentifier(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (const QChar c : name)
        if (!(c.isDigit() || c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    return !isSqliteKeyword(name);
}

void appendUpper(QString &out, QStringView text)
{
    const qsizetype start = out.size();
    out += text;
    for (qsizetype i = start; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c >= u'a' && c <= u'z')
            out[i] = QChar(c.unicode() - 32);
        else if (c.unicode() >= 0x80)
            out[i] = c.toUpper();
    }
}

void appendLexeme(QString &out, const SqliteLexeme &lexeme, IdentifierMode mode)
{
    switch (lexeme.kind) {
    case Kind::Word:
    case Kind::Number:
    case Kind::Blob:
        appendUpper(out, lexeme.raw);
        return;
    case Kind::QuotedIdentifier: {
        if (mode == IdentifierMode::Verbatim) {
            out += lexeme.raw;
            return;
        }
        const QString name = unquoteIdentifier(lexeme.raw);
        if (isSafeIdentifier(name)) {
            appendUpper(out, name);
            return;
        }
        out += u'"';
        appendUpper(out, QString(name).replace(u'"', QStringLiteral("\"\"")));
        out += u'"';
        return;
    }
    case Kind::Operator:
        // SQLite treats these spellings as the same operator.
        if (lexeme.raw == u"==")
            out += u'=';
        else if (lexeme.raw == u"<>")
            out += QStringLiteral("!=");
        else
            out += lexeme.raw;
        return;
    case Kind::String:
    case Kind::Parameter:
        out += lexeme.raw;
        return;
    }
}

bool isOperator(const SqliteLexeme &lexeme, QStringView text)
{
    return lexeme.kind == Kind::Operator && lexeme.raw == text;
}

// Canonical text: tokens with a single space between word-like neighbours only, so that
// "a+b" == "a + b" and "f( x )" == "f(x)".
class Renderer final
{
public:
    explicit Renderer(IdentifierMode mode) : m_mode(mode) {}
    void add(const SqliteLexeme &lexeme)
    {
        const bool wordLike = lexeme.kind != Kind::Operator;
        if (m_previousWordLike && wordLike)
            m_out += u' ';
        appendLexeme(m_out, lexeme, m_mode);
        m_previousWordLike = wordLike;
    }
    QString take() { return std::move(m_out); }

private:
    IdentifierMode m_mode;
    QString m_out;
    bool m_previousWordLike = false;
};

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

QList<SqliteLexeme> lexemes(QStringView sql)
{
    QList<SqliteLexeme> list;
    SqliteLexer lexer(sql);
    SqliteLexeme lexeme;
    while (lexer.next(&lexeme))
        list.append(lexeme);
    return list;
}

bool isWord(const SqliteLexeme &lexeme, QStringView word)
{
    return lexeme.kind == Kind::Word && lexeme.raw.compare(word, Qt::CaseInsensitive) == 0;
}

// For "DEFAULT ( x )" with a lone (optionally signed) literal or keyword: the index of the ")",
// else -1. DEFAULT (0) and DEFAULT 0 store the same default.
qsizetype redundantDefaultParen(const QList<SqliteLexeme> &tokens, qsizetype open)
{
    if (open == 0 || !isWord(tokens[open - 1], u"DEFAULT"))
        return -1;
    qsizetype j = open + 1;
    if (j < tokens.size() && (isOperator(tokens[j], u"-") || isOperator(tokens[j], u"+")))
        ++j;
    if (j + 1 >= tokens.size() || tokens[j].kind == Kind::Operator || !isOperator(tokens[j + 1], u")"))
        return -1;
    return j + 1;
}

// The part of a CREATE TABLE statement after its name, from the column list on (or from AS for
// CREATE TABLE ... AS SELECT), without parentheses that change nothing.
QList<SqliteLexeme> tableBody(QStringView sql)
{
    const QList<SqliteLexeme> all = lexemes(sql);
    qsizetype start = 0;
    while (start < all.size() && !isOperator(all[start], u"("))
        ++start;
    if (start == all.size()) {
        start = 0;
        while (start < all.size() && !isWord(all[start], u"AS"))
            ++start;
    }
    QList<SqliteLexeme> body;
    body.reserve(all.size() - start);
    qsizetype skipClose = -1;
    for (qsizetype i = start; i < all.size(); ++i) {
        if (i == skipClose)
            continue;
        if (isOperator(all[i], u"(")) {
            const qsizetype close = redundantDefaultParen(all, i);
            if (close >= 0) {
                skipClose = close;
                continue;
            }
        }
        body.append(all[i]);
    }
    return body;
}

QString render(const QList<SqliteLexeme> &tokens)
{
    Renderer renderer(IdentifierMode::Normalise);
    for (const SqliteLexeme &lexeme : tokens)
        renderer.add(lexeme);
    return renderer.take();
}

QString renderOne(const SqliteLexeme &lexeme)
{
    QString out;
    appendLexeme(out, lexeme, IdentifierMode::Normalise);
    return out;
}

// For people: spaced like hand-written SQL, "a INTEGER, b TEXT) WITHOUT ROWID".
QString excerpt(const QList<SqliteLexeme> &tokens, qsizetype at)
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
        appendLexeme(text, tokens[i], IdentifierMode::Normalise);
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
    const QList<SqliteLexeme> tokens = lexemes(expression);
    qsizetype from = 0;
    qsizetype to = tokens.size();
    // DEFAULT (0) and DEFAULT 0 store the same value: strip parentheses around the whole.
    while (to - from >= 2 && isOperator(tokens[from], u"(") && isOperator(tokens[to - 1], u")")) {
        int depth = 0;
        qsizetype close = -1;
        for (qsizetype i = from; i < to && close < 0; ++i) {
            if (isOperator(tokens[i], u"("))
                ++depth;
            else if (isOperator(tokens[i], u")") && --depth == 0)
                close = i;
        }
        if (close != to - 1)
            break;
        ++from;
        --to;
    }
    Renderer renderer(IdentifierMode::Verbatim);
    for (qsizetype i = from; i < to; ++i)
        renderer.add(tokens[i]);
    return renderer.take();
}

QString SqliteDiffHooks::normaliseExpression(const QString &expression) const
{
    Renderer renderer(IdentifierMode::Normalise);
    SqliteLexer lexer(expression);
    SqliteLexeme lexeme;
    while (lexer.next(&lexeme))
        renderer.add(lexeme);
    return renderer.take();
}

QString SqliteDiffHooks::tableDefinitionDifference(const Table &current, const Table &desired) const
{
    if (current.sql.isEmpty() || desired.sql.isEmpty() || current.sql == desired.sql)
        return {};
    // The lexemes are views into the two texts, which outlive this function.
    const QList<SqliteLexeme> a = tableBody(current.sql);
    const QList<SqliteLexeme> b = tableBody(desired.sql);
    if (render(a) == render(b))
        return {};
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size() && renderOne(a[i]) == renderOne(b[j])) {
        ++i;
        ++j;
    }
    return Tr::tr("stored definition differs: %1 → %2").arg(excerpt(a, i), excerpt(b, j));
}

} // namespace SchemaPilot::Core
