#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"
#include "plan/plan.h"

namespace SchemaPilot::Core {

struct ComplexityRating {
    Complexity level = Complexity::None;
    QString reason;   // always set for a step: why it has this level
};

// Engine-neutral rating of one step from its type, flags and size:
//  SIMPLE   additive changes (create table/view/trigger, add column, small index)
//  MODERATE index changes on large tables (>= PlanOptions::largeTableRows), drops of empty
//           tables/columns, views/triggers dropped for good, renames (clients break)
//  COMPLEX  type and constraint changes, table rewrites, anything that drops data
SCHEMAPILOT_CORE_EXPORT ComplexityRating rateStep(const PlanStep &step, const PlanOptions &options);

// Rates every step, then the plan: the maximum over steps, at least MODERATE when several
// tables are touched. Plan::complexityReasons lists the reasons at the plan's level. Empty: NONE.
SCHEMAPILOT_CORE_EXPORT void rateComplexity(Plan &plan, const PlanOptions &options);

} // namespace SchemaPilot::Core
