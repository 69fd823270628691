#include "exec/applyprogress.h"

#include "common/logging.h"

namespace SchemaPilot::Core {

ApplyProgress::ApplyProgress(QPromise<ApplyResult> &promise, ApplyResult &result)
    : m_promise(promise)
    , m_result(result)
{
    m_total.start();
    m_promise.setProgressRange(0, kStageUnits);
}

void ApplyProgress::setStatementCount(int statements)
{
    m_promise.setProgressRange(0, kStageUnits + statements);
}

void ApplyProgress::advance(const QString &text)
{
    // QPromise ignores a value that does not grow, so every report moves on by one.
    m_promise.setProgressValueAndText(++m_value, text);
}

void ApplyProgress::beginStage(const QString &name, const QString &text)
{
    if (!m_stage.isEmpty())
        endStage(StageOutcome::Ok);
    m_stage = name;
    m_stageTimer.start();
    qCDebug(lcCore) << "stage" << name << "-" << text;
    advance(text);
}

void ApplyProgress::endStage(StageOutcome outcome, const QString &detail)
{
    if (m_stage.isEmpty())
        return;
    m_result.stages << StageReport{m_stage, outcome, m_stageTimer.elapsed(), detail};
    m_stage.clear();
}

void ApplyProgress::skipStage(const QString &name, const QString &why)
{
    if (!m_stage.isEmpty())
        endStage(StageOutcome::Ok);
    m_result.stages << StageReport{name, StageOutcome::Skipped, 0, why};
}

void ApplyProgress::statementDone(const QString &text)
{
    advance(text);
}

} // namespace SchemaPilot::Core
