#pragma once

#include "cliio.h"
#include "exec/applyresult.h"

namespace SchemaPilot::Cli {

// The contract's apply object: status, migration_id, batch_id, backup_id, execution_time_ms,
// operations — plus stages with timings, warnings, consent items, notes and error when any.
QJsonObject applyResultToJson(const Core::ApplyResult &result);
// Human rendering of a run: stages with timings, consent list, notes and the outcome.
void printApplyResult(Io &io, const Core::ApplyResult &result);
// 0 applied/no_changes/dry_run, 1 failed/timed_out, 2 usage, 3 refused.
int exitCodeFor(const Core::ApplyResult &result);

} // namespace SchemaPilot::Cli
