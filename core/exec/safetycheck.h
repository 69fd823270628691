#pragma once

#include "dialects/dialect.h"
#include "dialects/executionruntime.h"
#include "exec/applyresult.h"

namespace SchemaPilot::Core {

// The destructive steps of a plan, each with the rows (or non-null values) it would lose,
// counted on the live database: what a person must consent to with --allow-data-loss.
QList<ConsentItem> consentNeeded(const Plan &plan, const Dialect &dialect, const QSqlDatabase &db);

// One line per item: "DROP_COLUMN users.age: loses 1,234 non-null values".
QString describeConsent(const ConsentItem &item);

// Pre-flight: the engine's integrity check and its foreign key check, before anything is written.
Result<void> preflightChecks(const ExecutionRuntime &runtime, const QSqlDatabase &db, IntegrityLevel level);

} // namespace SchemaPilot::Core
