#pragma once

#include "schemapilot/core_export.h"
#include "plan/plan.h"

namespace SchemaPilot::Core {

// Throughput model behind every estimated duration (engine-neutral; the README copies this):
//
//   step ms = statements x kStatementOverheadMs
//           + rows x 1/kRowsCopiedPerMs                 when the step rewrites its table
//           + n log2 n / kIndexEntriesPerMs per index the step builds (n = rows of the table)
//           + rows / kRowsDroppedPerMs                  when the step drops a table
//           + rows / kRowsScannedPerMs per verification query (e.g. foreign_key_check)
//   plan ms = sum of step ms
//
// Rows come from the inspector's row estimate (unknown counts as 0). The constants were
// measured with SQLite 3.40 on a shared 2-core build machine (500k rows of ~60 bytes:
// INSERT ... SELECT copied ~1,340 rows/ms, CREATE INDEX ~38,000 n·log2 n units/ms, DROP TABLE
// ~2,900 rows/ms) and rounded down, so estimates err on the long side.
namespace EstimateModel {
inline constexpr double kStatementOverheadMs = 1.0;
inline constexpr double kRowsCopiedPerMs = 1000.0;
inline constexpr double kIndexEntriesPerMs = 30000.0;
inline constexpr double kRowsDroppedPerMs = 2500.0;
inline constexpr double kRowsScannedPerMs = 5000.0;
} // namespace EstimateModel

SCHEMAPILOT_CORE_EXPORT qint64 estimateStepMs(const PlanStep &step);
// Sets every step's estimatedMs and Plan::estimatedMs (their sum).
SCHEMAPILOT_CORE_EXPORT void estimatePlan(Plan &plan);

} // namespace SchemaPilot::Core
