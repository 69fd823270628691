#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

// File-system helpers of the backup store (internal to core): owner-only permissions from
// creation on, atomic replacement, and flushing to disk.
namespace SchemaPilot::Core::BackupFiles {

// Creates the directory with mode 0700 when missing (parents as needed, with default mode).
Result<void> ensurePrivateDirectory(const QString &path);
// Writes `data` to a temporary 0600 file next to `path`, flushes it and renames it over `path`.
Result<void> writeAtomically(const QString &path, const QByteArray &data);
// Renames within one directory, replacing the target.
Result<void> renameReplacing(const QString &from, const QString &to);
// fsync of a directory, so that renames in it survive a crash.
void syncDirectory(const QString &path);

} // namespace SchemaPilot::Core::BackupFiles
