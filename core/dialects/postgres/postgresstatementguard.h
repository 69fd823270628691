#pragma once

#include "dialects/executionruntime.h"
#include "db/connectionurl.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace SchemaPilot::Core {

// Watches `shouldStop` on a thread of its own and, the moment it turns true, cancels the statement
// running on the guarded connection with pg_cancel_backend(pid) from a second connection (the
// server then fails that statement with "canceling statement due to user request"). Once per
// guard: the caller stops issuing statements after that and rolls back.
class PostgresStatementGuard final : public StatementGuard
{
public:
    PostgresStatementGuard(const Connection &connection, std::function<bool()> shouldStop, int pollMs = 10);
    ~PostgresStatementGuard() override;
    PostgresStatementGuard(const PostgresStatementGuard &) = delete;
    PostgresStatementGuard &operator=(const PostgresStatementGuard &) = delete;

private:
    void watch();

    ConnectionUrl m_url;
    qint64 m_backendPid = 0;
    std::function<bool()> m_shouldStop;
    int m_pollMs = 10;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_finished = false;
    std::thread m_thread;
};

} // namespace SchemaPilot::Core
