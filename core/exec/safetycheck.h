#pragma once

#include "schemapilot/core_export.h"
#include "db/connection.h"
#include "dialects/dialect.h"
#include "dialects/executionruntime.h"
#include "exec/applyresult.h"

namespace SchemaPilot::Core {

// The destructive steps of a plan, each with the rows (or non-null values) it would lose,
// counted on the live database: what a person must consent to with --allow-data-loss.
SCHEMAPILOT_CORE_EXPORT QList<ConsentItem> consentNeeded(const Plan &plan, const Dialect &dialect, const QSqlDatabase &db);

// One line per item: "DROP_COLUMN users.age: loses 1,234 non-null values".
SCHEMAPILOT_CORE_EXPORT QString describeConsent(const ConsentItem &item);

// Pre-flight: the engine's integrity check and its foreign key check, before anything is written.
SCHEMAPILOT_CORE_EXPORT Result<void> preflightChecks(const ExecutionRuntime &runtime, const QSqlDatabase &db, IntegrityLevel level);

// The pre-flight checks started early, as soon as the migration lock is held: on a second,
// read-only connection (a pool thread) they run while the migration's connection compares the
// schemas, so a large file's integrity check costs little time of its own. The transaction still
// waits for their verdict. Where a second connection would not see the same database (in-memory
// SQLite) or is not worth it (servers), result() runs them on the migration's connection.
class SCHEMAPILOT_CORE_EXPORT EarlyPreflight
{
public:
    EarlyPreflight(const ExecutionRuntime &runtime, IntegrityLevel level);
    ~EarlyPreflight();   // interrupts and waits for checks still running
    EarlyPreflight(const EarlyPreflight &) = delete;
    EarlyPreflight &operator=(const EarlyPreflight &) = delete;

    void start(const Connection &connection);
    // Waits for the early checks, or runs them now on `connection`.
    Result<void> result(const Connection &connection);
    bool ranAlongside() const { return m_ranAlongside; }

private:
    struct Run;
    const ExecutionRuntime &m_runtime;
    IntegrityLevel m_level;
    std::unique_ptr<Run> m_run;
    bool m_ranAlongside = false;
};

} // namespace SchemaPilot::Core
