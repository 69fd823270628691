#pragma once

#include "exec/applyresult.h"

#include <QString>

namespace SchemaPilot::Gui {

// Words for what the executor reports, shared by the apply dialog and the plan page.
QString applyStatusText(Core::ApplyStatus status);
QString stageTitle(const QString &stageName);   // "lock" -> "Migration lock"
QString stageOutcomeText(Core::StageOutcome outcome);
// A short rich-text summary: status, reason, backup, timings, notes.
QString applyResultHtml(const Core::ApplyResult &result);

} // namespace SchemaPilot::Gui
