#pragma once

#include "db/connectionurl.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Test {

// SQL for every engine: one text, with a per-engine variant only where the SQL really differs
// (a trigger's body, AUTO_INCREMENT vs identity). Expectations never have variants.
struct EngineSql {
    QString common;
    QString sqlite;
    QString postgres;
    QString mysql;

    QString forEngine(Core::Engine engine) const;
};

// A finding the plan must report on every engine, with the real count (-1: no count expected).
struct ExpectedWarning {
    QString code;
    QString table;
    QString column;
    qint64 count = -1;

    QString describe() const;   // "MF104 posts.user_id 2"
    friend bool operator==(const ExpectedWarning &, const ExpectedWarning &) = default;
};

// What applying the desired schema does.
enum class ApplyOutcome {
    Applied,
    FailsUnchanged,   // the run ends failed (or refused) and the database equals its snapshot
};

struct Scenario {
    QString name;                        // the data-row name
    EngineSql current;                   // DDL and seed rows of the live database
    EngineSql desired;                   // the desired schema file
    QStringList renameTables;            // "old=new", as --rename-table
    QStringList renameColumns;           // "table.old=new", as --rename-column

    // Plan level (every engine): operations as "TYPE table[.column]" in plan order; on SQLite a
    // REBUILD_TABLE of the same table stands for the column/constraint changes it carries out.
    QStringList operations;
    // Every DS/MF/BC/RN finding of the plan (other codes are engine notes: locks, DDL commits).
    QList<ExpectedWarning> warnings;
    // Destructive steps and what they lose: "DROP_COLUMN users.age 2" (values or rows).
    QStringList consent;

    // Apply level (engines with an execution runtime). With `consent` non-empty the suite first
    // checks that the apply is refused without --allow-data-loss and changes nothing.
    ApplyOutcome outcome = ApplyOutcome::Applied;
    QString dataQuery;                   // after a successful apply: rows as "v1|v2", NULL as <null>
    QStringList expectedRows;
    QString afterApplySql;               // run after the apply (e.g. an insert that fires a trigger)
    QString afterQuery;
    QStringList afterRows;
    bool rollbackRoundTrip = false;      // apply, roll back: schema and rows equal to before
    // SQL cannot undo it without losing data: rollback is refused without --allow-data-loss and
    // then restores the batch's backup.
    bool rollbackFromBackup = false;
    bool backupRoundTrip = false;        // back up, change rows, restore: rows equal to the backup
    bool viaCli = false;                 // also driven through schemapilot-cli
};

const QList<Scenario> &scenarioTable();

} // namespace SchemaPilot::Test
