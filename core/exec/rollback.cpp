#include "exec/rollback.h"

#include "backup/backupstore.h"
#include "common/logging.h"
#include "common/tr.h"
#include "db/sqlexec.h"
#include "exec/historywriter.h"
#include "exec/migrationlock.h"
#include "exec/restore.h"
#include "history/historystore.h"
#include "plan/warningcodes.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

namespace SchemaPilot::Core {

namespace {

QStringList rollbackStatements(const HistoryBatch &batch)
{
    QStringList all;
    for (auto it = batch.records.crbegin(); it != batch.records.crend(); ++it)
        if (it->status == HistoryStatus::Applied)
            all << it->rollbackSql;
    return all;
}

// What undoing the batch with SQL could not give back: data its destructive steps dropped, NULLs
// it replaced with a default.
QStringList forwardLosses(const HistoryBatch &batch)
{
    QStringList reasons;
    for (const HistoryRecord &r : batch.records) {
        if (r.status != HistoryStatus::Applied)
            continue;
        if (!r.forwardSql.isEmpty() && r.rollbackSql.isEmpty())
            reasons << Tr::tr("%1 %2 has no rollback SQL").arg(r.operationType, r.tableName);
        for (const QJsonValue &w : r.acknowledgedWarnings) {
            const QJsonObject o = w.toObject();
            if (o.value(QStringLiteral("code")).toString() == QLatin1StringView(kDataLossConsentCode)
                && o.value(QStringLiteral("count")).toInteger(-1) != 0)
                reasons << Tr::tr("the batch dropped data SQL cannot bring back: %1").arg(o.value(QStringLiteral("message")).toString());
            // NULLs replaced by a column's default: undoing NOT NULL leaves the default values in place.
            if (o.value(QStringLiteral("code")).toString() == WarningCode::NotNullOnNulls
                && o.value(QStringLiteral("count")).toInteger(-1) > 0)
                reasons << Tr::tr("the batch filled NULLs with a default, which SQL cannot tell apart from real values: %1")
                               .arg(o.value(QStringLiteral("message")).toString());
        }
    }
    return reasons;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    auto n = queryScalar(db, sql);
    return n && n->isValid() ? n->toLongLong() : -1;
}

// Whether the batch applied an `operationType` step to `table` (its new name). A rename is undone
// by renaming back, which moves the data instead of dropping it.
bool batchDid(const HistoryBatch &batch, const QString &operationType, const QString &table)
{
    return std::any_of(batch.records.cbegin(), batch.records.cend(), [&](const HistoryRecord &r) {
        return r.status == HistoryStatus::Applied && r.operationType == operationType
               && r.tableName.compare(table, Qt::CaseInsensitive) == 0;
    });
}

// " AND col <> default" when the column's default is a plain literal: values equal to it are what
// adding the column wrote (or a re-apply writes again), not data the rollback would lose. Other
// defaults (functions, sequences) are never evaluated here: nextval() would advance a sequence.
QString unlessLiteralDefault(const Column &column, const QString &quoted)
{
    static const QRegularExpression literal(QStringLiteral(R"(^\(?\s*(-?\d+(?:\.\d+)?|'(?:[^']|'')*'(?:::[A-Za-z ]+)?)\s*\)?$)"));
    if (!column.defaultExpr)
        return {};
    const QRegularExpressionMatch match = literal.match(column.defaultExpr->trimmed());
    return match.hasMatch() ? QStringLiteral(" AND %1 <> %2").arg(quoted, match.captured(1)) : QString();
}

// A column the rollback would remove while another name appears in its place: a rename back when
// the new column holds exactly its values (same rows, same content hash).
struct MovedColumn {
    QString table;
    QString from;   // the column as it is now
    std::optional<TableDigest> afterTrial;   // of the column that took its place, in the trial
};

// Runs the rollback SQL in a transaction that is always rolled back, to see what it would drop,
// then counts the data in what disappears. Tables and columns of the tool itself are ignored, and
// so are tables and columns the rollback renames back, data included: by a RENAME step, or by a
// rebuild that copies the column under its old name (checked by content).
// `trial` is where the statements run; `live` (unchanged) is where the losses are counted. They are the
// same connection when DDL is transactional; otherwise `trial` is a scratch copy.
Result<QStringList> trialLosses(const Dialect &dialect, const ExecutionRuntime &runtime, const Connection &trial,
                                const Connection &live, const QStringList &statements, const Schema &before,
                                const HistoryBatch &batch)
{
    const QSqlDatabase trialDb = trial.database();
    if (auto begun = runtime.begin(trialDb); !begun)
        return fail(begun.error());
    for (const QString &sql : statements) {
        if (auto ok = execSql(trialDb, sql); !ok) {
            (void)runtime.rollback(trialDb);
            return QStringList{Tr::tr("the rollback SQL fails on the current database (%1)").arg(ok.error().driverText)};
        }
    }
    auto after = dialect.inspector().inspect(trialDb, {});
    if (!after) {
        (void)runtime.rollback(trialDb);
        return fail(after.error());
    }
    // Everything is counted on `live` after the trial is rolled back: on transactional engines it is
    // the same connection, which still sees the trial's changes until then.
    QList<MovedColumn> moved;
    QList<std::pair<QString, QString>> droppedColumns;   // (table, column)
    QStringList droppedTables;
    for (const Table &table : before.tables) {
        const Table *kept = after->table(table.name);
        if (!kept) {
            if (!batchDid(batch, operationTypeName(OperationType::RenameTable), table.name))
                droppedTables << table.name;
            continue;
        }
        // A column renamed back keeps its position: another name appears exactly where it was.
        const bool renamedColumns = batchDid(batch, operationTypeName(OperationType::RenameColumn), table.name);
        const bool rebuilt = batchDid(batch, operationTypeName(OperationType::RebuildTable), table.name);
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const Column &column = table.columns.at(i);
            if (kept->column(column.name) || column.isGenerated())
                continue;   // kept, or computed from the other columns: nothing of its own is lost
            const bool inPlace = i < kept->columns.size() && !table.column(kept->columns.at(i).name);
            if (renamedColumns && inPlace)
                continue;
            if (rebuilt && inPlace) {
                auto digest = runtime.tableDigest(trial, table.name, {kept->columns.at(i).name});
                moved << MovedColumn{table.name, column.name, digest ? std::optional<TableDigest>(*digest) : std::nullopt};
                continue;
            }
            droppedColumns << std::pair{table.name, column.name};
        }
    }
    (void)runtime.rollback(trialDb);

