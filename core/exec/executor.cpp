#include "exec/executor.h"

#include "common/asyncrun.h"
#include "common/logging.h"
#include "common/tr.h"
#include "backup/backupstore.h"
#include "exec/applyprogress.h"
#include "exec/historywriter.h"
#include "history/historystore.h"
#include "exec/migrationlock.h"
#include "exec/safetycheck.h"
#include "exec/transactionrunner.h"

#include <QDir>
#include <QLocale>
#include <QTemporaryDir>
#include <QUuid>

namespace SchemaPilot::Core {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One run of the pipeline; each stage returns false when the run ends there.
class ApplyRun final
{
public:
    ApplyRun(QPromise<ApplyResult> &promise, const DialectRegistry &dialects, const ApplyRequest &request)
        : m_promise(promise)
        , m_dialects(dialects)
        , m_request(request)
        , m_progress(promise, m_result)
    {
        m_result.migrationId = newId();
        m_result.batchId = newId();
        if (auto options = HistoryOptions::fromEnvironment())
            m_historyOptions = *options;
    }

    ApplyResult run()
    {
        execute();
        m_progress.endStage(m_result.error ? StageOutcome::Failed : StageOutcome::Ok,
                            m_result.error ? m_result.error->toString() : QString());
        finishHistory();
        m_lock.reset();   // released before the result is delivered
        m_connection.reset();
        m_result.executionTimeMs = m_progress.elapsedMs();
        return m_result;
    }

private:
    // A damaged database is a safety refusal (exit 3), not an ordinary failure.
    void endWith(const Error &error)
    {
        const bool damaged = error.code == ErrorCode::DatabaseCorrupt || error.code == ErrorCode::IntegrityCheckFailed;
        end(damaged ? ApplyStatus::Refused : ApplyStatus::Failed, error);
    }

    void end(ApplyStatus status, std::optional<Error> error = std::nullopt)
    {
        m_result.status = status;
        m_result.error = std::move(error);
    }

