#include "health/healthsources.h"

namespace SchemaPilot::Core {

void addBackupStats(HealthInput &input, const BackupStats &stats)
{
    input.backupsChecked = true;
    input.backupCount = stats.count;
    input.newestBackupAt = stats.newest;
    input.lastVerifiedAt = stats.lastVerified;
    input.lastVerifyOk = stats.lastVerifyOk;
}

void addLockInfo(HealthInput &input, const LockInfo &lock)
{
    input.lockChecked = true;
    input.lockHeld = lock.held;
    input.lockStale = lock.stale && !lock.held;
    input.lockOwner = lock.isEmpty() ? QString() : QStringLiteral("%1 (pid %2)").arg(lock.owner).arg(lock.pid);
    input.lockSince = lock.acquiredAt;
}

} // namespace SchemaPilot::Core
