#include "dialects/postgres/postgresdiffhooks.h"

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
    QString text = stripCasts(expression.simplified());
    static const QRegularExpression spaceAroundParens(QStringLiteral(R"(\s*([()])\s*)"));
    text.replace(spaceAroundParens, QStringLiteral("\\1"));
    return text;
}

QString PostgresDiffHooks::tableDefinitionDifference(const Table &, const Table &) const
{
    // Storage parameters and comments are in the model and diffed as such; PostgreSQL keeps no
    // CREATE text that could show anything more.
    return {};
}

} // namespace SchemaPilot::Core
