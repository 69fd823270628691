#include "support/dbsnapshot.h"

#include "support/sqlitefixture.h"

#include <QFile>

namespace SchemaPilot::Test {

QStringList snapshotUserTables(const QString &path)
{
    QStringList snapshot = querySqliteFile(
        path, QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema "
                             "WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'schemapilot_%' ORDER BY type, name"));
    const QStringList tables = querySqliteFile(
        path, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "AND name NOT LIKE 'schemapilot_%' ORDER BY name"));
    for (const QString &table : tables) {
        QString quoted = table;
        quoted.replace(u'"', QStringLiteral("\"\""));
        const QStringList columns = querySqliteFile(path, QStringLiteral("SELECT name FROM pragma_table_info('%1')")
                                                              .arg(QString(table).replace(u'\'', QStringLiteral("''"))));
        QStringList parts;
        for (const QString &column : columns)
            parts << QStringLiteral("quote(\"%1\")").arg(QString(column).replace(u'"', QStringLiteral("\"\"")));
        snapshot << QStringLiteral("rows of %1:").arg(table)
                 << querySqliteFile(path, QStringLiteral("SELECT count(*) || ' rows, ' || coalesce(sum(length(r)), 0) || ' chars, ' "
                                                         "|| coalesce(group_concat(r, ';'), '') FROM (SELECT %1 AS r FROM \"%2\" ORDER BY rowid)")
                                              .arg(parts.join(QStringLiteral(" || '|' || ")), quoted));
    }
    return snapshot;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

} // namespace SchemaPilot::Test
