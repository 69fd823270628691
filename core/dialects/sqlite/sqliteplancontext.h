#pragma once

#include "dialects/dialect.h"
#include "dialects/sqlite/sqliteprobesql.h"
#include "plan/lint.h"

#include <QHash>
#include <QSet>

// Internal to the SQLite planner: what every step builder needs to know about the whole change set.

namespace SchemaPilot::Core {

struct SqlitePlanContext {
    SqlitePlanContext(const ChangeSet &changeSet, const Schema &currentSchema, const Schema &desiredSchema,
                      const PlanOptions &planOptions);

    const ChangeSet &changes;
    const Schema &current;
    const Schema &desired;
    const PlanOptions &options;
    SqliteProbeSqlBuilder probeSql;
    LintContext lint;

    QSet<QString> addedTables;        // lower-case names, here and below
    QSet<QString> droppedTables;
    QHash<QString, QString> renamedFrom;  // desired table name -> live name
    QSet<QString> addedIndexes;
    QSet<QString> droppedIndexes;
    QSet<QString> addedViews;
    QSet<QString> droppedViews;
    QSet<QString> addedTriggers;
    QSet<QString> droppedTriggers;
    QSet<QString> modifiedTables;     // desired names of tables with a ModifyTable

    QHash<QString, const Table *> currentTables;   // by lower-case name
    QHash<QString, const Table *> desiredTables;
    QHash<QString, QStringList> desiredChildren;   // lower-case parent -> tables referencing it

    // The table's name on the live database (before renames in this plan).
    QString liveName(const QString &desiredName) const;
    const Table *currentTable(const QString &name) const { return currentTables.value(name.toLower()); }
    const Table *desiredTable(const QString &name) const { return desiredTables.value(name.toLower()); }
    qint64 liveRowEstimate(const QString &desiredName) const;
};

// True when an identifier list contains `name`, compared as SQLite does (case-insensitive).
inline bool containsName(const QSet<QString> &names, const QString &name)
{
    return names.contains(name.toLower());
}

} // namespace SchemaPilot::Core
