#include "dialects/mysql/mysqlprobesql.h"

#include "dialects/mysql/mysqlddl.h"
#include "dialects/mysql/mysqldiffhooks.h"

#include <QRegularExpression>

#include <cmath>

namespace SchemaPilot::Core {

namespace {

struct IntegerRange {
    const char *type;
    const char *min;
    const char *max;
    const char *unsignedMax;
};

constexpr IntegerRange kIntegerRanges[] = {
    {"tinyint", "-128", "127", "255"},
    {"smallint", "-32768", "32767", "65535"},
    {"mediumint", "-8388608", "8388607", "16777215"},
    {"int", "-2147483648", "2147483647", "4294967295"},
    {"bigint", "-9223372036854775808", "9223372036854775807", "18446744073709551615"},
};

bool isNumericType(const QString &canonical)
{
    static const QRegularExpression numeric(QStringLiteral(R"(^(tinyint|smallint|mediumint|int|bigint|decimal|float|double|bit)\b)"));
    return numeric.match(canonical).hasMatch();
}

} // namespace

QString MysqlProbeSql::quote(const QString &identifier) const
{
    return mysqlQuote(identifier);
}

QString MysqlProbeSql::unconvertibleCount(const QString &table, const QString &column, const Column &from,
                                          const Column &to, bool strictTarget) const
{
    Q_UNUSED(strictTarget)
    const QString target = mysqlCanonicalType(to.type);
    const QString source = mysqlCanonicalType(from.type);
    const QString c = quote(column);
    QString condition;
    // Text that is not a number fails any numeric target in strict mode.
    const QString notNumeric = isNumericType(source)
        ? QString()
        : QStringLiteral("%1 NOT REGEXP '^[[:space:]]*[-+]?[0-9]+(\\\\.[0-9]*)?[[:space:]]*$' OR ").arg(c);

    static const QRegularExpression integer(QStringLiteral(R"(^(tinyint|smallint|mediumint|int|bigint)( unsigned)?)"));
    static const QRegularExpression chars(QStringLiteral(R"(^(var)?(char|binary)\((\d+)\))"));
    static const QRegularExpression decimal(QStringLiteral(R"(^decimal\((\d+),(\d+)\)( unsigned)?)"));
    static const QRegularExpression text(QStringLiteral(R"(^(tiny|medium)?(text|blob)\b)"));
    static const QRegularExpression enumeration(QStringLiteral(R"(^enum\((.*)\)$)"));
    if (const auto m = integer.match(target); m.hasMatch()) {
        for (const IntegerRange &range : kIntegerRanges) {
            if (m.captured(1) != QLatin1StringView(range.type))
                continue;
            const bool isUnsigned = !m.captured(2).isEmpty();
            condition = notNumeric
                + QStringLiteral("%1 < %2 OR %1 > %3")
                      .arg(c, isUnsigned ? QStringLiteral("0") : QString::fromLatin1(range.min),
                           QString::fromLatin1(isUnsigned ? range.unsignedMax : range.max));
        }
    } else if (const auto m = decimal.match(target); m.hasMatch()) {
        const int integerDigits = m.captured(1).toInt() - m.captured(2).toInt();
        condition = notNumeric + QStringLiteral("ABS(%1) >= POW(10, %2)").arg(c).arg(integerDigits);
        if (!m.captured(3).isEmpty())
            condition += QStringLiteral(" OR %1 < 0").arg(c);
    } else if (const auto m = chars.match(target); m.hasMatch()) {
        condition = QStringLiteral("%1(%2) > %3")
                        .arg(m.captured(2) == QStringLiteral("char") ? QStringLiteral("CHAR_LENGTH") : QStringLiteral("LENGTH"),
                             c, m.captured(3));
    } else if (const auto m = text.match(target); m.hasMatch()) {
        const QString limit = m.captured(1) == QStringLiteral("tiny")     ? QStringLiteral("255")
                              : m.captured(1) == QStringLiteral("medium") ? QStringLiteral("16777215")
                                                                           : QStringLiteral("65535");
        condition = QStringLiteral("LENGTH(%1) > %2").arg(c, limit);
    } else if (target == QStringLiteral("json") && !source.startsWith(QStringLiteral("json"))) {
        condition = QStringLiteral("JSON_VALID(%1) = 0").arg(c);   // JSON columns CHECK json_valid()
    } else if (const auto m = enumeration.match(to.type.trimmed()); m.hasMatch()) {
        condition = QStringLiteral("CAST(%1 AS CHAR) NOT IN (%2)").arg(c, m.captured(1));
    }
    if (condition.isEmpty())
        return {};
    return QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NOT NULL AND (%3)").arg(quote(table), c, condition);
}

QString MysqlProbeSql::lossyCount(const QString &table, const QString &column, const Column &from, const Column &to) const
{
    const QString target = mysqlCanonicalType(to.type);
    const QString source = mysqlCanonicalType(from.type);
    if (target == source)
        return {};
    const QString c = quote(column);
    static const QRegularExpression integer(QStringLiteral(R"(^(tinyint|smallint|mediumint|int|bigint)\b)"));
    static const QRegularExpression decimal(QStringLiteral(R"(^decimal\((\d+),(\d+)\))"));
    static const QRegularExpression fractional(QStringLiteral(R"(^(decimal|float|double)\b)"));
    static const QRegularExpression temporal(QStringLiteral(R"(^(datetime|timestamp|time)(?:\((\d)\))?)"));
    const bool sourceFractional = fractional.match(source).hasMatch();
    const auto sourceDecimal = decimal.match(source);
    QString condition;
    if (integer.match(target).hasMatch() && sourceFractional) {
        condition = QStringLiteral("%1 <> TRUNCATE(%1, 0)").arg(c);
    } else if (const auto m = decimal.match(target); m.hasMatch() && sourceFractional
               && !(sourceDecimal.hasMatch() && sourceDecimal.captured(2).toInt() <= m.captured(2).toInt())) {
        condition = QStringLiteral("%1 <> ROUND(%1, %2)").arg(c, m.captured(2));
    } else if (target.startsWith(QStringLiteral("float")) && (source.startsWith(QStringLiteral("double")) || sourceDecimal.hasMatch()
                                                               || source.startsWith(QStringLiteral("bigint")))) {
        condition = QStringLiteral("CAST(%1 AS FLOAT) <> %1").arg(c);
    } else if (target == QStringLiteral("date") && temporal.match(source).hasMatch() && !source.startsWith(QStringLiteral("time"))) {
        condition = QStringLiteral("TIME(%1) <> '00:00:00'").arg(c);
    } else if (const auto to = temporal.match(target), from = temporal.match(source);
               to.hasMatch() && from.hasMatch() && to.captured(1) == from.captured(1)) {
        const int kept = to.captured(2).toInt();   // 0 when unsaid
        if (kept < from.captured(2).toInt())
            condition = QStringLiteral("MOD(MICROSECOND(%1), %2) <> 0").arg(c).arg(qint64(std::pow(10, 6 - kept)));
    }
    if (condition.isEmpty())
        return {};
    return QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NOT NULL AND %3").arg(quote(table), c, condition);
}

} // namespace SchemaPilot::Core
