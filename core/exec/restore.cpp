#include "exec/restore.h"

#include "backup/backupstore.h"
#include "common/logging.h"
#include "common/tr.h"
#include "exec/migrationlock.h"
#include "history/historystore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QUuid>

namespace SchemaPilot::Core {

namespace {

// History rows of the live database that the backup does not have (appended after it was taken).
QList<HistoryRecord> rowsMissingFrom(const QList<HistoryRecord> &live, const QList<HistoryRecord> &restored)
{
    QSet<QString> known;
    for (const HistoryRecord &r : restored)
        known.insert(r.recordHash);
    QList<HistoryRecord> missing;
    for (HistoryRecord r : live) {
        if (known.contains(r.recordHash))
            continue;
        r.id = 0;
        r.prevHash.clear();
        r.recordHash.clear();
        missing << r;
    }
    return missing;
}

// Whether the backup's recorded source (a redacted URL) names the database at `target`: the same
// file for SQLite, the same server, database and schema otherwise. User names and passwords do not
// matter. A source that cannot be read (older metadata) is not held against the backup.
bool sameDatabase(const QString &source, const ConnectionUrl &target)
{
    auto recorded = ConnectionUrl::parse(source);
    if (!recorded)
        return true;
    if (recorded->engine != target.engine)
        return false;
    if (target.engine == Engine::SQLite)
        return QFileInfo(recorded->path).absoluteFilePath() == QFileInfo(target.path).absoluteFilePath();
    // PostgreSQL: the schema when the source names one (the engine's restore checks it again).
    const QString recordedSchema = recorded->params.value(QStringLiteral("schema"));
    return recorded->host.compare(target.host, Qt::CaseInsensitive) == 0 && recorded->port == target.port
           && recorded->database == target.database
           && (recordedSchema.isEmpty() || recordedSchema == target.params.value(QStringLiteral("schema")));
}

} // namespace

Result<RestoreResult> restoreBackup(const DialectRegistry &dialects, const RestoreRequest &request)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer stage;
    RestoreResult result;
    result.backupId = request.backupId;
    auto lap = [&](const QString &name) { result.stages << QStringLiteral("%1 %2 ms").arg(name).arg(stage.restart()); };
    stage.start();

    auto dialect = dialects.forUrl(request.url);
    if (!dialect)
        return fail(dialect.error());
    const ExecutionRuntime *runtime = (*dialect)->runtime();
    const BackupEngine *engine = (*dialect)->backupEngine();
    if (!runtime || !engine)
        return fail(ErrorCode::Unsupported, Tr::tr("Restoring %1 databases is not available yet").arg((*dialect)->name()));
    QString directory = request.backupDir;
    if (directory.isEmpty()) {
        auto fallback = defaultBackupDirectory(request.url);
        if (!fallback)
            return fail(fallback.error());
        directory = *fallback;
    }
    BackupStore store(directory);
    store.setPassphrase(request.passphrase);

    // 1. Verify first: a bad backup must not replace a good database.
    auto metadata = store.find(request.backupId);
    if (!metadata)
        return fail(metadata.error());
    if (!request.requiredSignatureKey.isEmpty()) {
        auto signature = store.checkSignature(request.backupId, request.requiredSignatureKey);
        if (!signature)
            return fail(signature.error());
        if (!signature->valid)
            return fail(Error{ErrorCode::Refused, Tr::tr("Restore refused, nothing was changed: %1").arg(signature->message),
                              {}, {}, directory, 0});
        lap(QStringLiteral("signature"));
    }
    auto verified = store.verify(request.backupId, *engine);
    if (!verified)
        return fail(verified.error());
    if (!verified->ok)
        return fail(Error{ErrorCode::BackupInvalid,
                          Tr::tr("Backup %1 failed verification, nothing was restored: %2").arg(request.backupId, verified->message),
                          {}, {}, directory, 0});
    lap(QStringLiteral("verify"));
    // After the verification, so that an edited sidecar reads as tampered, not as another database's.
    if (!request.allowOtherSource && !sameDatabase(metadata->source, request.url))
        return fail(Error{ErrorCode::Refused,
                          Tr::tr("Restore refused, nothing was changed: backup %1 is of %2, not of %3. Restoring it would "
                                 "replace this database's tables with another database's; pass --allow-other-source if "
                                 "that is what you want")
                              .arg(request.backupId, metadata->source, request.url.redacted()),
                          {}, {}, directory, 0});

