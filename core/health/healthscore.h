#pragma once

#include "schemapilot/core_export.h"
#include "history/historyrecord.h"
#include "history/historystatistics.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SchemaPilot::Core {

// Everything the health score looks at, as plain values; gatherHealthInput() fills most of it
// cheaply from a connection, the caller adds what it knows (check report, backups, lock).
struct HealthInput {
    QDateTime now;                               // invalid: the current time

    std::optional<bool> integrityOk;             // quick_check result; nullopt: not checked
    QString integrityDetail;

    std::optional<bool> migrationNeeded;         // from a CheckReport; nullopt: not checked
    int pendingOperations = 0;
    bool pendingDestructive = false;

    std::optional<HistoryStatus> lastOutcome;    // outcome of the newest run; nullopt: none recorded
    QString lastBatchId;
    QDateTime lastRunAt;
    QString lastError;

    int recentRuns = 0;                          // newest runs that ran (refused runs excluded)
    int recentFailedRuns = 0;

    bool backupsChecked = false;                 // a backup directory was looked at
    int backupCount = 0;
    QDateTime newestBackupAt;
    QDateTime lastVerifiedAt;                    // newest verification of any backup
    std::optional<bool> lastVerifyOk;

    bool lockChecked = false;
    bool lockHeld = false;                       // a live migration holds the lock
    bool lockStale = false;                      // a record left behind by a holder that died
    QDateTime lockSince;
    QString lockOwner;

    HistoryStatistics statistics;                // for metrics
};

// One part of the score: its weight, its own 0–100 score, why, and what fixes it.
struct SCHEMAPILOT_CORE_EXPORT HealthPart {
    QString key;                                 // stable: "integrity", "pending_changes", ...
    QString title;
    int weight = 0;
    bool evaluated = true;                       // false: not checked; its weight is left out
    int score = 100;
    QString reason;
    QString action;                              // empty when there is nothing to do

    QJsonObject toJson() const;
};

// Weighted mean of the evaluated parts, rounded. Part scores and weights:
//   integrity 25            ok 100, failed 0 and the total is capped at 20
//   pending_changes 15      none 100, needed 60, needed and destructive 40
//   last_migration 20       none/applied 100, rolled_back 80, refused 70, restored 60, failed/timed_out 0
//   backup_freshness 15     newest ≤24 h 100, ≤3 d 75, ≤7 d 50, ≤30 d 25, older or none 0
//   backup_verification 10  ok within 7 d 100, ok but older 60, never 30, failed 0 (left out without backups)
//   failure_rate 10         100 − 200 × (failed runs / runs) over the recent runs, at least 0
//   migration_lock 5        free 100, held by a live run 100 (50 after an hour), stale 0
// Status: "healthy" from 80, "degraded" from 50, else "critical".
struct SCHEMAPILOT_CORE_EXPORT HealthReport {
    int score = 100;
    QString status;
    QList<HealthPart> parts;
    QDateTime computedAt;

    const HealthPart *part(const QString &key) const;
    QJsonObject toJson() const;
};

SCHEMAPILOT_CORE_EXPORT HealthReport computeHealth(const HealthInput &input);

// Prometheus text exposition (format 0.0.4) with HELP and TYPE lines.
SCHEMAPILOT_CORE_EXPORT QString prometheusMetrics(const HealthReport &report, const HealthInput &input);

} // namespace SchemaPilot::Core
