#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "db/connection.h"
#include "dialects/dialectregistry.h"

#include <QDateTime>

namespace SchemaPilot::Core {

struct CheckRequest {
    ConnectionUrl url;
    QString schemaFile;              // the desired schema (DDL)
    // Its text once read: a pipe or /dev/stdin gives its contents only to the first read.
    std::optional<QString> schemaText;
    InspectOptions inspect;
    DiffOptions diff;
    PlanOptions plan;
    bool runProbes = true;           // count affected rows for warnings (cheap queries on the live data)
    // Rows the probes may scan in all (by the tables' row estimates); probes past it are reported
    // as not counted. -1: no bound (plan, apply). `status` sets one so it stays fast at any size.
    qint64 probeRowBudget = -1;
    // status/plan: reuse an earlier load of the same desired file (DesiredSchemaCache) when the
    // engine allows it. Apply always loads the file afresh.
    bool reuseDesiredLoad = false;
};

// Everything a front door needs to show "what would change": both schemas, the changes and the plan.
struct CheckReport {
    Schema current;
    Schema desired;
    ChangeSet changes;
    Plan plan;
    qint64 checkTimeMs = 0;
    bool desiredFromCache = false;   // the desired schema came from DesiredSchemaCache
    QDateTime checkedAt;             // UTC

    bool migrationNeeded() const { return !plan.isEmpty(); }
};

// Reads the desired schema file, with errors that name the file.
SCHEMAPILOT_CORE_EXPORT Result<QString> readSchemaFile(const QString &path);

// status/plan: opens its own read-only connection on the calling thread, introspects, loads the
// desired schema in a scratch database, diffs, plans and runs the plan's data probes.
SCHEMAPILOT_CORE_EXPORT Result<CheckReport> runCheck(const DialectRegistry &dialects, const CheckRequest &request);

// The same on a connection the caller already holds (the executor re-checks inside its worker).
SCHEMAPILOT_CORE_EXPORT Result<CheckReport> runCheck(const Dialect &dialect, const Connection &connection,
                                                     const CheckRequest &request);

// Turns each DataProbe of the plan into a Warning with the real count (probes that find nothing
// are dropped unless alwaysReport). A probe that fails becomes an info warning saying so.
SCHEMAPILOT_CORE_EXPORT void runProbes(Plan &plan, const QSqlDatabase &db);

// As above, but a probe whose table would take the rows scanned past `rowBudget` (by the row
// estimates in `current`; unknown sizes count as too large) is not run: its warning says so.
SCHEMAPILOT_CORE_EXPORT void runProbes(Plan &plan, const QSqlDatabase &db, const Schema &current, qint64 rowBudget);

} // namespace SchemaPilot::Core
