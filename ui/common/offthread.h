#pragma once

#include "common/asyncrun.h"

#include <QFuture>
#include <QObject>

namespace SchemaPilot::Gui {

// Runs `work` on the pool and hands its value to `done` on `context`'s thread (the GUI thread).
// When `context` is gone by then, `done` is skipped; the work itself opens its own connections.
template<typename Work, typename Done>
void runOffThread(QObject *context, QThreadPool *pool, Work &&work, Done &&done)
{
    Core::asyncRun(pool, std::forward<Work>(work)).then(context, std::forward<Done>(done));
}

} // namespace SchemaPilot::Gui
