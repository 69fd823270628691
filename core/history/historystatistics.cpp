#include "history/historystatistics.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace SchemaPilot::Core {

namespace {

bool isSuccess(HistoryStatus status)
{
    return status == HistoryStatus::Applied || status == HistoryStatus::RolledBack || status == HistoryStatus::Restored;
}

bool isFailure(HistoryStatus status)
{
    return status == HistoryStatus::Failed || status == HistoryStatus::TimedOut;
}

} // namespace

qint64 nearestRankPercentile(const QList<qint64> &ascending, double p)
{
    if (ascending.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p * double(ascending.size())));
    return ascending.at(std::clamp<qsizetype>(rank, 1, ascending.size()) - 1);
}

HistoryStatistics computeHistoryStatistics(const QList<HistoryStatSample> &samples)
{
    HistoryStatistics stats;
    struct BatchState {
        bool failed = false;
        bool allRefused = true;
    };
    QHash<QString, BatchState> batches;
    QList<qint64> durations;
    durations.reserve(samples.size());

    for (const HistoryStatSample &sample : samples) {
        ++stats.total;
        ++stats.byStatus[sample.status];
        const bool success = isSuccess(sample.status);
        const bool failure = isFailure(sample.status);
        stats.succeeded += success ? 1 : 0;
        stats.failed += failure ? 1 : 0;
        if (success || failure) {
            durations << std::max<qint64>(0, sample.executionMs);
            stats.totalMs += std::max<qint64>(0, sample.executionMs);
        }
        BatchState &batch = batches[sample.batchId];
        batch.failed = batch.failed || failure;
        batch.allRefused = batch.allRefused && sample.status == HistoryStatus::Refused;
        if (sample.startedAt.isValid()) {
            if (!stats.firstAt.isValid() || sample.startedAt < stats.firstAt)
                stats.firstAt = sample.startedAt;
            if (!stats.lastAt.isValid() || sample.startedAt > stats.lastAt)
                stats.lastAt = sample.startedAt;
        }
    }

    const qint64 ran = stats.succeeded + stats.failed;
    if (ran > 0) {
        stats.successRate = double(stats.succeeded) / double(ran);
        stats.failureRate = double(stats.failed) / double(ran);
    }
    stats.batches = batches.size();
    for (const BatchState &batch : std::as_const(batches)) {
        if (batch.failed)
            ++stats.batchesFailed;
        else if (batch.allRefused)
            ++stats.batchesRefused;
        else
            ++stats.batchesSucceeded;
    }
    std::sort(durations.begin(), durations.end());
    stats.timedCount = durations.size();
    if (!durations.isEmpty()) {
        stats.averageMs = double(stats.totalMs) / double(durations.size());
        stats.p50Ms = nearestRankPercentile(durations, 0.50);
        stats.p95Ms = nearestRankPercentile(durations, 0.95);
        stats.maxMs = durations.last();
    }
    return stats;
}

QJsonObject HistoryStatistics::toJson() const
{
    QJsonObject statuses;
    for (HistoryStatus status : allHistoryStatuses())
        statuses.insert(historyStatusName(status), count(status));
    const auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(historyTimestamp(t)) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("total"), total},
        {QStringLiteral("by_status"), statuses},
        {QStringLiteral("succeeded"), succeeded},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("success_rate"), successRate},
        {QStringLiteral("failure_rate"), failureRate},
        {QStringLiteral("batches"), batches},
        {QStringLiteral("batches_succeeded"), batchesSucceeded},
        {QStringLiteral("batches_failed"), batchesFailed},
        {QStringLiteral("batches_refused"), batchesRefused},
        {QStringLiteral("average_ms"), averageMs},
        {QStringLiteral("p50_ms"), p50Ms},
        {QStringLiteral("p95_ms"), p95Ms},
        {QStringLiteral("max_ms"), maxMs},
        {QStringLiteral("total_ms"), totalMs},
        {QStringLiteral("first_at"), time(firstAt)},
        {QStringLiteral("last_at"), time(lastAt)},
    };
}

} // namespace SchemaPilot::Core
