#pragma once

#include "dialects/sqlite/sqliteplancontext.h"

// Step builders for tables (internal to the SQLite planner).

namespace SchemaPilot::Core {

PlanStep sqliteCreateTableStep(const Table &table);
PlanStep sqliteDropTableStep(const Table &table, const SqlitePlanContext &context);
PlanStep sqliteRenameTableStep(const change::RenameTable &rename, const SqlitePlanContext &context);

// True when SQLite's ALTER TABLE cannot do every change of `modify` in place.
bool sqliteNeedsRebuild(const change::ModifyTable &modify, const SqlitePlanContext &context, QString *why = nullptr);
// Native ALTER TABLE steps when `rebuildReason` is null, else one rebuild step (the reason comes
// from sqliteNeedsRebuild).
QList<PlanStep> sqliteModifyTableSteps(const change::ModifyTable &modify, const SqlitePlanContext &context,
                                       const QString *rebuildReason);

} // namespace SchemaPilot::Core
