#include "db/valuesampler.h"

#include "common/tr.h"
#include "db/sqlexec.h"

#include <QSqlQuery>

namespace SchemaPilot::Core {

Result<QStringList> sampleDistinctValues(const QSqlDatabase &db, const QString &quotedTable, const QString &quotedColumn,
                                         int limit, int scanRows)
{
    const QString sql = QStringLiteral("SELECT DISTINCT sampled.v FROM (SELECT %1 AS v FROM %2 WHERE %1 IS NOT NULL LIMIT %3) "
                                       "AS sampled LIMIT %4")
                            .arg(quotedColumn, quotedTable)
                            .arg(scanRows)
                            .arg(limit);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        Error error = errorFromSql(query.lastError(), sql);
        error.message = Tr::tr("Could not sample values of %1.%2").arg(quotedTable, quotedColumn);
        return fail(error);
    }
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace SchemaPilot::Core
