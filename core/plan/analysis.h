#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"
#include "plan/plan.h"

namespace SchemaPilot::Core {

// The engine-neutral last pass every planner runs on its steps: estimates (estimate.h), LT101
// for table rewrites estimated at PlanOptions::longRunningMs or more, then complexity
// (complexity.h). Pure.
SCHEMAPILOT_CORE_EXPORT void analysePlan(Plan &plan, const PlanOptions &options);

} // namespace SchemaPilot::Core
