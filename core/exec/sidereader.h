#pragma once

#include "common/result.h"
#include "db/connection.h"
#include "dialects/executionruntime.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace SchemaPilot::Core {

// Reading the migration's database on a second, read-only connection on a pool thread while the
// migration's own connection does other work (the pre-flight checks during the schema comparison,
// the digests of rewritten tables during the statements). The connection is opened on that thread,
// since connections belong to the thread that opens them, and set up for a scan (prepareForScan).
// abandon() interrupts the running statement. `work` is not called when the second connection
// cannot be opened: the result is then that error. Destroying a SideRead interrupts its work and
// waits for it.
template <typename T>
class SideRead
{
public:
    using Work = std::function<Result<T>(const Connection &reader)>;

    // Only for databases a second connection sees as the first one does: files, not ":memory:".
    static bool possible(const ExecutionRuntime &runtime, const Connection &connection)
    {
        return runtime.changeMarker(connection).has_value();
    }

    SideRead(const ExecutionRuntime &runtime, const ConnectionUrl &url, const QString &purpose, Work work)
        : m_abandon(std::make_shared<std::atomic<bool>>(false))
    {
        m_result = QtConcurrent::run([runtime = &runtime, url, purpose, work = std::move(work),
                                      abandon = m_abandon]() -> Result<T> {
            auto reader = Connection::open(url, Connection::Access::ReadOnly, purpose);
            if (!reader)
                return fail(reader.error());
            runtime->prepareForScan(**reader);
            const auto guard = runtime->guard(**reader, [abandon] { return abandon->load(); });
            return work(**reader);
        });
    }
    ~SideRead()
    {
        abandon();
        m_result.waitForFinished();
    }
    SideRead(const SideRead &) = delete;
    SideRead &operator=(const SideRead &) = delete;

    void abandon() { *m_abandon = true; }
    bool finished() const { return m_result.isFinished(); }
    Result<T> result() { return m_result.result(); }

private:
    std::shared_ptr<std::atomic<bool>> m_abandon;
    QFuture<Result<T>> m_result;
};

} // namespace SchemaPilot::Core
