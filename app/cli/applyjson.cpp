#include "applyjson.h"

#include "planjson.h"

#include "exec/safetycheck.h"

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject applyResultToJson(const ApplyResult &result)
{
    QJsonArray stages;
    for (const StageReport &stage : result.stages)
        stages.append(QJsonObject{{QStringLiteral("name"), stage.name},
                                  {QStringLiteral("outcome"), stageOutcomeName(stage.outcome)},
                                  {QStringLiteral("ms"), stage.ms},
                                  {QStringLiteral("detail"), stage.detail}});
    QJsonArray consent;
    for (const ConsentItem &item : result.needsConsent)
        consent.append(QJsonObject{{QStringLiteral("step"), item.step + 1},
                                   {QStringLiteral("type"), operationTypeName(item.type)},
                                   {QStringLiteral("table"), item.table},
                                   {QStringLiteral("column"), stringOrNull(item.column)},
                                   {QStringLiteral("rows_lost"), item.rowsLost},
                                   {QStringLiteral("message"), describeConsent(item)}});
    QJsonObject object{
        {QStringLiteral("status"), applyStatusName(result.status)},
        {QStringLiteral("migration_id"), result.migrationId},
        {QStringLiteral("batch_id"), result.batchId},
        {QStringLiteral("backup_id"), stringOrNull(result.backupId)},
        {QStringLiteral("execution_time_ms"), result.executionTimeMs},
        {QStringLiteral("transaction_ms"), result.transactionMs},
        {QStringLiteral("migration_needed"), !result.plan.isEmpty()},
        {QStringLiteral("complexity"), complexityName(result.plan.complexity)},
        {QStringLiteral("estimated_downtime_ms"), result.plan.estimatedMs},
        {QStringLiteral("operations"), stepsToJson(result.plan.steps)},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("warnings"), warningsToJson(result.warnings)},
        {QStringLiteral("needs_consent"), consent},
        {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
        {QStringLiteral("fingerprint_before"), stringOrNull(result.fingerprintBefore)},
        {QStringLiteral("fingerprint_desired"), stringOrNull(result.fingerprintDesired)},
        {QStringLiteral("fingerprint_after"), stringOrNull(result.fingerprintAfter)},
    };
    if (result.error) {
        object.insert(QStringLiteral("error"), result.error->toString());
        object.insert(QStringLiteral("error_code"), errorCodeName(result.error->code));
    }
    if (result.lockTakenOverFrom)
        object.insert(QStringLiteral("lock_taken_over_from"), result.lockTakenOverFrom->toJson());
    if (result.status == ApplyStatus::Failed || result.status == ApplyStatus::TimedOut) {
        QJsonArray executed;   // 1-based, as in the messages
        for (int index : result.executedSteps)
            executed.append(index + 1);
        object.insert(QStringLiteral("executed_steps"), executed);
        object.insert(QStringLiteral("restored_from_backup"), result.restoredFromBackup);
    }
    if (result.rehearsed)
        object.insert(QStringLiteral("rehearsal"),
                      QJsonObject{{QStringLiteral("status"), applyStatusName(result.rehearsalStatus.value_or(ApplyStatus::Failed))},
                                  {QStringLiteral("execution_time_ms"), result.rehearsalMs},
                                  {QStringLiteral("transaction_ms"), result.transactionMs}});
    return object;
}

void printApplyResult(Io &io, const ApplyResult &result)
{
    QTextStream &out = io.out();
    if (!result.stages.isEmpty()) {
        out << io.bold(QStringLiteral("Stages")) << '\n';
        for (const StageReport &stage : result.stages) {
            const QString mark = stage.outcome == StageOutcome::Ok       ? io.green(QStringLiteral("ok  "))
                                 : stage.outcome == StageOutcome::Failed ? io.red(QStringLiteral("FAIL"))
                                                                         : io.dim(QStringLiteral("skip"));
            out << "  " << mark << "  " << stage.name.leftJustified(22) << io.dim(formatMs(stage.ms).rightJustified(9));
            if (!stage.detail.isEmpty())
                out << "  " << io.dim(stage.detail.simplified().left(160));
            out << '\n';
        }
    }
    if (!result.needsConsent.isEmpty()) {
        const bool refused = result.status == ApplyStatus::Refused && result.error && result.error->code == ErrorCode::Refused;
        out << '\n' << io.bold(refused ? QStringLiteral("These operations lose data and need --allow-data-loss:")
                                       : QStringLiteral("Destructive operations:")) << '\n';
        for (const ConsentItem &item : result.needsConsent)
            out << "  " << io.red(QStringLiteral("%1.").arg(item.step + 1)) << ' ' << describeConsent(item) << '\n';
    }
    for (const QString &note : result.notes)
        out << io.dim(QStringLiteral("note: ") + note) << '\n';

    out << '\n';
    const QString status = applyStatusName(result.status);
    switch (result.status) {
    case ApplyStatus::Applied:
        out << io.green(QStringLiteral("Applied %1 operation(s) in %2").arg(result.plan.steps.size()).arg(formatMs(result.executionTimeMs)))
            << io.dim(QStringLiteral(" (writers blocked %1)").arg(formatMs(result.transactionMs)));
        if (!result.backupId.isEmpty())
            out << io.dim(QStringLiteral(", backup %1").arg(result.backupId));
        out << '\n';
        break;
    case ApplyStatus::NoChanges:
        out << io.green(QStringLiteral("No changes: the database already matches the desired schema.")) << '\n';
        break;
    case ApplyStatus::DryRun:
        out << io.cyan(result.rehearsed ? QStringLiteral("Rehearsal succeeded on a copy in %1 (transaction %2); the database was not changed.")
                                              .arg(formatMs(result.rehearsalMs), formatMs(result.transactionMs))
                                        : QStringLiteral("Dry run: %1 operation(s) would run; nothing was changed.")
                                              .arg(result.plan.steps.size()))
            << '\n';
        break;
    default:
        out << io.red(status.toUpper()) << ": " << (result.error ? result.error->toString() : QString()) << '\n';
        break;
    }
    out << io.dim(QStringLiteral("batch %1").arg(result.batchId)) << '\n';
    out.flush();
}

int exitCodeFor(const ApplyResult &result)
{
    switch (result.status) {
    case ApplyStatus::Applied:
    case ApplyStatus::NoChanges:
    case ApplyStatus::DryRun:
        return ExitSuccess;
    case ApplyStatus::Refused:
        return ExitRefused;
    case ApplyStatus::Failed:
        return result.error && result.error->code == ErrorCode::Usage ? ExitUsage : ExitFailure;
    case ApplyStatus::TimedOut:
        return ExitFailure;
    }
    return ExitFailure;
}

} // namespace SchemaPilot::Cli
