#pragma once

#include "db/connection.h"
#include "dialects/dialect.h"
#include "exec/applyoptions.h"
#include "exec/applyprogress.h"
#include "exec/verification.h"
#include "service/checkservice.h"

#include <QDeadlineTimer>

#include <atomic>
#include <functional>

namespace SchemaPilot::Core {

// Runs a checked plan inside one transaction: foreign keys off when the plan needs it (restored
// after), BEGIN, each statement under a guard that interrupts it on timeout or cancel, post-flight
// checks and verification, then COMMIT — or ROLLBACK on any failure, leaving the database as it was.
// Steps that cannot run in a transaction (transactional: false, e.g. CREATE INDEX CONCURRENTLY)
// run after the COMMIT, one by one and each on its own; a failure there leaves the committed part.
class TransactionRunner final
{
public:
    TransactionRunner(const Dialect &dialect, const ExecutionRuntime &runtime, const Connection &connection,
                      ApplyProgress &progress, const ApplyOptions &options);

    // `result` receives fingerprintAfter, transactionMs and notes. The error says what failed;
    // its code is TimedOut or Canceled when the run was stopped.
    // `beforeCommit` runs inside the transaction after verification (the history rows).
    using Hook = std::function<Result<void>()>;
    // `afterOutsideStep` runs after each step outside the transaction, with its error if it failed
    // (the history row of that step).
    using StepHook = std::function<Result<void>(int step, const std::optional<Error> &failure)>;
    // `digests`: of the tables the plan rewrites (rewrittenTables()), perhaps started early.
    Result<void> run(const CheckReport &report, const CheckRequest &request, ApplyResult &result, EarlyDigests &digests,
                     const Hook &beforeCommit = {}, const StepHook &afterOutsideStep = {});

private:
    Result<void> runInTransaction(const CheckReport &report, const CheckRequest &request, ApplyResult &result,
                                  EarlyDigests &digests, const Hook &beforeCommit);
    Result<void> runOutsideTransaction(const CheckReport &report, const CheckRequest &request, ApplyResult &result,
                                       const StepHook &afterStep);
    Error outsideStepError(int index, const PlanStep &step, const Error &cause);
    bool interrupted() const;
    Result<void> stopped() const;
    Error stoppedError(const Error &engineError) const;

    const Dialect &m_dialect;
    const ExecutionRuntime &m_runtime;
    const Connection &m_connection;
    ApplyProgress &m_progress;
    const ApplyOptions &m_options;
    QDeadlineTimer m_deadline;
    // Set by the statement guard, which may watch from a thread of its own (PostgreSQL, MySQL).
    std::atomic<bool> m_timedOut = false;
    std::atomic<bool> m_canceled = false;
};

} // namespace SchemaPilot::Core
