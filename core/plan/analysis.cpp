#include "plan/analysis.h"

#include "common/tr.h"
#include "plan/complexity.h"
#include "plan/estimate.h"
#include "plan/warningcodes.h"

namespace SchemaPilot::Core {

void analysePlan(Plan &plan, const PlanOptions &options)
{
    estimatePlan(plan);
    for (PlanStep &step : plan.steps) {
        step.warnings.removeIf([](const Warning &w) { return w.code == WarningCode::LongRewrite; });
        if (step.rewritesTable && step.estimatedMs >= options.longRunningMs)
            step.warnings << Warning{QString(WarningCode::LongRewrite), Severity::Warning,
                                     Tr::tr("Rewriting table %1 (about %2 rows) is estimated to take %3 s; writers wait meanwhile")
                                         .arg(step.table)
                                         .arg(step.affectedRows)
                                         .arg(double(step.estimatedMs) / 1000.0, 0, 'f', 1),
                                     step.table, step.column, step.affectedRows};
    }
    rateComplexity(plan, options);
}

} // namespace SchemaPilot::Core
