#pragma once

#include "schemapilot/core_export.h"
#include "backup/backupstore.h"
#include "exec/migrationlock.h"
#include "health/healthscore.h"

namespace SchemaPilot::Core {

// The backup parts of the health input from a backup directory's statistics (its .json sidecars).
SCHEMAPILOT_CORE_EXPORT void addBackupStats(HealthInput &input, const BackupStats &stats);
// The lock part from a peek at the migration lock (never takes it).
SCHEMAPILOT_CORE_EXPORT void addLockInfo(HealthInput &input, const LockInfo &lock);

} // namespace SchemaPilot::Core