    for (const MovedColumn &m : std::as_const(moved)) {
        auto now = runtime.tableDigest(live, m.table, {m.from});
        if (!m.afterTrial || !now || *now != *m.afterTrial)
            droppedColumns << std::pair{m.table, m.from};
    }
    QStringList reasons;
    const QLocale locale = QLocale::c();
    const QSqlDatabase db = live.database();
    for (const QString &table : std::as_const(droppedTables)) {
        const qint64 rows = count(db, QStringLiteral("SELECT count(*) FROM %1").arg(dialect.quoteIdentifier(table)));
        if (rows != 0)
            reasons << Tr::tr("undoing it drops table %1 with %2 row(s)").arg(table, locale.toString(rows));
    }
    for (const auto &[table, name] : std::as_const(droppedColumns)) {
        const Column *column = before.table(table)->column(name);
        const QString quoted = dialect.quoteIdentifier(name);
        const qint64 values = count(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL%3")
                                            .arg(dialect.quoteIdentifier(table), quoted, unlessLiteralDefault(*column, quoted)));
        if (values != 0)
            reasons << Tr::tr("undoing it drops column %1.%2 with %3 value(s)").arg(table, name, locale.toString(values));
    }
    return reasons;
}

// DDL that commits at once cannot be tried in a transaction: try it on a scratch copy instead.
Result<QStringList> trialLossesOnCopy(const Dialect &dialect, const ExecutionRuntime &runtime, const Connection &connection,
                                      const QStringList &statements, const Schema &before, const HistoryBatch &batch)
{
    QTemporaryDir folder;
    auto copy = runtime.makeRehearsalCopy(connection, folder.path());
    if (!copy)
        return fail(copy.error());
    auto dropCopy = qScopeGuard([&] { runtime.dropRehearsalCopy(*copy); });
    auto trial = Connection::open(*copy, Connection::Access::ReadWrite, QStringLiteral("rollback-trial"));
    if (!trial)
        return fail(trial.error());
    // Foreign keys off on the copy as on the live session.
    (void)runtime.setForeignKeyEnforcement((*trial)->database(), false);
    auto reasons = trialLosses(dialect, runtime, **trial, connection, statements, before, batch);
    trial->reset();
    return reasons;
}

Result<QString> backupDirectoryFor(const RollbackRequest &request)
{
    if (!request.backupDir.isEmpty())
        return request.backupDir;
    return defaultBackupDirectory(request.url);
}

} // namespace

