#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SchemaPilot::Core {

// Who holds (or last held) the migration lock of one database.
struct SCHEMAPILOT_CORE_EXPORT LockInfo {
    bool held = false;          // an OS/engine lock is held right now
    bool stale = false;         // a record is left behind, but nobody holds the lock (holder died)
    QString owner;              // user@host
    qint64 pid = 0;
    QString host;
    QDateTime acquiredAt;       // UTC
    QDateTime heartbeatAt;      // UTC, refreshed while the holder runs
    QString resource;           // what is locked: the side file, the advisory key, ...

    bool isEmpty() const { return owner.isEmpty() && pid == 0; }
    // "alice@box (pid 4242) since 2026-11-25T18:00:00Z"
    QString describe() const;
    QJsonObject toJson() const;
    static std::optional<LockInfo> fromJson(const QByteArray &json);
};

// The outcome of a successful acquire: our own record, and the stale record we replaced, if any.
struct SCHEMAPILOT_CORE_EXPORT LockAcquisition {
    LockInfo self;
    std::optional<LockInfo> tookOverFrom;
};

// One migration at a time per database, across threads and processes. Engines implement it with
// what releases itself when the holder dies: an OS advisory lock on a side file (SQLite),
// pg_advisory_lock (PostgreSQL), GET_LOCK (MySQL). One object = one potential holder.
class SCHEMAPILOT_CORE_EXPORT MigrationLock
{
public:
    virtual ~MigrationLock() = default;
    // Never waits: ErrorCode::LockHeld naming the holder when someone else has it.
    virtual Result<LockAcquisition> acquire() = 0;
    virtual void release() = 0;
    virtual bool isHeld() const = 0;
    // Cheap read for status bars and health: never takes the lock.
    virtual Result<LockInfo> peek() const = 0;
};

// Who this process is, for lock records and history: user@host, pid, host.
SCHEMAPILOT_CORE_EXPORT LockInfo currentProcessLockInfo();

} // namespace SchemaPilot::Core
