#include "dialects/postgres/postgresprobesql.h"

#include "dialects/postgres/postgresdiffhooks.h"
#include "dialects/postgres/postgresinspector.h"
#include "dialects/postgres/postgresobjectsteps.h"

#include <QRegularExpression>

namespace SchemaPilot::Core {

namespace {

struct TypeShape {
    QString base;
    int length = -1;   // first modifier: varchar length, numeric precision
    int scale = 0;     // numeric scale
    bool array = false;
};

TypeShape shapeOf(const QString &type)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([^(\[]+?)(?:\((\d+)(?:,(\d+))?\))?((?:\[\])*)$)"));
    const QString canonical = PostgresDiffHooks::canonicalType(type);
    TypeShape shape;
    const QRegularExpressionMatch match = pattern.match(canonical);
    if (!match.hasMatch()) {
        shape.base = canonical;
        return shape;
    }
    shape.base = match.captured(1).trimmed();
    if (!match.captured(2).isEmpty())
        shape.length = match.captured(2).toInt();
    shape.scale = match.captured(3).toInt();
    shape.array = !match.captured(4).isEmpty();
    return shape;
}

bool isText(const QString &base)
{
    return base == u"text" || base == u"character varying" || base == u"character";
}

bool isInteger(const QString &base)
{
    return base == u"smallint" || base == u"integer" || base == u"bigint";
}

bool isNumber(const QString &base)
{
    return isInteger(base) || base == u"numeric" || base == u"real" || base == u"double precision";
}

QString integerRange(const QString &base)
{
    if (base == u"smallint")
        return QStringLiteral("-32768 AND 32767");
    if (base == u"integer")
        return QStringLiteral("-2147483648 AND 2147483647");
    return QStringLiteral("-9223372036854775808 AND 9223372036854775807");
}

const QString kIntegerPattern = QStringLiteral("'^[-+]?[0-9]+$'");
const QString kNumberPattern = QStringLiteral("'^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?$'");
const QString kBooleanWords = QStringLiteral("('t', 'true', 'y', 'yes', 'on', '1', 'f', 'false', 'n', 'no', 'off', '0')");
const QString kDatePattern = QStringLiteral(
    "'^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?)?\\s*([+-][0-9]{2}(:?[0-9]{2})?|Z|UTC)?$'");
const QString kUuidPattern = QStringLiteral(
    "'^[{]?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}[}]?$'");

} // namespace

QString PostgresProbeSqlBuilder::quote(const QString &identifier) const
{
    return postgresQuote(identifier);
}

QString PostgresProbeSqlBuilder::unconvertibleCondition(const QString &column, const Column &fromColumn, const Column &toColumn) const
{
    const TypeShape from = shapeOf(fromColumn.type);
    const TypeShape to = shapeOf(toColumn.type);
    if (from.array || to.array)
        return {};
    const QString c = quote(column);
    const QString asText = QStringLiteral("btrim(%1::text)").arg(c);
    if (isInteger(to.base)) {
        if (isNumber(from.base))
            return QStringLiteral("round(%1::numeric) NOT BETWEEN %2").arg(c, integerRange(to.base));
        if (!isText(from.base))
            return {};
        // CASE keeps the cast away from values the pattern rejects.
        return QStringLiteral("CASE WHEN %1 ~ %2 THEN %1::numeric NOT BETWEEN %3 ELSE true END")
            .arg(asText, kIntegerPattern, integerRange(to.base));
    }
    if (to.base == u"numeric" || to.base == u"real" || to.base == u"double precision") {
        QString valid;
        QString value = QStringLiteral("%1::numeric").arg(c);
        if (isText(from.base)) {
            valid = QStringLiteral("%1 ~ %2").arg(asText, kNumberPattern);
            value = asText + QStringLiteral("::numeric");
        } else if (!isNumber(from.base)) {
            return {};
        }
        QString overflow;
        if (to.base == u"numeric" && to.length > 0)
            overflow = QStringLiteral("abs(round(%1, %2)) >= 1e%3").arg(value).arg(to.scale).arg(to.length - to.scale);
        if (valid.isEmpty())
            return overflow;
        return overflow.isEmpty() ? QStringLiteral("NOT (%1)").arg(valid)
                                  : QStringLiteral("CASE WHEN %1 THEN %2 ELSE true END").arg(valid, overflow);
    }
    if (to.base == u"boolean" && isText(from.base))
        return QStringLiteral("lower(%1) NOT IN %2").arg(asText, kBooleanWords);
    if ((to.base == u"date" || to.base.startsWith(QStringLiteral("timestamp"))) && isText(from.base))
        return QStringLiteral("%1 !~ %2").arg(asText, kDatePattern);
    if (to.base == u"uuid" && isText(from.base))
        return QStringLiteral("%1 !~ %2").arg(asText, kUuidPattern);
    // An enum of the desired schema: the value must be one of its labels.
    for (const SchemaObject &object : m_desired.objects) {
        if (object.kind != u"type" || object.name != toColumn.type)
            continue;
        QStringList labels;
        for (const QString &label : PostgresPlan::enumLabels(object.sql))
            labels << postgresLiteral(label);
        return labels.isEmpty() ? QString() : QStringLiteral("%1::text NOT IN (%2)").arg(c, labels.join(QStringLiteral(", ")));
    }
    return {};
}

QString PostgresProbeSqlBuilder::lossyCondition(const QString &column, const Column &fromColumn, const Column &toColumn) const
{
    const TypeShape from = shapeOf(fromColumn.type);
    const TypeShape to = shapeOf(toColumn.type);
    if (from.array || to.array)
        return {};
    const QString c = quote(column);
    const bool fractional = from.base == u"numeric" || from.base == u"real" || from.base == u"double precision";
    // Only values inside the target's range: the rest are counted (and fail) as MF102.
    const QString convertible = unconvertibleCondition(column, fromColumn, toColumn);
    const auto within = [&convertible](const QString &condition) {
        return convertible.isEmpty() ? condition : QStringLiteral("NOT (%1) AND %2").arg(convertible, condition);
    };
    if (isInteger(to.base) && fractional)
        return within(QStringLiteral("%1::numeric <> trunc(%1::numeric)").arg(c));
    const bool scaleKept = from.base == u"numeric" && from.length > 0 && from.scale <= to.scale;
    if (to.base == u"numeric" && to.length > 0 && fractional && !scaleKept)
        return within(QStringLiteral("%1::numeric <> round(%1::numeric, %2)").arg(c).arg(to.scale));
    if (to.base == u"real" && (from.base == u"double precision" || from.base == u"numeric" || from.base == u"bigint"
                               || from.base == u"integer"))
        return QStringLiteral("abs(%1::double precision) < 3.4e38 AND %1::real::double precision <> %1::double precision").arg(c);
    if (to.base == u"double precision" && (from.base == u"numeric" || from.base == u"bigint"))
        return QStringLiteral("%1::double precision::numeric <> %1::numeric").arg(c);
    if ((to.base == u"character varying" || to.base == u"character") && to.length > 0
        && (isText(from.base) || from.base == u"character varying"))
        return QStringLiteral("length(%1::text) > %2").arg(c).arg(to.length);
    const bool fromTime = from.base.startsWith(QStringLiteral("timestamp"));
    if (to.base == u"date" && fromTime)
        return QStringLiteral("%1::date <> %1").arg(c);
    // timestamp(p)/time(p) with fewer fractional digits (6 when unsaid): PostgreSQL rounds.
    static const QRegularExpression timePrecision(QStringLiteral(R"(^(timestamp|time)(?:\((\d)\))?(.*)$)"));
    const QRegularExpressionMatch fromTimeShape = timePrecision.match(fromColumn.type.trimmed().toLower());
    const QRegularExpressionMatch toTimeShape = timePrecision.match(toColumn.type.trimmed().toLower());
    if (fromTimeShape.hasMatch() && toTimeShape.hasMatch() && fromTimeShape.captured(1) == toTimeShape.captured(1)
        && fromTimeShape.captured(3).simplified() == toTimeShape.captured(3).simplified()) {
        const auto digits = [](const QRegularExpressionMatch &m) { return m.captured(2).isEmpty() ? 6 : m.captured(2).toInt(); };
        if (digits(toTimeShape) < digits(fromTimeShape))
            return QStringLiteral("%1::%2 <> %1").arg(c, toColumn.type);
    }
    return {};
}

QString PostgresProbeSqlBuilder::lossyCount(const QString &table, const QString &column, const Column &from, const Column &to) const
{
    if (PostgresDiffHooks().typesEquivalent(from.type, to.type))
        return {};
    const QString condition = lossyCondition(column, from, to);
    if (condition.isEmpty())
        return {};
    return QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND %3").arg(quote(table), quote(column), condition);
}

QString PostgresProbeSqlBuilder::unconvertibleCount(const QString &table, const QString &column, const Column &from,
                                                    const Column &to, bool) const
{
    if (PostgresDiffHooks().typesEquivalent(from.type, to.type) && from.collation == to.collation)
        return {};
    const QString condition = unconvertibleCondition(column, from, to);
    if (condition.isEmpty())
        return {};
    return QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND (%3)").arg(quote(table), quote(column), condition);
}

} // namespace SchemaPilot::Core
