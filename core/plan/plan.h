#pragma once

#include "schemapilot/core_export.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

enum class Complexity { None, Simple, Moderate, Complex };
enum class Severity { Info, Warning, Danger };

enum class OperationType {
    CreateTable, DropTable, AddColumn, DropColumn, AlterColumnType, AlterColumn, RebuildTable,
    CreateIndex, DropIndex, CreateView, DropView, CreateTrigger, DropTrigger,
    AddForeignKey, DropForeignKey, RenameColumn, RenameTable, AddConstraint, DropConstraint,
    CreateObject, DropObject,
};

// A finding about a plan. `code` is stable and documented in the README.
struct Warning {
    QString code;                 // e.g. "DS101"
    Severity severity = Severity::Warning;
    QString message;              // with the real counts
    QString table;
    QString column;
    qint64 count = -1;            // the count the message speaks of, -1 when none

    friend bool operator==(const Warning &, const Warning &) = default;
};

// A cheap query against the live database whose single integer result becomes a warning
// (when non-zero, or always when `alwaysReport`). Planning stays pure: probes are run later.
struct DataProbe {
    QString code;
    Severity severity = Severity::Warning;
    QString sql;                  // returns one integer
    QString messageTemplate;      // "%1" is replaced by the count
    QString table;
    QString column;
    bool alwaysReport = false;
    bool destructiveWhenFound = false; // a count above 0 (or no count) makes the step destructive


    friend bool operator==(const DataProbe &, const DataProbe &) = default;
};

struct PlanStep {
    OperationType type = OperationType::CreateTable;
    QString table;
    QString column;               // empty when the step is not about one column
    QStringList sql;              // forward statements, in order
    QStringList rollbackSql;      // statements that undo this step, in order
    QString comment;              // what the step does, in one sentence
    bool destructive = false;     // loses data when applied
    bool rollbackRestoresData = true; // false: rollback restores structure, not the data (say so)
    bool transactional = true;    // false: runs outside the migration transaction (e.g. CONCURRENTLY)
    Complexity complexity = Complexity::Simple;
    QString complexityReason;
    QList<Warning> warnings;
    QList<DataProbe> probes;
    qint64 affectedRows = 0;      // rows the step reads or rewrites (from the row estimate), -1 when unknown
    qint64 estimatedMs = 0;
    bool rewritesTable = false;   // the step copies or rewrites every row (SQLite rebuild, server table rewrite)
    QStringList verifySql;        // queries that must return no rows after the step (e.g. PRAGMA foreign_key_check)

    friend bool operator==(const PlanStep &, const PlanStep &) = default;
};

struct SCHEMAPILOT_CORE_EXPORT Plan {
    QString dialect;
    QList<PlanStep> steps;
    QList<Warning> warnings;      // plan-level findings (rename suggestions, non-transactional DDL, ...)
    Complexity complexity = Complexity::None;
    QStringList complexityReasons;
    qint64 estimatedMs = 0;
    bool transactional = true;    // false on engines whose DDL cannot be rolled back (MySQL)
    bool needsForeignKeysOff = false; // SQLite rebuilds: run with foreign key enforcement off, check after

    bool isEmpty() const { return steps.isEmpty(); }
    bool isDestructive() const;
    QStringList forwardSql() const;
    QStringList rollbackSql() const;   // steps in reverse order
    QList<Warning> allWarnings() const; // plan-level then per-step
    // Findings that say the engine will reject the migration: counted rows hold NULL for a new NOT
    // NULL, duplicates for a new UNIQUE, orphans for a new foreign key, or break a new CHECK.
    QList<Warning> predictedFailures() const;
};

SCHEMAPILOT_CORE_EXPORT QString operationTypeName(OperationType type);   // "CREATE_TABLE"
SCHEMAPILOT_CORE_EXPORT QString complexityName(Complexity complexity);    // "SIMPLE", "NONE"
SCHEMAPILOT_CORE_EXPORT QString severityName(Severity severity);          // "info", "warning", "danger"

} // namespace SchemaPilot::Core
