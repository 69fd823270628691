#include "health/healthscore.h"

#include "common/tr.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace SchemaPilot::Core {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

QString formatAge(qint64 seconds)
{
    if (seconds < 120)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 2 * kHour)
        return Tr::tr("%1 min").arg(seconds / 60);
    if (seconds < 2 * kDay)
        return Tr::tr("%1 h").arg(seconds / kHour);
    return Tr::tr("%1 days").arg(seconds / kDay);
}

HealthPart integrityPart(const HealthInput &in)
{
    HealthPart part{QStringLiteral("integrity"), Tr::tr("Integrity"), 25};
    if (!in.integrityOk) {
        part.evaluated = false;
        part.reason = in.integrityDetail.isEmpty() ? Tr::tr("Not checked (a quick check runs with --deep)") : in.integrityDetail;
        return part;
    }
    if (*in.integrityOk) {
        part.reason = Tr::tr("The integrity check passed");
        return part;
    }
    part.score = 0;
    part.reason = Tr::tr("The integrity check failed: %1").arg(in.integrityDetail);
    part.action = Tr::tr("Stop migrating; restore the newest verified backup (schemapilot-cli backup restore ID) "
                         "or repair the database");
    return part;
}

HealthPart pendingPart(const HealthInput &in)
{
    HealthPart part{QStringLiteral("pending_changes"), Tr::tr("Pending changes"), 15};
    if (!in.migrationNeeded) {
        part.evaluated = false;
        part.reason = Tr::tr("Not checked (pass --schema FILE to compare with the desired schema)");
        return part;
    }
    if (!*in.migrationNeeded) {
        part.reason = Tr::tr("The database matches the desired schema");
        return part;
    }
    part.score = in.pendingDestructive ? 40 : 60;
    part.reason = in.pendingDestructive
                      ? Tr::tr("%1 operation(s) pending, some of them destructive").arg(in.pendingOperations)
                      : Tr::tr("%1 operation(s) pending").arg(in.pendingOperations);
    part.action = Tr::tr("Review them with schemapilot-cli plan, then apply them");
    return part;
}

HealthPart lastMigrationPart(const HealthInput &in)
{
    HealthPart part{QStringLiteral("last_migration"), Tr::tr("Last migration"), 20};
    if (!in.lastOutcome) {
        part.reason = Tr::tr("No migration recorded yet");
        return part;
    }
    const QString when = in.lastRunAt.isValid() ? historyTimestamp(in.lastRunAt) : QString();
    switch (*in.lastOutcome) {
    case HistoryStatus::Applied:
        part.reason = Tr::tr("Run %1 applied at %2").arg(in.lastBatchId, when);
        return part;
    case HistoryStatus::RolledBack:
        part.score = 80;
        part.reason = Tr::tr("Run %1 was rolled back").arg(in.lastBatchId);
        part.action = Tr::tr("Fix the desired schema and apply again when ready");
        return part;
    case HistoryStatus::Refused:
        part.score = 70;
        part.reason = Tr::tr("Run %1 was refused for safety").arg(in.lastBatchId);
        part.action = Tr::tr("Read the refusal in schemapilot-cli history; confirm data loss with --allow-data-loss only if intended");
        return part;
    case HistoryStatus::Restored:
        part.score = 60;
        part.reason = Tr::tr("The database was restored from a backup in run %1").arg(in.lastBatchId);
        part.action = Tr::tr("Check why the restore was needed (schemapilot-cli history), then re-plan");
        return part;
    case HistoryStatus::Failed:
    case HistoryStatus::TimedOut:
        part.score = 0;
        part.reason = (*in.lastOutcome == HistoryStatus::Failed ? Tr::tr("Run %1 failed at %2") : Tr::tr("Run %1 timed out at %2"))
                          .arg(in.lastBatchId, when)
                      + (in.lastError.isEmpty() ? QString() : QStringLiteral(": ") + in.lastError);
        part.action = Tr::tr("Read the error in schemapilot-cli history --status failed, fix it and apply again");
        return part;
    }
    return part;
}

