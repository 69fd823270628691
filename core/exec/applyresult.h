#pragma once

#include "schemapilot/core_export.h"
#include "common/error.h"
#include "exec/migrationlock.h"
#include "plan/plan.h"

#include <QList>
#include <QString>

#include <optional>

namespace SchemaPilot::Core {

enum class ApplyStatus { Applied, DryRun, NoChanges, Refused, Failed, TimedOut };

enum class StageOutcome { Ok, Failed, Skipped };

// One stage of a run (connect, lock, check, safety, preflight, backup, execute, verify, commit,
// history) with its duration, so a person sees where the time went and where it stopped.
struct StageReport {
    QString name;
    StageOutcome outcome = StageOutcome::Ok;
    qint64 ms = 0;
    QString detail;
};

// A destructive step that needs --allow-data-loss, with what it loses.
struct ConsentItem {
    int step = 0;                 // 0-based index into the plan
    OperationType type = OperationType::DropTable;
    QString table;
    QString column;
    qint64 rowsLost = -1;         // rows (or non-null values) that would be lost; -1 when unknown
    QString comment;
};

struct SCHEMAPILOT_CORE_EXPORT ApplyResult {
    ApplyStatus status = ApplyStatus::Failed;
    QString migrationId;          // this run
    QString batchId;              // the batch of history records of this run
    QString backupId;             // the automatic backup, when one was made
    qint64 executionTimeMs = 0;   // the whole run
    qint64 transactionMs = 0;     // BEGIN .. COMMIT/ROLLBACK: the time writers were blocked
    Plan plan;                    // computed fresh by the worker
    QString fingerprintBefore;
    QString fingerprintDesired;
    QString fingerprintAfter;
    QList<StageReport> stages;
    QList<qint64> stepMs;         // per plan step, when executed
    QList<Warning> warnings;
    QList<ConsentItem> needsConsent;
    std::optional<Error> error;
    std::optional<LockInfo> lockTakenOverFrom;
    QStringList notes;            // things a person should know (e.g. "foreign keys were off")
    // 0-based plan steps whose statements all ran. Engines with transactional DDL roll them back
    // on failure; on others (MySQL) they stayed applied until restoredFromBackup.
    QList<int> executedSteps;
    bool restoredFromBackup = false;  // a failed run was undone by restoring backupId
    // The migration's transaction committed: a failure after it (a step that runs outside the
    // transaction, such as CREATE INDEX CONCURRENTLY) leaves what it did in place.
    bool committed = false;
    // Rehearsal: what the run on the private copy did.
    bool rehearsed = false;
    std::optional<ApplyStatus> rehearsalStatus;
    qint64 rehearsalMs = 0;

    bool succeeded() const
    {
        return status == ApplyStatus::Applied || status == ApplyStatus::NoChanges || status == ApplyStatus::DryRun;
    }
    const StageReport *stage(const QString &name) const;
};

SCHEMAPILOT_CORE_EXPORT QString applyStatusName(ApplyStatus status);   // "applied", "timed_out", ...
SCHEMAPILOT_CORE_EXPORT QString stageOutcomeName(StageOutcome outcome); // "ok", "failed", "skipped"

} // namespace SchemaPilot::Core
