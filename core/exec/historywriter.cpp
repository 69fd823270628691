#include "exec/historywriter.h"

#include "common/tr.h"
#include "exec/safetycheck.h"

#include <QJsonObject>

namespace SchemaPilot::Core {

namespace {

QJsonObject warningJson(const Warning &w)
{
    QJsonObject o{{QStringLiteral("code"), w.code},
                  {QStringLiteral("severity"), severityName(w.severity)},
                  {QStringLiteral("message"), w.message}};
    if (!w.table.isEmpty())
        o.insert(QStringLiteral("table"), w.table);
    if (!w.column.isEmpty())
        o.insert(QStringLiteral("column"), w.column);
    if (w.count >= 0)
        o.insert(QStringLiteral("count"), w.count);
    return o;
}

} // namespace

QList<HistoryRecord> appliedHistoryRecords(const ApplyResult &result, const QDateTime &startedAt)
{
    QList<HistoryRecord> records;
    for (int i = 0; i < result.plan.steps.size(); ++i)
        if (result.executedSteps.contains(i))
            records << stepHistoryRecord(result, i, startedAt);
    return records;
}

HistoryRecord stepHistoryRecord(const ApplyResult &result, int i, const QDateTime &startedAt, const std::optional<Error> &failure)
{
    const PlanStep &step = result.plan.steps.at(i);
    HistoryRecord r;
    r.migrationId = QStringLiteral("%1-%2").arg(result.batchId).arg(i + 1);
    r.batchId = result.batchId;
    r.description = step.comment;
    r.operationType = operationTypeName(step.type);
    r.tableName = step.table;
    r.forwardSql = step.sql;
    r.rollbackSql = step.rollbackSql;
    r.status = failure ? HistoryStatus::Failed : HistoryStatus::Applied;
    r.errorMessage = failure ? failure->toString() : QString();
    r.startedAt = startedAt;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    r.executionMs = i < result.stepMs.size() ? result.stepMs.at(i) : 0;
    r.backupId = result.backupId;
    r.fingerprintBefore = result.fingerprintBefore;
    r.fingerprintAfter = result.fingerprintAfter;
    for (const Warning &w : step.warnings)
        r.acknowledgedWarnings.append(warningJson(w));
    for (const ConsentItem &item : result.needsConsent) {
        if (item.step != i)
            continue;
        r.acknowledgedWarnings.append(warningJson(Warning{QString::fromLatin1(kDataLossConsentCode), Severity::Danger,
                                                          describeConsent(item), item.table, item.column, item.rowsLost}));
    }
    return r;
}

HistoryRecord failedHistoryRecord(const ApplyResult &result, const QDateTime &startedAt)
{
    HistoryRecord r;
    r.migrationId = result.batchId + QStringLiteral("-run");
    r.batchId = result.batchId;
    r.description = Tr::tr("Migration of %1 operation(s) %2 and was rolled back")
                        .arg(result.plan.steps.size())
                        .arg(result.status == ApplyStatus::TimedOut ? Tr::tr("timed out") : Tr::tr("failed"));
    r.operationType = QStringLiteral("RUN");
    r.forwardSql = result.plan.forwardSql();
    r.rollbackSql = result.plan.rollbackSql();
    r.status = result.status == ApplyStatus::TimedOut ? HistoryStatus::TimedOut : HistoryStatus::Failed;
    r.startedAt = startedAt;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    r.executionMs = result.executionTimeMs;
    r.errorMessage = result.error ? result.error->toString() : QString();
    r.backupId = result.backupId;
    r.fingerprintBefore = result.fingerprintBefore;
    r.fingerprintAfter = result.fingerprintBefore;   // rolled back: unchanged
    return r;
}

} // namespace SchemaPilot::Core