HealthPart backupFreshnessPart(const HealthInput &in, const QDateTime &now)
{
    HealthPart part{QStringLiteral("backup_freshness"), Tr::tr("Backup freshness"), 15};
    if (!in.backupsChecked) {
        part.evaluated = false;
        part.reason = Tr::tr("Not checked (pass --backup-dir DIR)");
        return part;
    }
    const QString action = Tr::tr("Create one: schemapilot-cli backup create --db URL");
    if (in.backupCount == 0 || !in.newestBackupAt.isValid()) {
        part.score = 0;
        part.reason = Tr::tr("There is no backup");
        part.action = action;
        return part;
    }
    const qint64 age = std::max<qint64>(0, in.newestBackupAt.secsTo(now));
    part.score = age <= kDay ? 100 : age <= 3 * kDay ? 75 : age <= 7 * kDay ? 50 : age <= 30 * kDay ? 25 : 0;
    part.reason = Tr::tr("The newest of %1 backup(s) is %2 old").arg(in.backupCount).arg(formatAge(age));
    if (part.score < 100)
        part.action = action;
    return part;
}

HealthPart backupVerificationPart(const HealthInput &in, const QDateTime &now)
{
    HealthPart part{QStringLiteral("backup_verification"), Tr::tr("Backup verification"), 10};
    if (!in.backupsChecked || in.backupCount == 0) {
        part.evaluated = false;
        part.reason = in.backupsChecked ? Tr::tr("No backup to verify") : Tr::tr("Not checked (pass --backup-dir DIR)");
        return part;
    }
    const QString action = Tr::tr("Verify the newest backup: schemapilot-cli backup verify ID --db URL");
    if (!in.lastVerifyOk || !in.lastVerifiedAt.isValid()) {
        part.score = 30;
        part.reason = Tr::tr("No backup was ever verified");
        part.action = action;
        return part;
    }
    const qint64 age = std::max<qint64>(0, in.lastVerifiedAt.secsTo(now));
    if (!*in.lastVerifyOk) {
        part.score = 0;
        part.reason = Tr::tr("The last verification failed (%1 ago)").arg(formatAge(age));
        part.action = Tr::tr("Create a new backup and verify it; do not rely on the failed one");
        return part;
    }
    part.score = age <= 7 * kDay ? 100 : 60;
    part.reason = Tr::tr("The last verification passed %1 ago").arg(formatAge(age));
    if (part.score < 100)
        part.action = action;
    return part;
}

HealthPart failureRatePart(const HealthInput &in)
{
    HealthPart part{QStringLiteral("failure_rate"), Tr::tr("Failure rate"), 10};
    if (in.recentRuns <= 0) {
        part.reason = Tr::tr("No runs recorded yet");
        return part;
    }
    const double rate = double(in.recentFailedRuns) / double(in.recentRuns);
    part.score = std::clamp(int(std::lround(100.0 - 200.0 * rate)), 0, 100);
    part.reason = Tr::tr("%1 of the last %2 run(s) failed (%3%)")
                      .arg(in.recentFailedRuns)
                      .arg(in.recentRuns)
                      .arg(std::lround(rate * 100.0));
    if (in.recentFailedRuns > 0)
        part.action = Tr::tr("Rehearse migrations with apply --dry-run and read failures in schemapilot-cli history --status failed");
    return part;
}

HealthPart lockPart(const HealthInput &in, const QDateTime &now)
{
    HealthPart part{QStringLiteral("migration_lock"), Tr::tr("Migration lock"), 5};
    if (!in.lockChecked) {
        part.evaluated = false;
        part.reason = Tr::tr("Not checked");
        return part;
    }
    if (in.lockStale) {
        part.score = 0;
        part.reason = Tr::tr("A migration by %1 died holding the lock").arg(in.lockOwner.isEmpty() ? Tr::tr("someone") : in.lockOwner);
        part.action = Tr::tr("Check for a half-applied migration with schemapilot-cli status; the next apply takes over the stale lock");
        return part;
    }
    if (!in.lockHeld) {
        part.reason = Tr::tr("No migration is running");
        return part;
    }
    const qint64 age = in.lockSince.isValid() ? std::max<qint64>(0, in.lockSince.secsTo(now)) : 0;
    part.score = age > kHour ? 50 : 100;
    part.reason = Tr::tr("A migration by %1 is running (for %2)").arg(in.lockOwner, formatAge(age));
    if (part.score < 100)
        part.action = Tr::tr("Check that the migration is not stuck");
    return part;
}

QString escapeLabel(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n"));
    return escaped;
}

} // namespace

