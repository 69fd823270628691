#include "dialects/postgres/postgresdialect.h"

#include <QRegularExpression>

namespace SchemaPilot::Core {

QString PostgresDialect::quoteIdentifier(const QString &identifier) const
{
    return postgresQuote(identifier);
}

QString postgresQuote(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString postgresQuoteIfNeeded(const QString &identifier)
{
    // What quote_ident() does, minus the keyword list: plain lower-case names stay bare.
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    return plain.match(identifier).hasMatch() ? identifier : postgresQuote(identifier);
}

QString postgresLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString postgresUnqualify(const QString &sql, const QString &schema)
{
    // pg_get_indexdef/triggerdef/functiondef always qualify with the schema; the model keeps
    // names unqualified so that a scratch schema compares equal to the live one.
    QString result = sql;
    for (const QString &prefix : {postgresQuote(schema) + u'.', postgresQuoteIfNeeded(schema) + u'.'}) {
        qsizetype from = 0;
        while ((from = result.indexOf(prefix, from)) >= 0) {
            const bool boundary = from == 0 || !(result.at(from - 1).isLetterOrNumber()
                                                 || result.at(from - 1) == u'_' || result.at(from - 1) == u'"');
            if (boundary)
                result.remove(from, prefix.size());
            else
                from += prefix.size();
        }
    }
    return result;
}

} // namespace SchemaPilot::Core