    void execute()
    {
        const ApplyOptions &options = m_request.options;
        m_progress.beginStage(QStringLiteral("connect"), Tr::tr("Connecting to %1").arg(m_request.check.url.redacted()));
        auto dialect = m_dialects.forUrl(m_request.check.url);
        if (!dialect)
            return end(ApplyStatus::Failed, dialect.error());
        m_dialect = *dialect;
        m_runtime = m_dialect->runtime();
        if (!m_runtime)
            return end(ApplyStatus::Failed, Error{ErrorCode::Unsupported,
                                                  Tr::tr("Applying migrations is not available for %1 yet").arg(m_dialect->name()),
                                                  {}, {}, {}, 0});
        // Read the schema first: a typo in --schema must not create an empty database file.
        if (!m_request.check.schemaText) {
            auto ddl = readSchemaFile(m_request.check.schemaFile);
            if (!ddl)
                return end(ApplyStatus::Failed, ddl.error());
            m_schemaText = *ddl;   // read once: a pipe has nothing left for a second read
        }
        auto connection = Connection::open(m_request.check.url, Connection::Access::ReadWriteCreate, QStringLiteral("apply"));
        if (!connection)
            return endWith(connection.error());
        m_connection = std::move(*connection);
        // The pre-flight checks only read: they run on a second connection (where the engine allows)
        // from here on, while this one takes the lock and compares the schemas. A refused lock
        // abandons them.
        EarlyPreflight preflight(*m_runtime, options.integrity);
        preflight.start(*m_connection);

        m_progress.beginStage(QStringLiteral("lock"), Tr::tr("Taking the migration lock"));
        m_lock = m_runtime->migrationLock(m_request.check.url);
        auto acquired = m_lock->acquire();
        if (!acquired) {
            m_lock.reset();
            return end(acquired.error().code == ErrorCode::LockHeld ? ApplyStatus::Refused : ApplyStatus::Failed,
                       acquired.error());
        }
        if (acquired->tookOverFrom) {
            m_result.lockTakenOverFrom = acquired->tookOverFrom;
            m_result.notes << Tr::tr("Took over a stale migration lock left by %1").arg(acquired->tookOverFrom->describe());
        }
        if (cancelled())
            return;

        m_progress.beginStage(QStringLiteral("check"), Tr::tr("Comparing the database with the desired schema"));
        CheckRequest check = m_request.check;
        if (!check.schemaText)
            check.schemaText = m_schemaText;
        check.reuseDesiredLoad = false;   // what is applied comes from the file as it is now, never a cache
        auto report = runCheck(*m_dialect, *m_connection, check);
        if (!report)
            return endWith(report.error());
        m_report = std::move(*report);
        m_result.plan = m_report.plan;
        m_result.warnings = m_report.plan.allWarnings();
        m_result.fingerprintBefore = m_report.current.fingerprint();
        m_result.fingerprintDesired = m_report.desired.fingerprint();
        m_progress.setStatementCount(int(m_report.plan.forwardSql().size()));
        if (!m_report.migrationNeeded()) {
            m_result.fingerprintAfter = m_result.fingerprintBefore;
            return end(ApplyStatus::NoChanges);
        }

        m_progress.beginStage(QStringLiteral("safety"), Tr::tr("Checking for data loss"));
        m_result.needsConsent = consentNeeded(m_report.plan, *m_dialect, m_connection->database());
        if (!m_result.needsConsent.isEmpty() && !options.allowDataLoss && options.mode != ApplyMode::DryRun) {
            QStringList lines;
            for (const ConsentItem &item : m_result.needsConsent)
                lines << describeConsent(item);
            return end(ApplyStatus::Refused,
                       Error{ErrorCode::Refused,
                             Tr::tr("Refused: %1 destructive operation(s) need --allow-data-loss: %2. Nothing was changed")
                                 .arg(m_result.needsConsent.size()).arg(lines.join(QStringLiteral("; "))),
                             {}, {}, {}, 0});
        }

        // The probes counted rows the engine will reject: the run would fail after the backup and
        // the rewrite (and, where DDL commits at once, a restore). Stop first; the failure is recorded.
        if (const QList<Warning> failures = m_report.plan.predictedFailures(); !failures.isEmpty()) {
            QStringList lines;
            for (const Warning &w : failures)
                lines << QStringLiteral("%1 %2").arg(w.code, w.message);
            const QString found = lines.join(QStringLiteral("; "));
            if (options.mode != ApplyMode::Apply) {
                m_result.notes << Tr::tr("A real run would stop here and change nothing: %1").arg(found);
            } else {
                m_wroteNothing = false;
                return end(ApplyStatus::Failed,
                           Error{ErrorCode::DataViolatesSchema,
                                 Tr::tr("The migration would fail on the rows there now: %1. Nothing was changed and no "
                                        "backup was made; fix those rows (or the desired schema) and run it again")
                                     .arg(found),
                                 {}, {}, {}, 0});
            }
        }

        // The digests of the tables the plan rewrites are read on a second connection meanwhile.
        EarlyDigests digests(*m_runtime, rewrittenTables(m_report));
        if (options.mode == ApplyMode::Apply)
            digests.start(*m_connection);
        m_progress.beginStage(QStringLiteral("preflight"), Tr::tr("Checking the database's integrity"));
        if (auto ok = preflight.result(*m_connection); !ok) {
            Error error = ok.error();
            error.message = Tr::tr("Pre-flight check failed, nothing was written: %1").arg(error.message);
            return end(error.code == ErrorCode::IntegrityCheckFailed ? ApplyStatus::Refused : ApplyStatus::Failed, error);
        }
        // Its time was spent during the comparison: say so, or "0 ms" reads like a skipped check.
        m_progress.endStage(StageOutcome::Ok, preflight.ranAlongside()
                                                  ? Tr::tr("ran on a second connection during the comparison")
                                                  : QString());
        if (cancelled())
            return;

        if (options.mode == ApplyMode::DryRun) {
            m_progress.skipStage(QStringLiteral("execute"), Tr::tr("dry run"));
            return end(ApplyStatus::DryRun);
        }
        if (options.mode == ApplyMode::Rehearse)
            return rehearse();

        if (!backup())
            return;
        if (cancelled())
            return;

        TransactionRunner runner(*m_dialect, *m_runtime, *m_connection, m_progress, options);
        TransactionRunner::Hook recordApplied;
        if (m_request.recordHistory) {
            recordApplied = [this]() -> Result<void> {
                HistoryStore history(m_connection->database(), m_historyOptions);
                if (auto ok = history.ensureTable(HistoryStore::Transaction::Caller); !ok)
                    return ok;
                auto appended = history.appendAll(appliedHistoryRecords(m_result, m_startedAt));
                if (!appended)
                    return fail(appended.error());
                return {};
            };
        }
        TransactionRunner::StepHook recordOutsideStep;
        if (m_request.recordHistory) {
            recordOutsideStep = [this](int step, const std::optional<Error> &failure) -> Result<void> {
                HistoryStore history(m_connection->database(), m_historyOptions);
                auto appended = history.append(stepHistoryRecord(m_result, step, m_startedAt, failure));
                if (!appended)
                    return fail(appended.error());
                return {};
            };
        }
        if (auto ok = runner.run(m_report, m_request.check, m_result, digests, recordApplied, recordOutsideStep); !ok) {
            m_wroteNothing = false;   // failures and timeouts are recorded
            Error error = ok.error();
            if (!m_runtime->transactionalDdl())
                restoreAfterFailure(error);
            return end(error.code == ErrorCode::TimedOut ? ApplyStatus::TimedOut : ApplyStatus::Failed, error);
        }
        m_wroteNothing = false;
        end(ApplyStatus::Applied);
    }

