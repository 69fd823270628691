#pragma once

#include "schemapilot/core_export.h"
#include "model/column.h"
#include "model/constraints.h"
#include "model/index.h"

#include <QList>
#include <QString>

namespace SchemaPilot::Core {

struct SCHEMAPILOT_CORE_EXPORT Table {
    QString name;
    QList<Column> columns;          // in declaration order
    QString primaryKeyName;         // named PK constraint (PostgreSQL/MySQL), may be empty
    bool primaryKeyDeferrable = false;        // PostgreSQL DEFERRABLE primary key
    bool primaryKeyInitiallyDeferred = false;
    bool unlogged = false;          // PostgreSQL UNLOGGED table
    QList<UniqueConstraint> uniques;
    QList<CheckConstraint> checks;
    QList<ForeignKey> foreignKeys;
    QList<Index> indexes;           // all indexes of the table, constraint-backed ones included
    bool withoutRowid = false;      // SQLite
    bool strict = false;            // SQLite
    QString options;                // engine-specific table options (MySQL ENGINE/CHARSET, PostgreSQL reloptions)
    QString comment;
    QString sql;                    // the engine's stored CREATE statement, when it keeps one (SQLite)
    qint64 rowEstimate = -1;        // cheap row estimate from introspection, -1 when unknown

    const Column *column(const QString &columnName, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const
    {
        for (const Column &c : columns)
            if (c.name.compare(columnName, cs) == 0)
                return &c;
        return nullptr;
    }
    const Index *index(const QString &indexName, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const
    {
        for (const Index &i : indexes)
            if (i.name.compare(indexName, cs) == 0)
                return &i;
        return nullptr;
    }
    QStringList primaryKeyColumns() const;
    QStringList columnNames() const;

    friend bool operator==(const Table &, const Table &) = default;
};

} // namespace SchemaPilot::Core
