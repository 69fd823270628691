#pragma once

#include "schemapilot/core_export.h"
#include "db/connection.h"
#include "exec/migrationlock.h"

#include <memory>

namespace SchemaPilot::Core {

// The migration lock of one PostgreSQL database and schema: a session-level
// pg_try_advisory_lock(key) held on a connection that this object opens and owns for as long as
// it holds the lock. The key is derived from the database and schema names, so two schemas of one
// database migrate independently. There is no stale-lock takeover to do: when the holder dies or
// is killed, the server ends its session and drops its advisory locks with it.
class SCHEMAPILOT_CORE_EXPORT PostgresMigrationLock final : public MigrationLock
{
public:
    explicit PostgresMigrationLock(ConnectionUrl url);
    ~PostgresMigrationLock() override;
    PostgresMigrationLock(const PostgresMigrationLock &) = delete;
    PostgresMigrationLock &operator=(const PostgresMigrationLock &) = delete;

    Result<LockAcquisition> acquire() override;
    void release() override;
    bool isHeld() const override { return m_held; }
    Result<LockInfo> peek() const override;

    // The advisory lock key of a database and schema (stable across versions and machines).
    static qint64 keyFor(const QString &database, const QString &schema);
    qint64 key() const { return m_key; }
    // The server pid of the connection holding the lock (0 when not held).
    qint64 backendPid() const { return m_backendPid; }

private:
    Result<LockInfo> holder(const QSqlDatabase &db) const;
    QString resource() const;

    ConnectionUrl m_url;
    qint64 m_key = 0;
    std::unique_ptr<Connection> m_connection;
    bool m_held = false;
    qint64 m_backendPid = 0;
};

} // namespace SchemaPilot::Core
