#include "dialects/sqlite/sqlitedialect.h"

namespace SchemaPilot::Core {

QString SqliteDialect::quoteIdentifier(const QString &identifier) const
{
    return sqliteQuote(identifier);
}

QStringList SqliteDialect::internalTables() const
{
    // sqlite_sequence and sqlite_stat* belong to the engine; the rest to SchemaPilot.
    return Dialect::internalTables() << QStringLiteral("sqlite_sequence") << QStringLiteral("sqlite_stat1")
                                     << QStringLiteral("sqlite_stat4");
}

QString sqliteQuote(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace SchemaPilot::Core