    bool cancelled()
    {
        if (!m_progress.canceled())
            return false;
        end(ApplyStatus::Failed, Error{ErrorCode::Canceled, Tr::tr("Canceled before anything was written"), {}, {}, {}, 0});
        return true;
    }

    bool backup()
    {
        const ApplyOptions &options = m_request.options;
        if (!options.autoBackup && !m_runtime->transactionalDdl() && m_request.recordHistory) {
            end(ApplyStatus::Refused,
                Error{ErrorCode::Refused,
                      Tr::tr("Refused: %1 cannot roll back schema changes (DDL commits at once), so a migration needs the "
                             "automatic backup to undo a failure. Remove --no-backup (auto_backup: false). Nothing was changed")
                          .arg(m_dialect->name()),
                      {}, {}, {}, 0});
            return false;
        }
        if (!options.autoBackup) {
            m_progress.skipStage(QStringLiteral("backup"), Tr::tr("automatic backup disabled"));
            m_result.notes << Tr::tr("No automatic backup was made (disabled)");
            return true;
        }
        m_progress.beginStage(QStringLiteral("backup"), Tr::tr("Making a verified backup"));
        const BackupEngine *engine = m_dialect->backupEngine();
        if (!engine) {
            end(ApplyStatus::Failed, Error{ErrorCode::Unsupported,
                                           Tr::tr("Automatic backups of %1 databases are not available; pass --no-backup "
                                                  "to migrate without one").arg(m_dialect->name()),
                                           {}, {}, {}, 0});
            return false;
        }
        QString directory = options.backupDir;
        if (directory.isEmpty()) {
            auto fallback = defaultBackupDirectory(m_request.check.url);
            if (!fallback) {
                end(ApplyStatus::Failed, fallback.error());
                return false;
            }
            directory = *fallback;
        }
        m_backupDirectory = directory;
        BackupStore store(directory);
        store.setPassphrase(options.backupPassphrase);
        BackupRequest request;
        request.encrypt = options.encryptBackups;
        request.signingKeyPath = options.backupSigningKey;
        request.reason = BackupReason::PreMigration;
        request.batchId = m_result.batchId;
        request.schema = m_report.current;
        // One check of the copy, not two: verify() below reads it back from disk (checksum) and
        // checks it as deeply as the pre-flight check read the database.
        request.verifyAfterCreate = false;
        request.progress = [this](qint64, qint64) { return !m_progress.canceled(); };
        auto created = store.create(*m_connection, *engine, request);
        if (!created) {
            Error error = created.error();
            error.message = Tr::tr("The automatic backup failed, nothing was changed: %1").arg(error.message);
            end(ApplyStatus::Failed, error);
            return false;
        }
        auto verified = store.verify(created->id, *engine, options.integrity);
        if (!verified || !verified->ok) {
            end(ApplyStatus::Failed,
                Error{ErrorCode::BackupInvalid,
                      Tr::tr("The automatic backup %1 did not verify, nothing was changed: %2")
                          .arg(created->id, verified ? verified->message : verified.error().toString()),
                      {}, {}, store.directory(), 0});
            return false;
        }
        m_result.backupId = created->id;
        m_progress.endStage(StageOutcome::Ok, Tr::tr("%1 (%2 bytes, verified) in %3").arg(created->id).arg(created->size).arg(directory));
        pruneBackups(store, *engine);
        return true;
    }

