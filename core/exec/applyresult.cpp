#include "exec/applyresult.h"

namespace SchemaPilot::Core {

const StageReport *ApplyResult::stage(const QString &name) const
{
    for (const StageReport &s : stages)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString applyStatusName(ApplyStatus status)
{
    switch (status) {
    case ApplyStatus::Applied: return QStringLiteral("applied");
    case ApplyStatus::DryRun: return QStringLiteral("dry_run");
    case ApplyStatus::NoChanges: return QStringLiteral("no_changes");
    case ApplyStatus::Refused: return QStringLiteral("refused");
    case ApplyStatus::Failed: return QStringLiteral("failed");
    case ApplyStatus::TimedOut: return QStringLiteral("timed_out");
    }
    return QStringLiteral("failed");
}

QString stageOutcomeName(StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Ok: return QStringLiteral("ok");
    case StageOutcome::Failed: return QStringLiteral("failed");
    case StageOutcome::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("ok");
}

} // namespace SchemaPilot::Core
