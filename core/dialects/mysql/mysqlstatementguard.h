#pragma once

#include "db/connectionurl.h"
#include "dialects/executionruntime.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace SchemaPilot::Core {

// Watches `shouldStop` on a thread of its own (every 20 ms) and, the first time it turns true,
// sends KILL QUERY for the watched session from a second session: MySQL has no in-process
// interrupt like SQLite's progress handler. KILL QUERY ends the statement, not the session.
class MysqlStatementGuard final : public StatementGuard
{
public:
    MysqlStatementGuard(ConnectionUrl url, qint64 connectionId, std::function<bool()> shouldStop);
    ~MysqlStatementGuard() override;

private:
    void watch();
    void kill();

    ConnectionUrl m_url;
    qint64 m_connectionId = 0;
    std::function<bool()> m_shouldStop;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_finished = false;
    std::thread m_thread;
};

} // namespace SchemaPilot::Core
