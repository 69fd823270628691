#pragma once

#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

struct ForeignKey {
    QString name;            // empty when the engine keeps none (SQLite)
    QStringList columns;
    QString refTable;
    QStringList refColumns;  // empty: the referenced table's primary key
    QString onDelete = QStringLiteral("NO ACTION");  // upper case: NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT
    QString onUpdate = QStringLiteral("NO ACTION");
    QString match;           // e.g. "SIMPLE", "FULL"; empty for the default
    bool deferrable = false;
    bool initiallyDeferred = false;

    friend bool operator==(const ForeignKey &, const ForeignKey &) = default;
};

struct CheckConstraint {
    QString name;            // may be empty
    QString expression;      // as the engine reports it
    bool noInherit = false;  // PostgreSQL NO INHERIT

    friend bool operator==(const CheckConstraint &, const CheckConstraint &) = default;
};

// A table-level UNIQUE constraint (PostgreSQL/MySQL constraints, SQLite autoindexes of origin 'u').
struct UniqueConstraint {
    QString name;
    QStringList columns;
    bool deferrable = false;         // PostgreSQL DEFERRABLE
    bool initiallyDeferred = false;

    friend bool operator==(const UniqueConstraint &, const UniqueConstraint &) = default;
};

} // namespace SchemaPilot::Core