QJsonObject HealthPart::toJson() const
{
    return QJsonObject{
        {QStringLiteral("key"), key},
        {QStringLiteral("title"), title},
        {QStringLiteral("weight"), weight},
        {QStringLiteral("evaluated"), evaluated},
        {QStringLiteral("score"), evaluated ? QJsonValue(score) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("action"), action.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(action)},
    };
}

const HealthPart *HealthReport::part(const QString &key) const
{
    for (const HealthPart &p : parts) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

QJsonObject HealthReport::toJson() const
{
    QJsonArray array;
    for (const HealthPart &p : parts)
        array.append(p.toJson());
    return QJsonObject{
        {QStringLiteral("score"), score},
        {QStringLiteral("status"), status},
        {QStringLiteral("computed_at"), historyTimestamp(computedAt)},
        {QStringLiteral("parts"), array},
    };
}

HealthReport computeHealth(const HealthInput &input)
{
    HealthReport report;
    report.computedAt = input.now.isValid() ? input.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime &now = report.computedAt;
    report.parts = {integrityPart(input),        pendingPart(input),
                    lastMigrationPart(input),    backupFreshnessPart(input, now),
                    backupVerificationPart(input, now), failureRatePart(input),
                    lockPart(input, now)};
    int weights = 0;
    int weighted = 0;
    for (const HealthPart &part : std::as_const(report.parts)) {
        if (!part.evaluated)
            continue;
        weights += part.weight;
        weighted += part.weight * part.score;
    }
    report.score = weights > 0 ? int(std::lround(double(weighted) / double(weights))) : 100;
    // A corrupt database is not "mostly healthy", whatever the other parts say.
    if (input.integrityOk == false)
        report.score = std::min(report.score, 20);
    report.status = report.score >= 80 ? QStringLiteral("healthy")
                    : report.score >= 50 ? QStringLiteral("degraded")
                                         : QStringLiteral("critical");
    return report;
}

QString prometheusMetrics(const HealthReport &report, const HealthInput &input)
{
    const HistoryStatistics &stats = input.statistics;
    QString text;
    const auto header = [&text](const char *name, const char *type, const QString &help) {
        text += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(QLatin1StringView(name), help, QLatin1StringView(type));
    };

    header("schemapilot_migrations_total", "counter", QStringLiteral("Migration operations in the audit trail, by status."));
    for (HistoryStatus status : allHistoryStatuses())
        text += QStringLiteral("schemapilot_migrations_total{status=\"%1\"} %2\n")
                    .arg(escapeLabel(historyStatusName(status)))
                    .arg(stats.count(status));

    header("schemapilot_migration_duration_ms", "summary",
           QStringLiteral("Execution time of migration operations that ran, in milliseconds."));
    text += QStringLiteral("schemapilot_migration_duration_ms{quantile=\"0.5\"} %1\n").arg(stats.p50Ms);
    text += QStringLiteral("schemapilot_migration_duration_ms{quantile=\"0.95\"} %1\n").arg(stats.p95Ms);
    text += QStringLiteral("schemapilot_migration_duration_ms_sum %1\n").arg(stats.totalMs);
    text += QStringLiteral("schemapilot_migration_duration_ms_count %1\n").arg(stats.timedCount);

    header("schemapilot_backup_age_seconds", "gauge",
           QStringLiteral("Age of the newest backup in seconds (NaN when there is none or backups were not checked)."));
    const qint64 age = input.backupsChecked && input.newestBackupAt.isValid()
                           ? std::max<qint64>(0, input.newestBackupAt.secsTo(report.computedAt))
                           : -1;
    text += QStringLiteral("schemapilot_backup_age_seconds %1\n").arg(age >= 0 ? QString::number(age) : QStringLiteral("NaN"));

    header("schemapilot_health_score", "gauge", QStringLiteral("Overall health score from 0 (critical) to 100."));
    text += QStringLiteral("schemapilot_health_score %1\n").arg(report.score);

    header("schemapilot_health_part_score", "gauge", QStringLiteral("Score of each evaluated part of the health score."));
    for (const HealthPart &part : report.parts) {
        if (part.evaluated)
            text += QStringLiteral("schemapilot_health_part_score{part=\"%1\"} %2\n").arg(escapeLabel(part.key)).arg(part.score);
    }
    return text;
}

} // namespace SchemaPilot::Core
