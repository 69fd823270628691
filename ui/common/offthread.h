#pragma once

#include "common/asyncrun.h"

#include <QFutureWatcher>
#include <QObject>

#include <type_traits>
#include <utility>

namespace SchemaPilot::Gui {

// Runs `work` on the pool and hands its value to `done` on `context`'s thread (the GUI thread).
// When `context` is gone by then, `done` is skipped; the work itself opens its own connections.
// A watcher owned by `context` delivers the result: it dies with `context`, so nothing refers to
// a destroyed page (QFuture::then(context, …) asserts on that and races with the deletion).
template<typename Work, typename Done>
void runOffThread(QObject *context, QThreadPool *pool, Work &&work, Done &&done)
{
    using Value = std::invoke_result_t<std::decay_t<Work>>;
    auto *watcher = new QFutureWatcher<Value>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         if constexpr (std::is_void_v<Value>)
                             done();
                         else
                             done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(Core::asyncRun(pool, std::forward<Work>(work)));
}

} // namespace SchemaPilot::Gui
