#include "exec/startup.h"

#include "common/logging.h"
#include "dialects/dialectregistry.h"
#include "exec/executor.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace SchemaPilot {

using namespace Core;

StartupMigrationResult migrateOnStartup(const QString &url, const QString &desiredSchemaFile, const QString &backupDir,
                                        const StartupOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    StartupMigrationResult result;
    auto parsed = ConnectionUrl::parse(url);
    if (!parsed) {
        result.error = parsed.error().toString();
        return result;
    }
    const DialectRegistry dialects = DialectRegistry::withBuiltins();
    CheckRequest check;
    check.url = *parsed;
    check.schemaFile = desiredSchemaFile;
    check.runProbes = false;

    // Fast path: a read-only comparison, no lock, no worker, when the file already exists.
    if (!parsed->isSQLite() || QFileInfo::exists(parsed->path)) {
        if (auto report = runCheck(dialects, check); report && !report->migrationNeeded()) {
            result.status = ApplyStatus::NoChanges;
            result.fastPath = true;
            result.elapsedMs = timer.elapsed();
            return result;
        }
    }
    check.runProbes = true;
    ApplyOptions apply;
    apply.maxExecutionTimeMs = options.timeoutMs;
    apply.allowDataLoss = options.allowDataLoss;
    apply.autoBackup = options.autoBackup;
    apply.backupDir = backupDir;
    const ApplyResult applied = Executor(dialects).applySync(ApplyRequest{check, apply, true});
    result.status = applied.status;
    result.batchId = applied.batchId;
    result.backupId = applied.backupId;
    result.operations = int(applied.plan.steps.size());
    if (applied.error)
        result.error = applied.error->toString();
    result.elapsedMs = timer.elapsed();
    qCInfo(lcCore) << "start-up migration of" << parsed->redacted() << applyStatusName(result.status) << "in"
                   << result.elapsedMs << "ms";
    return result;
}

} // namespace SchemaPilot
