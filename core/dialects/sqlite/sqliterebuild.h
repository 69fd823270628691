#pragma once

#include "model/table.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

// SQLite's documented table rebuild (https://www.sqlite.org/lang_altertable.html#otheralter),
// steps 4 to 8: create the new definition under a temporary name, copy the rows, drop the old
// table, rename the new one, recreate its indexes. Dropping and recreating dependent views and
// triggers, foreign_keys=OFF and the foreign_key_check belong to the plan around it.
struct SqliteRebuild {
    QString tableName;                       // the table's name on the database when the step runs
    Table from;                              // its definition before the step
    Table to;                                // its definition after
    QHash<QString, QString> sourceColumns;   // lower-case `to` column name -> `from` column name
    QList<Index> indexes;                    // created indexes to rebuild after the rename

    QStringList statements() const;
    // The columns copied, as "target <- expression" pairs, in `to` order.
    QList<std::pair<QString, QString>> copiedColumns() const;
};

QString sqliteRebuildTemporaryName(const QString &table);

} // namespace SchemaPilot::Core
