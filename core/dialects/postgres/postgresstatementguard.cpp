#include "dialects/postgres/postgresstatementguard.h"

#include "common/logging.h"
#include "db/connection.h"
#include "db/sqlexec.h"

namespace SchemaPilot::Core {

PostgresStatementGuard::PostgresStatementGuard(const Connection &connection, std::function<bool()> shouldStop, int pollMs)
    : m_url(connection.url())
    , m_shouldStop(std::move(shouldStop))
    , m_pollMs(pollMs)
{
    auto pid = queryScalar(connection.database(), QStringLiteral("SELECT pg_backend_pid()"));
    if (!pid) {
        qCWarning(lcCore) << "statement guard: no backend pid, statements cannot be interrupted:" << pid.error().toString();
        return;
    }
    m_backendPid = pid->toLongLong();
    m_thread = std::thread([this] { watch(); });
}

PostgresStatementGuard::~PostgresStatementGuard()
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PostgresStatementGuard::watch()
{
    // Opened up front, on this thread (a QSqlDatabase belongs to the thread that opened it), so that
    // the cancel goes out at once when needed.
    auto canceller = Connection::open(m_url, Connection::Access::ReadOnly, QStringLiteral("statement-guard"));
    if (!canceller)
        qCWarning(lcCore) << "statement guard: cannot open the second connection:" << canceller.error().toString();
    std::unique_lock lock(m_mutex);
    while (!m_finished) {
        if (m_shouldStop()) {
            if (canceller) {
                auto sent = queryScalar((*canceller)->database(), QStringLiteral("SELECT pg_cancel_backend(?::integer)"),
                                        {QVariant::fromValue(m_backendPid)});
                qCDebug(lcCore) << "statement guard: cancel sent to backend" << m_backendPid
                                << (sent ? sent->toBool() : false);
            }
            return;
        }
        m_wake.wait_for(lock, std::chrono::milliseconds(m_pollMs));
    }
}

} // namespace SchemaPilot::Core
