#include "dialects/postgres/postgresdiffhooks.h"

#include "common/sqllexer.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

namespace SchemaPilot::Core {

namespace {

// Internal names and SQL spellings mapped to what format_type() prints.
const QHash<QString, QString> &typeAliases()
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("serial"), QStringLiteral("integer")},
        {QStringLiteral("serial4"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("bigserial"), QStringLiteral("bigint")},
        {QStringLiteral("serial8"), QStringLiteral("bigint")},
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("smallserial"), QStringLiteral("smallint")},
        {QStringLiteral("serial2"), QStringLiteral("smallint")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("float"), QStringLiteral("double precision")},
        {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("decimal"), QStringLiteral("numeric")},
        {QStringLiteral("varchar"), QStringLiteral("character varying")},
        {QStringLiteral("char"), QStringLiteral("character")},
        {QStringLiteral("bpchar"), QStringLiteral("character")},
        {QStringLiteral("varbit"), QStringLiteral("bit varying")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp without time zone")},
        {QStringLiteral("timestamptz"), QStringLiteral("timestamp with time zone")},
        {QStringLiteral("time"), QStringLiteral("time without time zone")},
        {QStringLiteral("timetz"), QStringLiteral("time with time zone")},
    };
    return aliases;
}

// A cast PostgreSQL adds to a literal: ::text, ::character varying(20), ::timestamp without time zone, ::"Type"[]
const QRegularExpression &castPattern()
{
    static const QRegularExpression cast(QStringLiteral(
        R"(::(?:character varying|bit varying|double precision|(?:timestamp|time) with(?:out)? time zone|"[^"]+"|[A-Za-z_][A-Za-z0-9_$.]*)(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])*)"));
    return cast;
}

// Removes casts outside string literals and quoted names ('a::b' stays as it is).
QString stripCasts(const QString &text)
{
    QString result;
    result.reserve(text.size());
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            result += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            result += c;
            continue;
        }
        if (c == u':' && i + 1 < text.size() && text.at(i + 1) == u':') {
            const QRegularExpressionMatch match =
                castPattern().match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                i += match.capturedLength() - 1;
                continue;
            }
        }
        result += c;
    }
    return result;
}

const QSet<QString> &builtinTypes()
{
    static const QSet<QString> names{
        QStringLiteral("integer"), QStringLiteral("bigint"), QStringLiteral("smallint"), QStringLiteral("boolean"),
        QStringLiteral("double precision"), QStringLiteral("real"), QStringLiteral("numeric"), QStringLiteral("text"),
        QStringLiteral("character varying"), QStringLiteral("character"), QStringLiteral("bit varying"), QStringLiteral("bit"),
        QStringLiteral("timestamp without time zone"), QStringLiteral("timestamp with time zone"),
        QStringLiteral("time without time zone"), QStringLiteral("time with time zone"), QStringLiteral("date"),
        QStringLiteral("interval"), QStringLiteral("uuid"), QStringLiteral("json"), QStringLiteral("jsonb"), QStringLiteral("bytea"),
        QStringLiteral("inet"), QStringLiteral("cidr"), QStringLiteral("money"), QStringLiteral("xml"), QStringLiteral("tsvector"),
    };
    return names;
}

struct ExpressionToken {
    QString text;
    SqlToken::Kind kind = SqlToken::Kind::Operator;
    bool isOpen() const { return kind == SqlToken::Kind::Operator && text == u'('; }
    bool isClose() const { return kind == SqlToken::Kind::Operator && text == u')'; }
    bool isComma() const { return kind == SqlToken::Kind::Operator && text == u','; }
    bool isName() const { return kind == SqlToken::Kind::Word || kind == SqlToken::Kind::QuotedIdentifier; }
};

QList<qsizetype> matchingParens(const QList<ExpressionToken> &tokens)
{
    QList<qsizetype> match(tokens.size(), -1);
    QList<qsizetype> open;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].isOpen()) {
            open.append(i);
        } else if (tokens[i].isClose() && !open.isEmpty()) {
            match[open.takeLast()] = i;
        }
    }
    return match;
}

// A comma directly inside the group at `open`: "(a, b)" is a row, not a grouped expression.
// Commas inside nested parentheses or array brackets do not count.
bool hasTopLevelComma(const QList<ExpressionToken> &tokens, const QList<qsizetype> &match, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open + 1; i < match[open]; ++i) {
        const ExpressionToken &t = tokens[i];
        if (t.kind != SqlToken::Kind::Operator)
            continue;
        if (t.text == u'(' || t.text == u'[')
            ++depth;
        else if (t.text == u')' || t.text == u']')
            --depth;
        else if (depth == 0 && t.isComma())
            return true;
    }
    return false;
}

