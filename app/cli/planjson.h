#pragma once

#include "cliio.h"
#include "plan/plan.h"

namespace SchemaPilot::Cli {

// The contract's operation object: type, table, column (or null), sql, rollback_sql, destructive,
// complexity, warnings — plus comment and estimate.
QJsonObject stepToJson(const Core::PlanStep &step);
QJsonArray stepsToJson(const QList<Core::PlanStep> &steps);

// Human rendering of a plan, shared by plan and apply --dry-run.
void printPlanSteps(Io &io, const Core::Plan &plan);
QString formatMs(qint64 ms);

} // namespace SchemaPilot::Cli
