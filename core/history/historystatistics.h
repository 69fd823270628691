#pragma once

#include "schemapilot/core_export.h"
#include "history/historyrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace SchemaPilot::Core {

// What statistics need of a row; reading just these keeps stats cheap on large histories.
struct HistoryStatSample {
    HistoryStatus status = HistoryStatus::Applied;
    qint64 executionMs = 0;
    QString batchId;
    QDateTime startedAt;
};

// Succeeded rows: applied, rolled_back (it ran, then was undone on purpose) and restored.
// Failed rows: failed and timed_out. Refused rows count in neither rate: nothing ran.
// A batch failed when any of its rows failed or timed out, was refused when all its rows were
// refused, else succeeded. Durations are over succeeded and failed rows; p50/p95 are nearest-rank.
struct SCHEMAPILOT_CORE_EXPORT HistoryStatistics {
    qint64 total = 0;
    QMap<HistoryStatus, qint64> byStatus;
    qint64 succeeded = 0;
    qint64 failed = 0;
    double successRate = 0.0;         // succeeded / (succeeded + failed); 0 when nothing ran
    double failureRate = 0.0;
    qint64 batches = 0;
    qint64 batchesSucceeded = 0;
    qint64 batchesFailed = 0;
    qint64 batchesRefused = 0;
    qint64 timedCount = 0;            // rows the durations are over
    double averageMs = 0.0;
    qint64 p50Ms = 0;
    qint64 p95Ms = 0;
    qint64 maxMs = 0;
    qint64 totalMs = 0;
    QDateTime firstAt;
    QDateTime lastAt;

    qint64 count(HistoryStatus status) const { return byStatus.value(status, 0); }
    QJsonObject toJson() const;
};

SCHEMAPILOT_CORE_EXPORT HistoryStatistics computeHistoryStatistics(const QList<HistoryStatSample> &samples);
// Nearest-rank percentile (0 < p <= 1) of an ascending list; 0 for an empty list.
SCHEMAPILOT_CORE_EXPORT qint64 nearestRankPercentile(const QList<qint64> &ascending, double p);

} // namespace SchemaPilot::Core