    // Engines whose DDL commits at once keep the steps that ran before a failure: restore the
    // verified pre-migration backup, so a failed migration still leaves the database as it was.
    void restoreAfterFailure(Error &error)
    {
        QStringList ran;
        for (int index : std::as_const(m_result.executedSteps)) {
            const PlanStep &step = m_result.plan.steps.at(index);
            ran << QStringLiteral("%1 %2 %3").arg(index + 1).arg(operationTypeName(step.type), step.table);
        }
        const QString applied = ran.isEmpty() ? Tr::tr("no step had completed") : Tr::tr("step(s) applied: %1").arg(ran.join(u", "));
        if (m_result.backupId.isEmpty()) {
            error.message += Tr::tr(" — %1 and stay applied: %2 DDL is not transactional and no backup was made")
                                 .arg(applied, m_dialect->name());
            return;
        }
        m_progress.beginStage(QStringLiteral("restore"),
                              Tr::tr("Restoring backup %1: %2 DDL is not transactional").arg(m_result.backupId, m_dialect->name()));
        const BackupEngine *engine = m_dialect->backupEngine();
        BackupStore store(m_backupDirectory);
        store.setPassphrase(m_request.options.backupPassphrase);   // the backup may be encrypted
        auto metadata = store.find(m_result.backupId);
        Result<void> restored = metadata ? store.restore(m_result.backupId, *m_connection, *engine) : Result<void>(fail(metadata.error()));
        if (restored)
            restored = checkRestored(*metadata, *m_connection, *engine, &m_dialect->inspector());
        if (!restored) {
            m_progress.endStage(StageOutcome::Failed, restored.error().toString());
            error.message += Tr::tr(" — %1; %2 DDL is not transactional and restoring the pre-migration backup %3 failed "
                                    "(%4). The database is partly migrated: restore it with `schemapilot-cli backup restore %3`")
                                 .arg(applied, m_dialect->name(), m_result.backupId, restored.error().toString());
            return;
        }
        m_result.restoredFromBackup = true;
        m_result.notes << Tr::tr("Restored the pre-migration backup %1 after the failure (%2)").arg(m_result.backupId, applied);
        m_progress.endStage(StageOutcome::Ok, Tr::tr("restored %1; row counts and schema match it").arg(m_result.backupId));
        error.message += Tr::tr(" — %1; %2 DDL is not transactional, so the pre-migration backup %3 was restored: the "
                                "database is as it was before")
                             .arg(applied, m_dialect->name(), m_result.backupId);
    }

    // Retention applies to automatic backups only; the newest ones and this run's are kept.
    void pruneBackups(const BackupStore &store, const BackupEngine &)
    {
        const ApplyOptions &options = m_request.options;
        if (options.retentionDays > 0) {
            CleanupOptions cleanup;
            cleanup.keepDays = options.retentionDays;
            cleanup.protectedBatchId = m_result.batchId;
            if (auto removed = store.cleanup(cleanup); removed && !removed->isEmpty())
                m_result.notes << Tr::tr("Removed %1 backup(s) older than %2 day(s)").arg(removed->size()).arg(options.retentionDays);
        }
        if (options.retentionCount > 0) {
            auto all = store.list();
            if (!all)
                return;
            int kept = 0;
            int removed = 0;
            for (const BackupMetadata &m : *all) {   // newest first
                if (m.reason != BackupReason::PreMigration)
                    continue;
                if (++kept <= options.retentionCount || m.batchId == m_result.batchId)
                    continue;
                if (store.remove(m.id))
                    ++removed;
            }
            if (removed > 0)
                m_result.notes << Tr::tr("Removed %1 automatic backup(s) beyond the newest %2").arg(removed).arg(options.retentionCount);
        }
    }