// Parentheses that group nothing: around one name or literal, "(status)", "('draft')", or a second
// pair around the same group, "((ARRAY[...]))". PostgreSQL's deparser adds and drops them between
// the text it is given and the text it prints, so a CHECK re-created from its printed form prints
// differently again.
bool removeRedundantParens(QList<ExpressionToken> &tokens)
{
    const QList<qsizetype> match = matchingParens(tokens);
    QList<bool> drop(tokens.size(), false);
    bool changed = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const qsizetype close = match[i];
        if (close < 0 || drop[i])
            continue;
        const bool callArguments = i > 0 && tokens[i - 1].isName();
        const bool aroundAtom = close == i + 2 && !tokens[i + 1].isOpen() && !tokens[i + 1].isClose()
                                && tokens[i + 1].kind != SqlToken::Kind::Operator && !callArguments;
        const bool aroundGroup = tokens[i + 1].isOpen() && match[i + 1] == close - 1
                                 && !hasTopLevelComma(tokens, match, i + 1);
        if (aroundAtom || aroundGroup) {
            drop[i] = drop[close] = true;
            changed = true;
        }
    }
    QList<ExpressionToken> kept;
    kept.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i)
        if (!drop[i])
            kept.append(std::move(tokens[i]));
    tokens = std::move(kept);
    return changed;
}

// Tokens joined by single spaces, without the parentheses that change nothing.
QString canonicalExpressionText(const QString &text)
{
    SqlLexerOptions options;
    options.backtickIdentifiers = false;
    options.bracketIdentifiers = false;
    options.dollarQuotedStrings = true;
    QList<ExpressionToken> tokens;
    SqlLexer lexer(text, options);
    SqlToken token;
    while (lexer.next(&token))
        tokens.append(ExpressionToken{lexer.text(token).toString().simplified(), token.kind});
    while (removeRedundantParens(tokens)) {
    }
    QStringList parts;
    parts.reserve(tokens.size());
    for (const ExpressionToken &t : tokens)
        parts.append(t.text);
    return parts.join(u' ');
}

} // namespace

QString PostgresDiffHooks::canonicalType(const QString &type)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\s*([A-Za-z_][A-Za-z0-9_ ]*?)\s*(\([^)]*\))?\s*((?:\[\d*\])*)\s*$)"));
    const QRegularExpressionMatch match = shape.match(type);
    if (!match.hasMatch())
        return type.simplified();
    // Built-in names fold to lower case; user types keep their case (format_type quotes mixed case).
    QString base = match.captured(1).simplified();
    const QString lower = base.toLower();
    if (typeAliases().contains(lower))
        base = typeAliases().value(lower);
    else if (builtinTypes().contains(lower))
        base = lower;
    QString modifier = match.captured(2);
    modifier.remove(u' ');
    QString arrays = match.captured(3);
    arrays.replace(QRegularExpression(QStringLiteral(R"(\[\d+\])")), QStringLiteral("[]"));
    // A time zone spelled after the modifier: "timestamp(3) with time zone" prints as such.
    return base + modifier + arrays;
}

bool PostgresDiffHooks::typesEquivalent(const QString &a, const QString &b) const
{
    return a == b || canonicalType(a) == canonicalType(b);
}

QString PostgresDiffHooks::normaliseDefault(const QString &expression) const
{
    QString text = stripCasts(expression.trimmed());
    // nextval('t_id_seq'::regclass) lost its cast above; parentheses PostgreSQL puts around numbers go too.
    static const QRegularExpression wrappedNumber(QStringLiteral(R"(^\((-?\d+(?:\.\d+)?)\)$)"));
    const QRegularExpressionMatch number = wrappedNumber.match(text);
    if (number.hasMatch())
        text = number.captured(1);
    return text.simplified();
}

QString PostgresDiffHooks::normaliseExpression(const QString &expression) const
{
    return canonicalExpressionText(stripCasts(expression.simplified()));
}

QString PostgresDiffHooks::tableDefinitionDifference(const Table &, const Table &) const
{
    // Storage parameters and comments are in the model and diffed as such; PostgreSQL keeps no
    // CREATE text that could show anything more.
    return {};
}

} // namespace SchemaPilot::Core
