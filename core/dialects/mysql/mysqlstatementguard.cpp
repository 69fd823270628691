#include "dialects/mysql/mysqlstatementguard.h"

#include "common/logging.h"
#include "db/connection.h"
#include "db/sqlexec.h"

namespace SchemaPilot::Core {

MysqlStatementGuard::MysqlStatementGuard(ConnectionUrl url, qint64 connectionId, std::function<bool()> shouldStop)
    : m_url(std::move(url))
    , m_connectionId(connectionId)
    , m_shouldStop(std::move(shouldStop))
{
    if (m_connectionId > 0 && m_shouldStop)
        m_thread = std::thread([this] { watch(); });
}

MysqlStatementGuard::~MysqlStatementGuard()
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void MysqlStatementGuard::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(20), [this] { return m_finished; })) {
        if (!m_shouldStop())
            continue;
        // Once: a second KILL could hit the ROLLBACK that follows the interrupted statement.
        lock.unlock();
        kill();
        lock.lock();
        m_wake.wait(lock, [this] { return m_finished; });
        return;
    }
}

void MysqlStatementGuard::kill()
{
    // Opened on this thread: a QSqlDatabase belongs to the thread that opened it.
    auto connection = Connection::open(m_url, Connection::Access::ReadWrite, QStringLiteral("kill"));
    if (!connection) {
        qCWarning(lcCore) << "could not open a session to interrupt the migration:" << connection.error().toString();
        return;
    }
    if (auto killed = execSql((*connection)->database(), QStringLiteral("KILL QUERY %1").arg(m_connectionId)); !killed)
        qCWarning(lcCore) << "KILL QUERY" << m_connectionId << "failed:" << killed.error().toString();
    else
        qCInfo(lcCore) << "interrupted the statement of connection" << m_connectionId;
}

} // namespace SchemaPilot::Core
