#pragma once

#include "diff/changeset.h"
#include "model/schema.h"

// Hand-built models for the SQLite planner tests. Every table carries the CREATE text SQLite
// would store, so plans built from them can be executed on a real file.

namespace SchemaPilot::Test::Fixtures {

using namespace SchemaPilot::Core;

inline Column column(const QString &name, const QString &type, bool notNull = false,
                     std::optional<QString> defaultExpr = std::nullopt, int primaryKeyOrdinal = 0)
{
    Column c;
    c.name = name;
    c.type = type;
    c.notNull = notNull;
    c.defaultExpr = std::move(defaultExpr);
    c.primaryKeyOrdinal = primaryKeyOrdinal;
    return c;
}

inline Table table(const QString &name, const QList<Column> &columns, const QString &sql, qint64 rows = 10)
{
    Table t;
    t.name = name;
    t.columns = columns;
    t.sql = sql;
    t.rowEstimate = rows;
    return t;
}

inline Index index(const QString &name, const QString &tableName, const QStringList &columns, bool unique,
                   const QString &sql)
{
    Index i;
    i.name = name;
    i.table = tableName;
    i.unique = unique;
    for (const QString &c : columns)
        i.parts << IndexPart{c, {}, false, {}, 0};
    i.sql = sql;
    return i;
}

inline ForeignKey foreignKey(const QStringList &columns, const QString &refTable, const QStringList &refColumns,
                             const QString &onDelete = QStringLiteral("NO ACTION"))
{
    ForeignKey fk;
    fk.columns = columns;
    fk.refTable = refTable;
    fk.refColumns = refColumns;
    fk.onDelete = onDelete;
    return fk;
}

inline Schema schema(const QList<Table> &tables, const QList<View> &views = {}, const QList<Trigger> &triggers = {})
{
    Schema s;
    s.dialect = QStringLiteral("sqlite");
    s.name = QStringLiteral("main");
    s.tables = tables;
    s.views = views;
    s.triggers = triggers;
    return s;
}

// users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)
inline Table users(qint64 rows = 10)
{
    return table(QStringLiteral("users"),
                 {column(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, 1),
                  column(QStringLiteral("name"), QStringLiteral("TEXT"), true),
                  column(QStringLiteral("age"), QStringLiteral("INTEGER"))},
                 QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)"), rows);
}

inline ChangeSet modify(const Table &from, const Table &to, const QList<change::TableChange> &changes)
{
    ChangeSet set;
    set.changes << change::ModifyTable{from, to, changes};
    return set;
}

} // namespace SchemaPilot::Test::Fixtures
