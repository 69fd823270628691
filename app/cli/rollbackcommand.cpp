// `rollback`: undo the last applied batch (see core/exec/rollback.h).
#include "commands.h"
#include "passphrase.h"
#include "planjson.h"

#include "exec/rollback.h"

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

namespace {

const QString kRollbackUsage = QStringLiteral(
    "usage: schemapilot-cli rollback --db URL [--allow-data-loss|--from-backup] [--no-backup] [--backup-dir DIR]\n"
    "                                [--timeout-ms N] [--json]");

} // namespace

int runRollbackCommand(const QStringList &arguments, CliContext &context)
{
    Io &io = context.io;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Undo the last applied migration batch: with its rollback SQL when that "
                                                    "loses nothing, else by restoring the backup taken before it."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("allow-data-loss"),
                      QStringLiteral("When the rollback SQL would lose data, restore the batch's backup instead.")});
    parser.addOption({QStringLiteral("from-backup"), QStringLiteral("Restore the batch's backup even when SQL would do.")});
    parser.addOption({QStringLiteral("no-backup"), QStringLiteral("No backup before a SQL rollback.")});
    parser.addOption({QStringLiteral("backup-dir"), QStringLiteral("Where backups are (default: next to the database)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("timeout-ms"), QStringLiteral("Limit for the rollback transaction (default 30000)."),
                      QStringLiteral("n")});
    int exitCode = ExitSuccess;
    if (!parseArguments(parser, arguments, io, &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, json, QStringLiteral("Unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
                          kRollbackUsage);
    if (!parser.isSet(QStringLiteral("db")))
        return usageError(io, json, QStringLiteral("Missing --db URL (e.g. --db sqlite:///app.db)"), kRollbackUsage);
    auto url = urlFromOptions(parser);
    if (!url)
        return reportError(io, json, url.error());
    RollbackRequest request;
    request.url = *url;
    request.allowDataLoss = parser.isSet(QStringLiteral("allow-data-loss"));
    request.fromBackup = parser.isSet(QStringLiteral("from-backup"));
    request.autoBackup = !parser.isSet(QStringLiteral("no-backup"));
    request.backupDir = parser.value(QStringLiteral("backup-dir"));
    // Encrypted batch backups: the same passphrase restores them and encrypts the pre-rollback backup.
    request.backupPassphrase = qEnvironmentVariable(kPassphraseVariable);
    if (parser.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        request.maxExecutionTimeMs = parser.value(QStringLiteral("timeout-ms")).toLongLong(&ok);
        if (!ok || request.maxExecutionTimeMs < 0)
            return usageError(io, json, QStringLiteral("Invalid --timeout-ms: expected a whole number of milliseconds"), kRollbackUsage);
    }

    auto result = rollbackLastBatch(context.dialects, request);
    if (!result) {
        const Error &error = result.error();
        const QString status = error.code == ErrorCode::Refused || error.code == ErrorCode::LockHeld ? QStringLiteral("refused")
                               : error.code == ErrorCode::TimedOut                                  ? QStringLiteral("timed_out")
                                                                                                    : QStringLiteral("failed");
        return reportError(io, json, error, QJsonObject{{QStringLiteral("status"), status}});
    }
    if (json) {
        io.printJson(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("rolled_back")},
            {QStringLiteral("batch_id"), result->batchId},
            {QStringLiteral("method"), result->method},
            {QStringLiteral("backup_id"), result->backupId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result->backupId)},
            {QStringLiteral("safety_backup_id"),
             result->safetyBackupId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result->safetyBackupId)},
            {QStringLiteral("statements"), QJsonArray::fromStringList(result->statements)},
            {QStringLiteral("loss_reasons"), QJsonArray::fromStringList(result->lossReasons)},
            {QStringLiteral("fingerprint_after"), result->fingerprintAfter},
            {QStringLiteral("execution_time_ms"), result->executionTimeMs},
        });
        return ExitSuccess;
    }
    io.out() << io.green(QStringLiteral("Rolled back batch %1").arg(result->batchId)) << ' '
             << (result->method == QStringLiteral("sql")
                     ? QStringLiteral("with its rollback SQL (%1 statement(s))").arg(result->statements.size())
                     : QStringLiteral("by restoring backup %1 (safety backup %2)").arg(result->backupId, result->safetyBackupId))
             << " in " << formatMs(result->executionTimeMs) << '\n';
    for (const QString &reason : result->lossReasons)
        io.out() << io.dim(QStringLiteral("why the backup: ") + reason) << '\n';
    io.out().flush();
    return ExitSuccess;
}

} // namespace SchemaPilot::Cli
