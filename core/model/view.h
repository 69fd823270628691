#pragma once

#include "model/column.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

struct View {
    QString name;
    QString sql;             // full CREATE VIEW statement as the engine reports it (or rebuilds it)
    QString definition;      // the SELECT alone, when the engine exposes it separately
    bool materialized = false;
    QStringList dependsOn;   // tables and views it reads, when known
    QList<Column> columns;   // output columns (name, type), when the engine reports them (PostgreSQL)

    friend bool operator==(const View &, const View &) = default;
};

struct Trigger {
    QString name;
    QString table;
    QString sql;             // full CREATE TRIGGER statement (PostgreSQL: plus its function in `functionSql`)
    QString functionSql;

    friend bool operator==(const Trigger &, const Trigger &) = default;
};

// Engine-specific objects the generic model does not break down further
// (PostgreSQL enum types, domains, sequences, functions). Compared by kind, name and sql.
struct SchemaObject {
    QString kind;            // e.g. "type", "sequence", "function", "extension"
    QString name;
    QString sql;             // statement that creates it
    QString dropSql;         // statement that drops it

    friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
};

} // namespace SchemaPilot::Core
