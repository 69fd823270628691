#include "dialects/sqlite/sqlitediffhooks.h"

#include "common/sqllexer.h"
#include "common/tr.h"
#include "dialects/sqlite/sqliteinspector.h"
#include "dialects/sqlite/sqlitekeywords.h"

namespace SchemaPilot::Core {

namespace {

using Kind = SqlToken::Kind;

// A token with its text, so comparisons can keep token lists of two statements side by side.
struct Lexeme {
    Kind kind = Kind::Word;
    QStringView raw;
};

bool nextLexeme(SqlLexer &lexer, Lexeme *out)
{
    SqlToken token;
    if (!lexer.next(&token))
        return false;
    *out = {token.kind, lexer.text(token)};
    return true;
}

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

void appendLexeme(QString &out, const Lexeme &lexeme, IdentifierMode mode)
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
        const QString name = unquoteSqlIdentifier(lexeme.raw);
        appendUpper(out, isSafeIdentifier(name) ? name : sqliteQuote(name));
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

bool isOperator(const Lexeme &lexeme, QStringView text)
{
    return lexeme.kind == Kind::Operator && lexeme.raw == text;
}

// Canonical text: tokens with a single space between word-like neighbours only, so that
// "a+b" == "a + b" and "f( x )" == "f(x)".
class Renderer final
{
public:
    explicit Renderer(IdentifierMode mode) : m_mode(mode) {}
    void add(const Lexeme &lexeme)
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

QList<Lexeme> lexemes(QStringView sql)
{
    QList<Lexeme> list;
    SqlLexer lexer(sql);
    Lexeme lexeme;
    while (nextLexeme(lexer, &lexeme))
        list.append(lexeme);
    return list;
}

bool isWord(const Lexeme &lexeme, QStringView word)
{
    return lexeme.kind == Kind::Word && lexeme.raw.compare(word, Qt::CaseInsensitive) == 0;
}

// For "DEFAULT ( x )" with a lone (optionally signed) literal or keyword: the index of the ")",
// else -1. DEFAULT (0) and DEFAULT 0 store the same default.
qsizetype redundantDefaultParen(const QList<Lexeme> &tokens, qsizetype open)
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
QList<Lexeme> tableBody(QStringView sql)
{
    const QList<Lexeme> all = lexemes(sql);
    qsizetype start = 0;
    while (start < all.size() && !isOperator(all[start], u"("))
        ++start;
    if (start == all.size()) {
        start = 0;
        while (start < all.size() && !isWord(all[start], u"AS"))
            ++start;
    }
    QList<Lexeme> body;
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

QString render(const QList<Lexeme> &tokens)
{
    Renderer renderer(IdentifierMode::Normalise);
    for (const Lexeme &lexeme : tokens)
        renderer.add(lexeme);
    return renderer.take();
}

QString renderOne(const Lexeme &lexeme)
{
    QString out;
    appendLexeme(out, lexeme, IdentifierMode::Normalise);
    return out;
}

// What a CREATE TABLE text says that the model does not: the order of the columns and the
// ON CONFLICT clauses of its constraints ("NAME NOT NULL ON CONFLICT REPLACE").
struct DefinitionResidue {
    QStringList columnOrder;
    QStringList conflictClauses;   // sorted
};

bool startsTableConstraint(const Lexeme &lexeme)
{
    return isWord(lexeme, u"CONSTRAINT") || isWord(lexeme, u"PRIMARY") || isWord(lexeme, u"UNIQUE")
           || isWord(lexeme, u"CHECK") || isWord(lexeme, u"FOREIGN");
}

DefinitionResidue definitionResidue(const QList<Lexeme> &body)
{
    DefinitionResidue residue;
    // Items are the comma-separated column definitions and table constraints at depth 1.
    QList<QList<Lexeme>> items;
    int depth = 0;
    for (const Lexeme &lexeme : body) {
        if (isOperator(lexeme, u"(") && ++depth == 1) {
            items.emplaceBack();
            continue;
        }
        if (isOperator(lexeme, u")") && --depth == 0)
            break;
        if (depth == 1 && isOperator(lexeme, u",")) {
            items.emplaceBack();
            continue;
        }
        if (depth >= 1 && !items.isEmpty())
            items.last().append(lexeme);
    }
    for (const QList<Lexeme> &item : items) {
        if (item.isEmpty())
            continue;
        const bool isColumn = !startsTableConstraint(item.first());
        QString owner;
        if (isColumn) {
            owner = renderOne(item.first());
        } else {
            // "PRIMARY KEY(a, b)": the constraint up to its column list, without its name.
            const qsizetype from = isWord(item.first(), u"CONSTRAINT") ? std::min<qsizetype>(2, item.size()) : 0;
            qsizetype to = from;
            while (to < item.size() && !isOperator(item[to], u")"))
                ++to;
            owner = render(item.mid(from, std::min(to + 1, item.size()) - from));
        }
        if (isColumn)
            residue.columnOrder << owner;
        QString constraint;
        for (qsizetype i = 0; i + 2 < item.size(); ++i) {
            if (isWord(item[i], u"PRIMARY") || isWord(item[i], u"UNIQUE") || isWord(item[i], u"CHECK") || isWord(item[i], u"NULL"))
                constraint = isWord(item[i], u"NULL") ? QStringLiteral("NOT NULL") : renderOne(item[i]);
            if (isWord(item[i], u"ON") && isWord(item[i + 1], u"CONFLICT"))
                residue.conflictClauses << (isColumn ? owner + u' ' + constraint : owner) + QStringLiteral(" ON CONFLICT ")
                                                   + renderOne(item[i + 2]);
        }
    }
    residue.conflictClauses.sort();
    return residue;
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
    const QList<Lexeme> tokens = lexemes(expression);
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
    SqlLexer lexer(expression);
    Lexeme lexeme;
    while (nextLexeme(lexer, &lexeme))
        renderer.add(lexeme);
    return renderer.take();
}

QString SqliteDiffHooks::tableDefinitionDifference(const Table &current, const Table &desired) const
{
    if (current.sql.isEmpty() || desired.sql.isEmpty() || current.sql == desired.sql)
        return {};
    // The lexemes are views into the two texts, which outlive this function.
    const QList<Lexeme> a = tableBody(current.sql);
    const QList<Lexeme> b = tableBody(desired.sql);
    if (render(a) == render(b))
        return {};
    // Spelling that means the same table (a column-level or a table-level PRIMARY KEY, named or
    // unnamed constraints, constraint order) is no difference: only what the model leaves out counts.
    const DefinitionResidue from = definitionResidue(a);
    const DefinitionResidue to = definitionResidue(b);
    if (from.columnOrder != to.columnOrder)
        return Tr::tr("column order %1 → %2").arg(from.columnOrder.join(u", "), to.columnOrder.join(u", "));
    if (from.conflictClauses != to.conflictClauses) {
        const auto describe = [](const QStringList &clauses) {
            return clauses.isEmpty() ? Tr::tr("(none)") : clauses.join(u"; ");
        };
        return Tr::tr("ON CONFLICT clauses %1 → %2").arg(describe(from.conflictClauses), describe(to.conflictClauses));
    }
    return {};
}

} // namespace SchemaPilot::Core
