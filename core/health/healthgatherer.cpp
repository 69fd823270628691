#include "health/healthgatherer.h"

#include "common/tr.h"
#include "db/sqlexec.h"
#include "service/checkservice.h"

namespace SchemaPilot::Core {

namespace {

// SQLite's quick_check is O(N) in the file size but skips index cross-checks; "ok" when clean.
void runIntegrityCheck(const QSqlDatabase &db, HealthInput &input)
{
    if (!db.driverName().startsWith(QStringLiteral("QSQLITE"))) {
        input.integrityDetail = Tr::tr("Not available for %1: this engine has no cheap integrity check").arg(db.driverName());
        return;
    }
    auto query = runQuery(db, QStringLiteral("PRAGMA quick_check"));
    if (!query) {
        input.integrityOk = false;
        input.integrityDetail = query.error().toString();
        return;
    }
    QStringList lines;
    while (query->next() && lines.size() < 5)
        lines << query->value(0).toString();
    input.integrityOk = lines == QStringList{QStringLiteral("ok")};
    input.integrityDetail = lines.join(QStringLiteral("; "));
}

} // namespace

Result<HealthInput> gatherHealthInput(const QSqlDatabase &db, const HealthGatherOptions &options)
{
    HealthInput input;
    input.now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    HistoryStore store(db, options.history);
    auto stats = store.statistics();
    if (!stats)
        return fail(stats.error());
    input.statistics = *stats;

    auto batches = store.batches(options.recentRuns);
    if (!batches)
        return fail(batches.error());
    for (const HistoryBatch &batch : std::as_const(*batches)) {
        const HistoryStatus outcome = batchOutcome(batch.records);
        if (!input.lastOutcome) {
            input.lastOutcome = outcome;
            input.lastBatchId = batch.batchId;
            input.lastRunAt = batch.records.isEmpty() ? QDateTime() : batch.records.first().startedAt;
            for (const HistoryRecord &record : batch.records) {
                if (!record.errorMessage.isEmpty()) {
                    input.lastError = record.errorMessage;
                    break;
                }
            }
        }
        if (outcome == HistoryStatus::Refused)
            continue;
        ++input.recentRuns;
        if (outcome == HistoryStatus::Failed || outcome == HistoryStatus::TimedOut)
            ++input.recentFailedRuns;
    }

    if (options.deep)
        runIntegrityCheck(db, input);
    return input;
}

void addCheckReport(HealthInput &input, const CheckReport &report)
{
    input.migrationNeeded = report.migrationNeeded();
    input.pendingOperations = int(report.plan.steps.size());
    input.pendingDestructive = report.plan.isDestructive();
}

} // namespace SchemaPilot::Core