    auto connection = Connection::open(request.url, Connection::Access::ReadWriteCreate, QStringLiteral("restore"));
    if (!connection)
        return fail(connection.error());
    const QSqlDatabase db = (*connection)->database();

    // 2. The lock before the safety backup, so nobody migrates between the two.
    std::unique_ptr<MigrationLock> lock = runtime->migrationLock(request.url);
    if (auto acquired = lock->acquire(); !acquired)
        return fail(acquired.error());
    lap(QStringLiteral("lock"));

    auto before = (*dialect)->inspector().inspect(db, {});
    if (before)
        result.fingerprintBefore = before->fingerprint();
    HistoryOptions historyOptions = HistoryOptions::fromEnvironment().value_or(HistoryOptions{});
    QList<HistoryRecord> liveHistory;
    HistoryFilter oldestFirst;
    oldestFirst.oldestFirst = true;
    if (auto rows = HistoryStore(db, historyOptions).query(oldestFirst); rows)
        liveHistory = *rows;

    if (request.safetyBackup) {
        BackupRequest safety;
        safety.reason = BackupReason::PreRestore;
        safety.verifyAfterCreate = true;
        // The state being replaced is as sensitive as the backup that replaces it.
        safety.encrypt = metadata->encrypted;
        auto created = store.create(**connection, **dialect, safety);
        if (!created)
            return fail(Error{ErrorCode::BackupFailed,
                              Tr::tr("The pre-restore safety backup failed, nothing was restored: %1").arg(created.error().message),
                              {}, created.error().driverText, directory, 0});
        result.safetyBackupId = created->id;
        lap(QStringLiteral("safety-backup"));
    }

    // 3. Restore and check the result against the backup's own metadata.
    if (auto restored = store.restore(request.backupId, **connection, *engine); !restored)
        return fail(restored.error());
    lap(QStringLiteral("restore"));
    if (auto checked = checkRestored(*metadata, **connection, *engine, &(*dialect)->inspector()); !checked) {
        Error error = checked.error();
        error.message = Tr::tr("The restored database does not match backup %1: %2. The safety backup %3 holds the state "
                               "before the restore")
                            .arg(request.backupId, error.message, result.safetyBackupId);
        return fail(error);
    }
    auto after = (*dialect)->inspector().inspect(db, {});
    if (after)
        result.fingerprintAfter = after->fingerprint();
    lap(QStringLiteral("check"));

    // 4. The trail: rows the backup lacks, then the restore itself.
    HistoryStore history(db, historyOptions);
    auto restoredHistory = history.query(oldestFirst);
    QList<HistoryRecord> carried = rowsMissingFrom(liveHistory, restoredHistory.value_or(QList<HistoryRecord>{}));
    HistoryRecord row;
    row.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.migrationId = row.batchId + QStringLiteral("-restore");
    row.operationType = QStringLiteral("RESTORE");
    row.description = request.reason.isEmpty()
                          ? Tr::tr("Restored backup %1 (safety backup %2)").arg(request.backupId, result.safetyBackupId)
                          : Tr::tr("%1: restored backup %2 (safety backup %3)").arg(request.reason, request.backupId, result.safetyBackupId);
    row.status = HistoryStatus::Restored;
    row.startedAt = QDateTime::currentDateTimeUtc().addMSecs(-total.elapsed());
    row.finishedAt = QDateTime::currentDateTimeUtc();
    row.executionMs = total.elapsed();
    row.backupId = request.backupId;
    row.fingerprintBefore = result.fingerprintBefore;
    row.fingerprintAfter = result.fingerprintAfter;
    carried << row;
    auto appended = history.appendAll(carried);
    if (!appended)
        qCWarning(lcCore) << "restore: could not record it in the history:" << appended.error().toString();
    result.historyRowsCarriedOver = int(carried.size()) - 1;
    result.historyBatchId = row.batchId;
    lap(QStringLiteral("history"));
    result.executionTimeMs = total.elapsed();
    return result;
}

} // namespace SchemaPilot::Core
