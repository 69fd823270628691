#pragma once

#include "schemapilot/core_export.h"
#include "model/constraints.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

// What SQLite's stored CREATE text shows beyond its PRAGMAs. The inspector joins this with the
// PRAGMA rows (which stay the source of truth for everything they do expose).
struct SqliteForeignKeyText {
    QString constraintName;
    QStringList columns;        // referencing columns, as written
    QString refTable;
    QString match;              // upper case, empty when not given
    bool deferrable = false;
    bool initiallyDeferred = false;
};

struct SqliteUniqueText {
    QString constraintName;
    QStringList columns;
};

struct SqliteColumnText {
    QString name;
    QString generatedExpr;      // text inside GENERATED ALWAYS AS (...), empty when not generated
};

struct SqliteTableText {
    QList<SqliteColumnText> columns;
    QString primaryKeyName;                  // CONSTRAINT name of the primary key, if any
    QList<CheckConstraint> checks;           // column and table CHECKs in declaration order
    QList<SqliteForeignKeyText> foreignKeys; // declaration order
    QList<SqliteUniqueText> uniques;         // declaration order
};

struct SqliteIndexText {
    QStringList parts;   // each indexed term without its COLLATE and ASC/DESC, as written
    QString where;       // partial index predicate, empty when none
};

class SCHEMAPILOT_CORE_EXPORT SqliteCreateText final
{
public:
    static SqliteTableText parseTable(const QString &createTableSql);
    static SqliteIndexText parseIndex(const QString &createIndexSql);
    // The SELECT of a CREATE VIEW statement.
    static QString viewSelect(const QString &createViewSql);
    // Upper-cased first keyword of a statement ("CREATE", "VACUUM", ...), empty when none.
    static QString firstKeyword(const QString &sql);
};

} // namespace SchemaPilot::Core
