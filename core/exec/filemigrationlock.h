#pragma once

#include "schemapilot/core_export.h"
#include "exec/migrationlock.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace SchemaPilot::Core {

// A migration lock for file databases: an OS advisory lock (Linux open-file-description lock,
// released by the kernel when the process dies, even on SIGKILL) on the side file
// `<db>.schemapilot-lock`, which holds a JSON record {owner, pid, host, acquired_at, heartbeat_at}.
// A record whose OS lock is free is stale and is taken over (the takeover is reported).
class SCHEMAPILOT_CORE_EXPORT FileMigrationLock final : public MigrationLock
{
public:
    explicit FileMigrationLock(QString databasePath, int heartbeatMs = 5000);
    ~FileMigrationLock() override;
    FileMigrationLock(const FileMigrationLock &) = delete;
    FileMigrationLock &operator=(const FileMigrationLock &) = delete;

    Result<LockAcquisition> acquire() override;
    void release() override;
    bool isHeld() const override { return m_fd >= 0; }
    Result<LockInfo> peek() const override;

    QString lockFilePath() const { return m_lockPath; }
    static QString lockFilePathFor(const QString &databasePath);

private:
    enum class Durability { Unsynced, Synced };
    void writeRecord(Durability durability);
    void heartbeatLoop();

    QString m_lockPath;
    int m_heartbeatMs = 5000;
    int m_fd = -1;
    LockInfo m_self;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopHeartbeat = false;
    std::thread m_heartbeat;
};

} // namespace SchemaPilot::Core
