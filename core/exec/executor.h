#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialectregistry.h"
#include "exec/applyoptions.h"
#include "exec/applyresult.h"
#include "service/checkservice.h"

#include <QFuture>
#include <QPromise>

class QThreadPool;

namespace SchemaPilot::Core {

struct ApplyRequest {
    CheckRequest check;        // where, and the desired schema; the plan is always computed afresh
    ApplyOptions options;
    bool recordHistory = true; // false only for runs on private copies (rehearsals)
};

// Applies a desired schema safely: lock → re-check → consent → pre-flight → backup → transaction
// → verification → commit → history. The registry must outlive every run it starts.
class SCHEMAPILOT_CORE_EXPORT Executor final
{
public:
    explicit Executor(const DialectRegistry &dialects, QThreadPool *pool = nullptr);

    // Runs on a worker thread with its own connection. Progress: value and text per stage and per
    // statement. Cancel interrupts the running statement and rolls back (the future then has no result).
    QFuture<ApplyResult> apply(const ApplyRequest &request) const;
    // The same on the calling thread, for the CLI.
    ApplyResult applySync(const ApplyRequest &request) const;

private:
    const DialectRegistry &m_dialects;
    QThreadPool *m_pool = nullptr;
};

// The worker itself: opens its own connection on the calling thread and removes it at the end.
SCHEMAPILOT_CORE_EXPORT void runApply(QPromise<ApplyResult> &promise, const DialectRegistry &dialects,
                                      const ApplyRequest &request);

} // namespace SchemaPilot::Core
