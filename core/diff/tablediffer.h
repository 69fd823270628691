#pragma once

#include "diff/changeset.h"
#include "dialects/dialect.h"

#include <QHash>

namespace SchemaPilot::Core {

// Validated rename hints as identifier keys (see identifierKey), so that a renamed table or column
// compares equal to its old self wherever it is referenced (foreign keys, indexes, primary keys).
struct RenameMaps {
    QHash<QString, QString> tables;                    // old table key -> new table key
    QHash<QString, QHash<QString, QString>> columns;   // new table key -> (old column key -> new column key)

    QString table(const QString &oldKey) const { return tables.value(oldKey, oldKey); }
    QString column(const QString &newTableKey, const QString &oldColumnKey) const
    {
        const auto it = columns.constFind(newTableKey);
        return it == columns.constEnd() ? oldColumnKey : it->value(oldColumnKey, oldColumnKey);
    }
};

// Changes inside one table matched on both sides; `from` already carries the desired name when the
// table is renamed. Column rename suggestions for unpaired drop/add pairs go to `suggestions`.
QList<change::TableChange> diffTable(const Table &from, const Table &to, const DiffHooks &hooks,
                                     const RenameMaps &renames, double suggestionThreshold,
                                     QList<RenameSuggestion> *suggestions);

} // namespace SchemaPilot::Core
