#pragma once

#include "exec/applyresult.h"

#include <QElapsedTimer>
#include <QPromise>

namespace SchemaPilot::Core {

// Stage bookkeeping and progress of one run: every stage lands in ApplyResult::stages with its
// time, and every stage and statement advances the promise's progress value and text.
class ApplyProgress final
{
public:
    ApplyProgress(QPromise<ApplyResult> &promise, ApplyResult &result);

    void setStatementCount(int statements);
    void beginStage(const QString &name, const QString &text);
    void endStage(StageOutcome outcome, const QString &detail = {});
    void skipStage(const QString &name, const QString &why);
    void statementDone(const QString &text);
    bool canceled() const { return m_promise.isCanceled(); }
    QString currentStage() const { return m_stage; }
    qint64 elapsedMs() const { return m_total.elapsed(); }

    static constexpr int kStageUnits = 10;

private:
    void advance(const QString &text);

    QPromise<ApplyResult> &m_promise;
    ApplyResult &m_result;
    QElapsedTimer m_total;
    QElapsedTimer m_stageTimer;
    QString m_stage;
    int m_value = 0;
};

} // namespace SchemaPilot::Core
