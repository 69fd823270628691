#pragma once

#include "exec/applyresult.h"
#include "history/historyrecord.h"

#include <QDateTime>

namespace SchemaPilot::Core {

// The audit trail rows of one run. An applied run: one row per operation, written inside the
// migration's transaction so the record and the change commit together. A failed or timed-out
// run: one run-level row, written after the rollback so it survives.
// Steps that run outside the transaction (result.executedSteps does not hold them yet) get a row
// each once they ran: stepHistoryRecord, with the error when the step failed.
SCHEMAPILOT_CORE_EXPORT QList<HistoryRecord> appliedHistoryRecords(const ApplyResult &result, const QDateTime &startedAt);
SCHEMAPILOT_CORE_EXPORT HistoryRecord stepHistoryRecord(const ApplyResult &result, int step, const QDateTime &startedAt,
                                                        const std::optional<Error> &failure = std::nullopt);
SCHEMAPILOT_CORE_EXPORT HistoryRecord failedHistoryRecord(const ApplyResult &result, const QDateTime &startedAt);

// The code under which a destructive step's consent is kept in acknowledged_warnings; rollback
// reads it back to know whether undoing the batch with SQL alone would lose data.
inline constexpr char kDataLossConsentCode[] = "DATA_LOSS";

} // namespace SchemaPilot::Core