Result<RollbackResult> rollbackLastBatch(const DialectRegistry &dialects, const RollbackRequest &request)
{
    QElapsedTimer total;
    total.start();
    RollbackResult result;
    auto dialect = dialects.forUrl(request.url);
    if (!dialect)
        return fail(dialect.error());
    const ExecutionRuntime *runtime = (*dialect)->runtime();
    if (!runtime)
        return fail(ErrorCode::Unsupported, Tr::tr("Rollback of %1 databases is not available yet").arg((*dialect)->name()));
    auto connection = Connection::open(request.url, Connection::Access::ReadWrite, QStringLiteral("rollback"));
    if (!connection)
        return fail(connection.error());
    const QSqlDatabase db = (*connection)->database();
    std::unique_ptr<MigrationLock> lock = runtime->migrationLock(request.url);
    if (auto acquired = lock->acquire(); !acquired)
        return fail(acquired.error());

    const HistoryOptions historyOptions = HistoryOptions::fromEnvironment().value_or(HistoryOptions{});
    HistoryStore history(db, historyOptions);
    auto last = history.lastAppliedBatch();
    if (!last)
        return fail(last.error());
    if (!*last)
        return fail(ErrorCode::NotFound, Tr::tr("There is no applied migration batch to roll back in this database's history"));
    const HistoryBatch batch = **last;
    result.batchId = batch.batchId;
    const QString fingerprintBefore = batch.records.isEmpty() ? QString() : batch.records.first().fingerprintBefore;
    QString batchBackup;
    for (const HistoryRecord &r : batch.records)
        if (!r.backupId.isEmpty())
            batchBackup = r.backupId;

    auto current = (*dialect)->inspector().inspect(db, {});
    if (!current)
        return fail(current.error());
    const QStringList statements = rollbackStatements(batch);

    // Does the SQL rollback lose anything? Foreign keys off for the trial as for the real run.
    auto previousFk = runtime->setForeignKeyEnforcement(db, false);
    if (!previousFk)
        return fail(previousFk.error());
    auto restoreFk = qScopeGuard([&] { (void)runtime->setForeignKeyEnforcement(db, *previousFk); });
    QStringList reasons = forwardLosses(batch);
    if (reasons.isEmpty()) {
        auto trial = runtime->transactionalDdl()
                         ? trialLosses(**dialect, *runtime, **connection, **connection, statements, *current, batch)
                         : trialLossesOnCopy(**dialect, *runtime, **connection, statements, *current, batch);
        if (!trial)
            return fail(trial.error());
        reasons = *trial;
    }
    result.lossReasons = reasons;

    if (!reasons.isEmpty() || request.fromBackup) {
        if (!request.fromBackup && !request.allowDataLoss)
            return fail(ErrorCode::Refused,
                        Tr::tr("Refused: undoing batch %1 with its rollback SQL would lose data (%2). Pass --from-backup "
                               "(or --allow-data-loss) to restore the backup taken before it instead; changes made since "
                               "then are lost")
                            .arg(batch.batchId, reasons.join(QStringLiteral("; "))));
        if (batchBackup.isEmpty())
            return fail(ErrorCode::NotFound,
                        Tr::tr("Batch %1 was applied without an automatic backup, so it cannot be restored from one").arg(batch.batchId));
        restoreFk.dismiss();
        (void)runtime->setForeignKeyEnforcement(db, *previousFk);
        lock->release();   // restoreBackup takes it again itself
        auto backupDir = backupDirectoryFor(request);
        if (!backupDir)
            return fail(backupDir.error());
        auto restored = restoreBackup(dialects, RestoreRequest{request.url, batchBackup, *backupDir, true,
                                                               Tr::tr("rollback of batch %1").arg(batch.batchId),
                                                               request.backupPassphrase, {}});
        if (!restored)
            return fail(restored.error());
        if (auto acquired = lock->acquire(); !acquired)
            return fail(acquired.error());
        HistoryStore after(db, historyOptions);
        if (auto marked = after.markRolledBack(batch.batchId); !marked)
            return fail(marked.error());
        result.method = QStringLiteral("backup");
        result.backupId = batchBackup;
        result.safetyBackupId = restored->safetyBackupId;
        result.fingerprintAfter = restored->fingerprintAfter;
        if (!fingerprintBefore.isEmpty() && restored->fingerprintAfter != fingerprintBefore)
            return fail(ErrorCode::VerificationFailed,
                        Tr::tr("Backup %1 was restored, but its schema is not the one recorded before batch %2")
                            .arg(batchBackup, batch.batchId));
        result.executionTimeMs = total.elapsed();
        return result;
    }

    // SQL rollback: backup, transaction, verify, mark, commit.
    if (!runtime->transactionalDdl() && !request.autoBackup)
        return fail(ErrorCode::Refused,
                    Tr::tr("Refused: %1 cannot roll back DDL, so undoing a batch needs a backup first to return to "
                           "after a failure. Remove --no-backup").arg((*dialect)->name()));
    QString rollbackBackupDir;
    if (request.autoBackup && (*dialect)->backupEngine()) {
        auto backupDir = backupDirectoryFor(request);
        if (!backupDir)
            return fail(backupDir.error());
        BackupRequest backup;
        backup.reason = BackupReason::PreMigration;
        backup.schema = *current;
        backup.encrypt = !request.backupPassphrase.isEmpty();
        BackupStore store(*backupDir);
        store.setPassphrase(request.backupPassphrase);
        auto created = store.create(**connection, **dialect, backup);
        if (!created)
            return fail(created.error());
        result.backupId = created->id;
        rollbackBackupDir = *backupDir;
    }
    QDeadlineTimer deadline = request.maxExecutionTimeMs > 0 ? QDeadlineTimer(request.maxExecutionTimeMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    auto guard = runtime->guard(**connection, [&deadline] { return deadline.hasExpired(); });
    if (auto begun = runtime->begin(db); !begun)
        return fail(begun.error());
    auto abort = [&](Error error) -> Result<RollbackResult> {
        (void)runtime->rollback(db);
        if (!runtime->transactionalDdl() && !result.backupId.isEmpty()) {
            // The DDL that ran stays: go back to the backup made just before.
            const BackupStore store(rollbackBackupDir);
            auto metadata = store.find(result.backupId);
            Result<void> restored = metadata ? store.restore(result.backupId, **connection, *(*dialect)->backupEngine())
                                             : Result<void>(fail(metadata.error()));
            if (restored)
                restored = checkRestored(*metadata, **connection, *(*dialect)->backupEngine(), &(*dialect)->inspector());
            error.message += restored ? Tr::tr(" — the backup %1 made before the rollback was restored").arg(result.backupId)
                                      : Tr::tr(" — and restoring the backup %1 made before the rollback failed (%2); restore it "
                                               "with `schemapilot-cli backup restore %1`")
                                            .arg(result.backupId, restored.error().toString());
            if (deadline.hasExpired())
                error.code = ErrorCode::TimedOut;
            return fail(error);
        }
        if (deadline.hasExpired()) {
            error.code = ErrorCode::TimedOut;
            error.message = Tr::tr("The rollback took longer than %1 ms and was undone; the database is unchanged").arg(request.maxExecutionTimeMs);
        }
        return fail(error);
    };
    for (const QString &sql : statements) {
        if (auto ok = execSql(db, sql); !ok)
            return abort(ok.error());
        result.statements << sql;
    }
    if (auto ok = runtime->checkForeignKeys(db); !ok)
        return abort(ok.error());
    auto after = (*dialect)->inspector().inspect(db, {});
    if (!after)
        return abort(after.error());
    result.fingerprintAfter = after->fingerprint();
    if (!fingerprintBefore.isEmpty() && result.fingerprintAfter != fingerprintBefore)
        return abort(Error{ErrorCode::VerificationFailed,
                           Tr::tr("After the rollback SQL the schema is not the one recorded before batch %1; undone. "
                                  "Use --from-backup to restore the batch's backup instead").arg(batch.batchId),
                           {}, {}, {}, 0});
    if (auto marked = history.markRolledBack(batch.batchId, HistoryStore::Transaction::Caller); !marked)
        return abort(marked.error());
    HistoryRecord row;
    row.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.migrationId = row.batchId + QStringLiteral("-rollback");
    row.operationType = QStringLiteral("ROLLBACK");
    row.description = Tr::tr("Rolled back batch %1 with its rollback SQL").arg(batch.batchId);
    row.forwardSql = result.statements;
    row.status = HistoryStatus::RolledBack;
    row.startedAt = QDateTime::currentDateTimeUtc().addMSecs(-total.elapsed());
    row.finishedAt = QDateTime::currentDateTimeUtc();
    row.executionMs = total.elapsed();
    row.backupId = result.backupId;
    row.fingerprintBefore = current->fingerprint();
    row.fingerprintAfter = result.fingerprintAfter;
    if (auto appended = history.append(row); !appended)
        return abort(appended.error());
    if (auto committed = runtime->commit(db); !committed)
        return abort(committed.error());
    result.method = QStringLiteral("sql");
    result.executionTimeMs = total.elapsed();
    return result;
}

} // namespace SchemaPilot::Core
