#include "dialects/mysql/mysqldialect.h"

#include "dialects/mysql/mysqlddl.h"

namespace SchemaPilot::Core {

QString MysqlDialect::quoteIdentifier(const QString &identifier) const
{
    return mysqlQuote(identifier);
}

} // namespace SchemaPilot::Core
