#include "exec/transactionrunner.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/sqlexec.h"
#include "exec/safetycheck.h"
#include "exec/verification.h"

#include <QElapsedTimer>

namespace SchemaPilot::Core {

TransactionRunner::TransactionRunner(const Dialect &dialect, const ExecutionRuntime &runtime, const Connection &connection,
                                     ApplyProgress &progress, const ApplyOptions &options)
    : m_dialect(dialect)
    , m_runtime(runtime)
    , m_connection(connection)
    , m_progress(progress)
    , m_options(options)
{
}

Result<void> TransactionRunner::stopped() const
{
    if (m_canceled || m_progress.canceled())
        return fail(ErrorCode::Canceled, Tr::tr("The migration was canceled and rolled back; the database is unchanged"));
    if (m_timedOut || m_deadline.hasExpired())
        return fail(ErrorCode::TimedOut,
                    Tr::tr("The migration took longer than its limit of %1 ms and was rolled back; the database is "
                           "unchanged. Raise the limit (--timeout-ms) or migrate when the database is quiet")
                        .arg(m_options.maxExecutionTimeMs));
    return {};
}

Error TransactionRunner::stoppedError(const Error &engineError) const
{
    if (auto stop = stopped(); !stop) {
        Error error = stop.error();
        error.statement = engineError.statement;
        return error;
    }
    return engineError;
}

Result<void> TransactionRunner::run(const CheckReport &report, const CheckRequest &request, ApplyResult &result,
                                    EarlyDigests &digests, const Hook &beforeCommit, const StepHook &afterOutsideStep)
{
    const QSqlDatabase db = m_connection.database();
    m_deadline = m_options.maxExecutionTimeMs > 0 ? QDeadlineTimer(m_options.maxExecutionTimeMs) : QDeadlineTimer::Forever;

    // PRAGMA foreign_keys is a no-op inside a transaction: switch it before BEGIN.
    std::optional<bool> previousForeignKeys;
    if (report.plan.needsForeignKeysOff) {
        auto previous = m_runtime.setForeignKeyEnforcement(db, false);
        if (!previous)
            return fail(previous.error());
        previousForeignKeys = *previous;
        result.notes << Tr::tr("Foreign key enforcement was off during the rebuild and checked with foreign_key_check after");
    }

    // Freed pages of a plan that deletes nothing hold only copied rows: not worth overwriting.
    std::unique_ptr<ScopedSetting> scrubbing;
    if (!report.plan.isDestructive())
        scrubbing = m_runtime.skipScrubbingCopiedPages(db);

    QElapsedTimer transaction;
    transaction.start();
    Result<void> outcome;
    {
        // Interrupts a running statement as soon as the limit passes or the caller cancels.
        auto guard = m_runtime.guard(m_connection, [this] {
            if (m_progress.canceled())
                m_canceled = true;
            else if (m_deadline.hasExpired())
                m_timedOut = true;
            return m_canceled || m_timedOut;
        });
        outcome = runInTransaction(report, request, result, digests, beforeCommit);
        if (outcome)
            outcome = runOutsideTransaction(report, request, result, afterOutsideStep);
    }
    result.transactionMs = transaction.elapsed();

    if (previousForeignKeys) {
        if (auto restored = m_runtime.setForeignKeyEnforcement(db, *previousForeignKeys); !restored)
            qCWarning(lcCore) << "could not restore PRAGMA foreign_keys:" << restored.error().toString();
    }
    return outcome;
}

Result<void> TransactionRunner::runInTransaction(const CheckReport &report, const CheckRequest &request, ApplyResult &result,
                                                 EarlyDigests &digests, const Hook &beforeCommit)
{
    const QSqlDatabase db = m_connection.database();
    m_progress.beginStage(QStringLiteral("execute"), Tr::tr("Starting the transaction"));
    const qint64 limitMs = m_deadline.isForever() ? 0 : qMax<qint64>(1, m_deadline.remainingTime());
    if (auto begun = m_runtime.beginWithTimeLimit(db, limitMs); !begun) {
        m_progress.endStage(StageOutcome::Failed, begun.error().toString());
        return fail(stoppedError(begun.error()));
    }
    auto rollback = [&](const Error &error, const QString &stage) -> Result<void> {
        m_progress.endStage(StageOutcome::Failed, error.toString());
        m_progress.beginStage(QStringLiteral("rollback"), Tr::tr("Rolling back"));
        if (auto undone = m_runtime.rollback(db); !undone) {
            m_progress.endStage(StageOutcome::Failed, undone.error().toString());
            Error combined = error;
            combined.message += Tr::tr(" — and the rollback failed too (%1); restore the automatic backup")
                                    .arg(undone.error().toString());
            return fail(combined);
        }
        m_progress.endStage(StageOutcome::Ok, Tr::tr("rolled back after a failure in %1").arg(stage));
        return fail(error);
    };

    if (auto settled = digests.settle(m_connection); !settled)
        return rollback(stoppedError(settled.error()), QStringLiteral("execute"));

    int done = 0;
    const int total = int(report.plan.forwardSql().size());
    QList<PlanStep> outside;   // after the commit; verification knows they have not run yet
    for (int i = 0; i < report.plan.steps.size(); ++i) {
        const PlanStep &step = report.plan.steps.at(i);
        if (!step.transactional) {
            outside << step;
            result.stepMs << 0;
            continue;
        }
        QElapsedTimer stepTimer;
        stepTimer.start();
        for (const QString &sql : step.sql) {
            if (auto stop = stopped(); !stop)
                return rollback(stop.error(), QStringLiteral("execute"));
            if (auto ok = execSql(db, sql); !ok) {
                Error error = stoppedError(ok.error());
                if (error.code != ErrorCode::TimedOut && error.code != ErrorCode::Canceled)
                    error.message = m_runtime.transactionalDdl()
                                        ? Tr::tr("Step %1 (%2 %3) failed: %4; rolled back, the database is unchanged")
                                              .arg(i + 1).arg(operationTypeName(step.type), step.table, ok.error().message)
                                        : Tr::tr("Step %1 (%2 %3) failed: %4")
                                              .arg(i + 1).arg(operationTypeName(step.type), step.table, ok.error().message);
                return rollback(error, QStringLiteral("execute"));
            }
            ++done;
            m_progress.statementDone(Tr::tr("Step %1/%2: %3 (%4/%5 statements)")
                                         .arg(i + 1).arg(report.plan.steps.size()).arg(step.comment).arg(done).arg(total));
        }
        result.stepMs << stepTimer.elapsed();
        result.executedSteps << i;
    }
    m_progress.endStage(StageOutcome::Ok, Tr::tr("%1 statement(s)").arg(done));

    m_progress.beginStage(QStringLiteral("verify"), Tr::tr("Verifying the result"));
    // The pre-flight check read the whole database; the migration wrote only these tables.
    const WrittenTables written = writtenTables(report);
    if (auto ok = m_runtime.checkTablesForeignKeys(db, written.foreignKeyTables); !ok)
        return rollback(stoppedError(ok.error()), QStringLiteral("verify"));
    if (auto ok = m_runtime.checkTablesIntegrity(db, m_options.integrity, written.tables); !ok)
        return rollback(stoppedError(ok.error()), QStringLiteral("verify"));
    auto fingerprint = verifySchema(m_dialect, m_connection, report, request, outside);
    if (!fingerprint)
        return rollback(stoppedError(fingerprint.error()), QStringLiteral("verify"));
    // The early scan may still be reading the tables as they were; the migration waits for it here.
    auto before = digests.before();
    if (!before)
        return rollback(stoppedError(before.error()), QStringLiteral("verify"));
    const QList<RewrittenTable> rewritten = *before;
    if (auto ok = compareDigests(m_runtime, m_connection, rewritten); !ok)
        return rollback(stoppedError(ok.error()), QStringLiteral("verify"));
    if (auto stop = stopped(); !stop)
        return rollback(stop.error(), QStringLiteral("verify"));
    result.fingerprintAfter = *fingerprint;
    QStringList verified;
    for (const RewrittenTable &t : rewritten)
        verified << QStringLiteral("%1 (%2 rows)").arg(t.after).arg(t.digest.rows);
    m_progress.endStage(StageOutcome::Ok,
                        verified.isEmpty() ? Tr::tr("schema matches the desired one")
                                           : Tr::tr("schema matches; rows and kept columns unchanged in %1").arg(verified.join(u", ")));

    if (beforeCommit) {
        m_progress.beginStage(QStringLiteral("history"), Tr::tr("Recording the migration in the history"));
        if (auto ok = beforeCommit(); !ok)
            return rollback(stoppedError(ok.error()), QStringLiteral("history"));
    }
    m_progress.beginStage(QStringLiteral("commit"), Tr::tr("Committing"));
    if (auto ok = m_runtime.commit(db); !ok)
        return rollback(stoppedError(ok.error()), QStringLiteral("commit"));
    result.committed = true;
    m_progress.endStage(StageOutcome::Ok);
    return {};
}

bool TransactionRunner::interrupted() const
{
    return m_canceled || m_progress.canceled() || m_timedOut || m_deadline.hasExpired();
}

Result<void> TransactionRunner::runOutsideTransaction(const CheckReport &report, const CheckRequest &request, ApplyResult &result,
                                                      const StepHook &afterStep)
{
    QList<int> outside;
    for (int i = 0; i < report.plan.steps.size(); ++i)
        if (!report.plan.steps.at(i).transactional)
            outside << i;
    if (outside.isEmpty())
        return {};
    const QSqlDatabase db = m_connection.database();
    m_progress.beginStage(QStringLiteral("outside"), Tr::tr("Running %1 step(s) outside the transaction").arg(outside.size()));
    const auto record = [&](int i, const std::optional<Error> &failure) {
        if (!afterStep)
            return;
        if (auto ok = afterStep(i, failure); !ok)
            result.notes << Tr::tr("Could not record step %1 in the history: %2").arg(i + 1).arg(ok.error().toString());
    };
    for (int i : std::as_const(outside)) {
        const PlanStep &step = report.plan.steps.at(i);
        QElapsedTimer stepTimer;
        stepTimer.start();
        Result<void> ran;
        for (const QString &sql : step.sql) {
            if (interrupted()) {
                ran = fail(ErrorCode::StatementFailed, Tr::tr("stopped before it ran (canceled or out of time)"));
                break;
            }
            if (ran = execSql(db, sql); !ran)
                break;
            m_progress.statementDone(Tr::tr("Step %1/%2: %3").arg(i + 1).arg(report.plan.steps.size()).arg(step.comment));
        }
        result.stepMs[i] = stepTimer.elapsed();
        if (!ran) {
            const Error error = outsideStepError(i, step, ran.error());
            m_progress.endStage(StageOutcome::Failed, error.toString());
            record(i, error);
            return fail(error);
        }
        result.executedSteps << i;
        record(i, std::nullopt);
    }
    // Now the whole of it: the indexes built outside included.
    auto fingerprint = verifySchema(m_dialect, m_connection, report, request);
    if (!fingerprint) {
        Error error = fingerprint.error();
        error.message = Tr::tr("The migration committed and its steps outside the transaction ran, but: %1").arg(error.message);
        m_progress.endStage(StageOutcome::Failed, error.toString());
        return fail(error);
    }
    result.fingerprintAfter = *fingerprint;
    m_progress.endStage(StageOutcome::Ok, Tr::tr("%1 step(s)").arg(outside.size()));
    return {};
}

// The transaction has committed: say so, and drop what the step left half-built (an INVALID
// index would be maintained on every write, never used, and refused by the next pre-flight check).
Error TransactionRunner::outsideStepError(int index, const PlanStep &step, const Error &cause)
{
    Error error = cause;
    if (interrupted())
        error.code = (m_canceled || m_progress.canceled()) ? ErrorCode::Canceled : ErrorCode::TimedOut;
    QString cleanup;
    if (auto dropped = m_runtime.dropHalfBuilt(m_connection.database(), step.sql); !dropped)
        cleanup = Tr::tr(" Dropping what it left half-built failed (%1): drop any INVALID index it left by hand.").arg(dropped.error().toString());
    else if (!dropped->isEmpty())
        cleanup = Tr::tr(" The invalid index %1 it left was dropped.").arg(dropped->join(QStringLiteral(", ")));
    error.message = Tr::tr("Step %1 (%2 %3), which runs outside the transaction, failed: %4. The migration's transaction had "
                           "already committed, so the steps before it stay applied.%5 Apply again to run what is left")
                        .arg(index + 1).arg(operationTypeName(step.type), step.table, cause.message, cleanup);
    return error;
}

} // namespace SchemaPilot::Core
