#include "dialects/sqlite/sqliteprobesql.h"

#include "dialects/sqlite/sqliteddl.h"
#include "dialects/sqlite/sqliteinspector.h"

namespace SchemaPilot::Core {

namespace {

// True for text a numeric affinity turns into a number (digits, sign, point, exponent only, at
// least one digit); the converse is the text that keeps its storage class.
QString numberShapedText(const QString &quoted)
{
    const QString bare = QStringLiteral("ltrim(trim(%1), '+-')").arg(quoted);
    return QStringLiteral("typeof(%1) = 'text' AND %2 <> '' AND %2 NOT GLOB '*[^0-9.eE+-]*' AND %2 GLOB '*[0-9]*'")
        .arg(quoted, bare);
}

} // namespace

QString SqliteProbeSqlBuilder::quote(const QString &identifier) const
{
    return sqliteQuote(identifier);
}

QString SqliteProbeSqlBuilder::unconvertibleCount(const QString &table, const QString &column, const Column &from,
                                                  const Column &to, bool strictTarget) const
{
    const SqliteAffinity target = sqliteAffinity(to.type);
    const QString strictType = to.type.trimmed().toUpper();
    if (strictTarget && strictType == QLatin1String("ANY"))
        return {};
    if (!strictTarget && target == sqliteAffinity(from.type))
        return {}; // same affinity: stored values do not change
    const QString c = quote(column);
    const QString bare = QStringLiteral("ltrim(trim(%1), '+-')").arg(c);
    QString condition;
    switch (target) {
    case SqliteAffinity::Integer:
        // Text that is not a plain integer literal, fractional reals, blobs.
        condition = QStringLiteral("typeof(%1) = 'blob' OR (typeof(%1) = 'real' AND %1 <> CAST(%1 AS INTEGER)) "
                                   "OR (typeof(%1) = 'text' AND (%2 = '' OR %2 GLOB '*[^0-9]*'))")
                        .arg(c, bare);
        break;
    case SqliteAffinity::Real:
    case SqliteAffinity::Numeric:
        condition = QStringLiteral("typeof(%1) = 'blob' OR (typeof(%1) = 'text' AND NOT (%2))").arg(c, numberShapedText(c));
        break;
    case SqliteAffinity::Text:
        // Only blobs keep their class. Every blob sorts at or after the empty one and every other
        // value before it (no affinity applies to a blob, no collation to a comparison with one), so
        // this is typeof() = 'blob' as a range: an index on the column answers it without a scan.
        condition = QStringLiteral("%1 >= x''").arg(c);
        break;
    case SqliteAffinity::Blob:
        if (!strictTarget)
            return {}; // no affinity: nothing converts, nothing changes
        condition = QStringLiteral("typeof(%1) <> 'blob'").arg(c);
        break;
    }
    return QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NOT NULL AND (%3)").arg(quote(table), c, condition);
}

QString SqliteProbeSqlBuilder::lossyCount(const QString &table, const QString &column, const Column &from, const Column &to) const
{
    const SqliteAffinity target = sqliteAffinity(to.type);
    if (target == sqliteAffinity(from.type))
        return {};
    const QString c = quote(column);
    const QString numericText = numberShapedText(c);
    QString condition;
    switch (target) {
    case SqliteAffinity::Integer:
    case SqliteAffinity::Numeric:
        condition = QStringLiteral("(%1 AND CAST(CAST(%2 AS NUMERIC) AS TEXT) <> %2)").arg(numericText, c);
        break;
    case SqliteAffinity::Real:
        condition = QStringLiteral("(%1 AND CAST(CAST(%2 AS REAL) AS TEXT) <> %2) "
                                   "OR (typeof(%2) = 'integer' AND CAST(CAST(%2 AS REAL) AS INTEGER) <> %2)")
                        .arg(numericText, c);
        break;
    case SqliteAffinity::Text:
        condition = QStringLiteral("typeof(%1) = 'real' AND CAST(CAST(%1 AS TEXT) AS REAL) <> %1").arg(c);
        break;
    case SqliteAffinity::Blob:
        return {};   // no affinity: nothing converts
    }
    return QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NOT NULL AND (%3)").arg(quote(table), c, condition);
}

} // namespace SchemaPilot::Core
