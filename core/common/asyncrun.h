#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace SchemaPilot::Core {

// One place that decides which pool runs background work. Workers are functions taking
// QPromise<T>& as their first argument; they open their own database connections.
template<typename Function, typename... Args>
auto asyncRun(QThreadPool *pool, Function &&function, Args &&...args)
{
    return QtConcurrent::run(pool ? pool : QThreadPool::globalInstance(), std::forward<Function>(function),
                             std::forward<Args>(args)...);
}

} // namespace SchemaPilot::Core
