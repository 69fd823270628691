#include "support/dbsnapshot.h"

#include "support/sqlitefixture.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace SchemaPilot::Test {

namespace {

// A value with its kind, so that 12 and '12' differ (SQLite keeps either in any column).
QString renderValue(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    case QMetaType::QString:
        return u'\'' + value.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
    default:
        return value.toString();
    }
}

QString describeColumn(const Core::Column &c)
{
    QString text = c.name + u' ' + c.type;
    if (c.notNull)
        text += QStringLiteral(" NOT NULL");
    if (c.defaultExpr)
        text += QStringLiteral(" DEFAULT ") + *c.defaultExpr;
    if (c.isPrimaryKey())
        text += QStringLiteral(" PK%1").arg(c.primaryKeyOrdinal);
    return text;
}

QStringList outlineTable(const Core::Table &table)
{
    QStringList columns;
    for (const Core::Column &c : table.columns)
        columns << describeColumn(c);
    QStringList lines{QStringLiteral("table %1 (%2)").arg(table.name, columns.join(QStringLiteral(", ")))};
    QStringList indexes;
    for (const Core::Index &index : table.indexes)
        indexes << QStringLiteral("  index %1%2 (%3)").arg(index.name, index.unique ? QStringLiteral(" unique") : QString(),
                                                           index.columnNames().join(QStringLiteral(", ")));
    indexes.sort();
    lines << indexes;
    for (const Core::ForeignKey &fk : table.foreignKeys)
        lines << QStringLiteral("  foreign key (%1) references %2 (%3)")
                     .arg(fk.columns.join(QStringLiteral(", ")), fk.refTable, fk.refColumns.join(QStringLiteral(", ")));
    for (const Core::CheckConstraint &check : table.checks)
        lines << QStringLiteral("  check %1").arg(check.expression.simplified());
    return lines;
}

QStringList dumpRows(const Core::Dialect &dialect, const QSqlDatabase &db, const Core::Table &table)
{
    QStringList order;
    for (int i = 1; i <= table.columns.size(); ++i)
        order << QString::number(i);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT * FROM %1%2").arg(dialect.quoteIdentifier(table.name),
                                                                 order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order.join(u','));
    if (!query.exec(sql))
        return {QStringLiteral("<error: %1 in %2>").arg(query.lastError().text(), sql)};
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << renderValue(query.value(i));
        rows << QStringLiteral("  ") + values.join(QStringLiteral(" | "));
    }
    rows.prepend(QStringLiteral("rows of %1: %2").arg(table.name).arg(rows.size()));
    return rows;
}

} // namespace

QStringList snapshotDatabase(const Core::Dialect &dialect, const QSqlDatabase &db, const Core::InspectOptions &options)
{
    Core::InspectOptions inspect = options;
    inspect.estimateRows = false;
    auto schema = dialect.inspector().inspect(db, inspect);
    if (!schema)
        return {QStringLiteral("<error: %1>").arg(schema.error().toString())};
    const QStringList internal = dialect.internalTables();
    const auto isInternal = [&internal](const QString &name) {
        return internal.contains(name, Qt::CaseInsensitive) || name.startsWith(QStringLiteral("schemapilot_"), Qt::CaseInsensitive);
    };
    Core::Schema user = *schema;
    user.tables.removeIf([&](const Core::Table &t) { return isInternal(t.name); });
    user.triggers.removeIf([&](const Core::Trigger &t) { return isInternal(t.table); });
    for (Core::Table &table : user.tables)
        table.rowEstimate = -1;
    QStringList snapshot{QStringLiteral("fingerprint %1").arg(user.fingerprint())};
    for (const Core::Table &table : user.tables)
        snapshot << outlineTable(table);
    for (const Core::View &view : user.views)
        snapshot << QStringLiteral("view %1: %2").arg(view.name, view.sql.simplified());
    for (const Core::Trigger &trigger : user.triggers)
        snapshot << QStringLiteral("trigger %1 on %2: %3").arg(trigger.name, trigger.table, trigger.sql.simplified());
    for (const Core::SchemaObject &object : user.objects)
        snapshot << QStringLiteral("%1 %2: %3").arg(object.kind, object.name, object.sql.simplified());
    for (const Core::Table &table : user.tables)
        snapshot << dumpRows(dialect, db, table);
    return snapshot;
}

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
