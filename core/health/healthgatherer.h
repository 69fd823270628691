#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "health/healthscore.h"
#include "history/historystore.h"

#include <QSqlDatabase>

namespace SchemaPilot::Core {

struct CheckReport;

struct HealthGatherOptions {
    bool deep = false;              // run the engine's quick integrity check (SQLite: PRAGMA quick_check)
    int recentRuns = 20;            // how many of the newest runs the failure rate looks at
    HistoryOptions history;
    QDateTime now;                  // invalid: the current time
};

// Reads what is cheap to read from a connection the caller owns: the audit trail's statistics,
// the newest runs, and (deep only) the integrity check. Never writes: a database without a history
// table reads as one with no runs. The caller adds pending changes, backups and the lock.
SCHEMAPILOT_CORE_EXPORT Result<HealthInput> gatherHealthInput(const QSqlDatabase &db, const HealthGatherOptions &options);

// Fills the pending-changes values from a status check.
SCHEMAPILOT_CORE_EXPORT void addCheckReport(HealthInput &input, const CheckReport &report);

} // namespace SchemaPilot::Core
