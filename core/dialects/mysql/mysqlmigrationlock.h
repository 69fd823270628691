#pragma once

#include "schemapilot/core_export.h"
#include "db/connection.h"
#include "db/connectionurl.h"
#include "exec/migrationlock.h"

#include <memory>

namespace SchemaPilot::Core {

// The migration lock of one MySQL/MariaDB database: GET_LOCK(name, 0) on a connection of its own,
// which stays idle while the lock is held. The server ties a named lock to its session, so a
// holder that dies or is killed loses the lock with its session: there is no stale record on a
// server, and nothing to take over. Who holds it comes from IS_USED_LOCK → PROCESSLIST.
// Lives and dies on one thread (its connection is a QSqlDatabase).
class SCHEMAPILOT_CORE_EXPORT MysqlMigrationLock final : public MigrationLock
{
public:
    explicit MysqlMigrationLock(ConnectionUrl url);
    ~MysqlMigrationLock() override;
    MysqlMigrationLock(const MysqlMigrationLock &) = delete;
    MysqlMigrationLock &operator=(const MysqlMigrationLock &) = delete;

    Result<LockAcquisition> acquire() override;
    void release() override;
    bool isHeld() const override { return m_connection != nullptr; }
    Result<LockInfo> peek() const override;

    // The GET_LOCK name: at most 64 characters, one per database.
    static QString lockNameFor(const QString &database);
    // The server's id of the session holding the lock (0 while not held), e.g. to KILL it in tests.
    qint64 connectionId() const { return m_connectionId; }

private:
    Result<LockInfo> holder(const QSqlDatabase &db) const;

    ConnectionUrl m_url;
    QString m_name;
    std::unique_ptr<Connection> m_connection;
    qint64 m_connectionId = 0;
    LockInfo m_self;
};

} // namespace SchemaPilot::Core
