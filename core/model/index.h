#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

struct IndexPart {
    QString column;       // empty when the part is an expression
    QString expression;   // expression text when the part is not a plain column
    bool descending = false;
    QString collation;    // empty: the column's collation
    int prefixLength = 0; // MySQL prefix indexes, 0 = whole column

    friend bool operator==(const IndexPart &, const IndexPart &) = default;
};

// Where an index comes from: created by CREATE INDEX, or implied by a table constraint
// (those change together with their table and are never planned on their own).
enum class IndexOrigin { Created, UniqueConstraint, PrimaryKey };

struct Index {
    QString name;
    QString table;
    bool unique = false;
    QList<IndexPart> parts;
    QString where;          // partial index predicate, empty when total
    QString method;         // PostgreSQL access method / MySQL index type, empty for the default
    QStringList include;    // PostgreSQL INCLUDE columns
    IndexOrigin origin = IndexOrigin::Created;
    QString sql;            // the engine's own definition, when it keeps one

    bool isConstraintIndex() const { return origin != IndexOrigin::Created; }
    QStringList columnNames() const
    {
        QStringList names;
        for (const IndexPart &part : parts)
            names << (part.column.isEmpty() ? part.expression : part.column);
        return names;
    }
    friend bool operator==(const Index &, const Index &) = default;
};

} // namespace SchemaPilot::Core