    void rehearse()
    {
        m_progress.beginStage(QStringLiteral("rehearse"), Tr::tr("Rehearsing on a private copy"));
        const QString base = m_request.options.rehearsalDir.isEmpty() ? QDir::tempPath() : m_request.options.rehearsalDir;
        QTemporaryDir folder(QDir(base).filePath(QStringLiteral("schemapilot-rehearsal-XXXXXX")));
        if (!folder.isValid())
            return end(ApplyStatus::Failed, Error{ErrorCode::Internal, Tr::tr("Cannot create a folder for the rehearsal copy"),
                                                  {}, folder.errorString(), base, 0});
        auto copy = m_runtime->makeRehearsalCopy(*m_connection, folder.path());
        if (!copy)
            return end(ApplyStatus::Failed, copy.error());
        ApplyRequest rehearsal = m_request;
        rehearsal.check.url = *copy;
        rehearsal.options.mode = ApplyMode::Apply;
        rehearsal.options.autoBackup = false;
        rehearsal.options.allowDataLoss = true;   // consent was checked above on the live database
        rehearsal.recordHistory = false;
        QPromise<ApplyResult> promise;
        promise.start();
        const ApplyResult outcome = ApplyRun(promise, m_dialects, rehearsal).run();
        promise.finish();
        if (auto dropped = m_runtime->dropRehearsalCopy(*copy); !dropped)
            m_result.notes << Tr::tr("Could not remove the rehearsal copy: %1").arg(dropped.error().toString());
        m_result.rehearsed = true;
        m_result.rehearsalStatus = outcome.status;
        m_result.rehearsalMs = outcome.executionTimeMs;
        m_result.transactionMs = outcome.transactionMs;
        m_result.fingerprintAfter = outcome.fingerprintAfter;
        for (const StageReport &stage : outcome.stages)
            m_result.stages << StageReport{QStringLiteral("rehearsal:") + stage.name, stage.outcome, stage.ms, stage.detail};
        m_result.notes << Tr::tr("Rehearsal on a copy: %1 in %2 ms (transaction %3 ms); the database was not changed")
                              .arg(applyStatusName(outcome.status)).arg(outcome.executionTimeMs).arg(outcome.transactionMs);
        if (outcome.status == ApplyStatus::Applied)
            return end(ApplyStatus::DryRun);
        end(outcome.status, outcome.error);
    }

    // A failed or timed-out run is recorded after its rollback, so the record survives it. After
    // the commit there was none: the committed steps and the failed one have their rows already.
    void finishHistory()
    {
        if (!m_request.recordHistory || m_wroteNothing || !m_connection || m_result.status == ApplyStatus::Applied
            || m_result.committed)
            return;
        m_progress.beginStage(QStringLiteral("history"), Tr::tr("Recording the failed run in the history"));
        HistoryStore history(m_connection->database(), m_historyOptions);
        m_result.executionTimeMs = m_progress.elapsedMs();
        auto appended = history.append(failedHistoryRecord(m_result, m_startedAt));
        if (!appended) {
            m_result.notes << Tr::tr("Could not record the failed run in the history: %1").arg(appended.error().toString());
            m_progress.endStage(StageOutcome::Failed, appended.error().toString());
            return;
        }
        m_progress.endStage(StageOutcome::Ok);
    }

    QPromise<ApplyResult> &m_promise;
    const DialectRegistry &m_dialects;
    const ApplyRequest &m_request;
    ApplyResult m_result;
    ApplyProgress m_progress;
    const Dialect *m_dialect = nullptr;
    const ExecutionRuntime *m_runtime = nullptr;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MigrationLock> m_lock;
    QString m_backupDirectory;
    QString m_schemaText;
    CheckReport m_report;
    HistoryOptions m_historyOptions;
    QDateTime m_startedAt = QDateTime::currentDateTimeUtc();
    bool m_wroteNothing = true;
};

// PostgreSQL's target schema travels both in the inspection options and in the URL (connections
// take their search_path from it; the lock and the backups use it): make both name the same one.
ApplyRequest withTargetSchema(ApplyRequest request)
{
    if (request.check.url.engine != Engine::PostgreSQL)
        return request;
    const QString key = QStringLiteral("schema");
    if (!request.check.inspect.schemaName.isEmpty())
        request.check.url.params.insert(key, request.check.inspect.schemaName);
    else
        request.check.inspect.schemaName = request.check.url.params.value(key);
    return request;
}

} // namespace

void runApply(QPromise<ApplyResult> &promise, const DialectRegistry &dialects, const ApplyRequest &request)
{
    const ApplyRequest normalised = withTargetSchema(request);
    ApplyResult result = ApplyRun(promise, dialects, normalised).run();
    qCInfo(lcCore) << "apply" << request.check.url.redacted() << applyStatusName(result.status) << "in"
                   << result.executionTimeMs << "ms";
    promise.addResult(std::move(result));
}

Executor::Executor(const DialectRegistry &dialects, QThreadPool *pool)
    : m_dialects(dialects)
    , m_pool(pool)
{
}

QFuture<ApplyResult> Executor::apply(const ApplyRequest &request) const
{
    return asyncRun(m_pool, [&dialects = m_dialects, request](QPromise<ApplyResult> &promise) {
        runApply(promise, dialects, request);
    });
}

ApplyResult Executor::applySync(const ApplyRequest &request) const
{
    QPromise<ApplyResult> promise;
    QFuture<ApplyResult> future = promise.future();
    promise.start();
    runApply(promise, m_dialects, request);
    promise.finish();
    return future.result();
}

} // namespace SchemaPilot::Core
