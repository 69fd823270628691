#pragma once

#include "scenariotable.h"

#include "db/connectionurl.h"
#include "exec/applyresult.h"
#include "plan/plan.h"

#include <QStringList>

namespace SchemaPilot::Test {

// "TYPE table[.column]" per step, in plan order.
QStringList describeOperations(const Core::Plan &plan);
// Whether a plan's operations are the expected ones on `engine`. Dependents an engine drops and
// recreates around a change (a DROP_VIEW v ... CREATE_VIEW v pair, the same for triggers) do not
// count: the scenario checks that they survive. On MySQL the index InnoDB needs for a new foreign
// key may come as a CREATE_INDEX step right before it. On SQLite a REBUILD_TABLE t stands for a run of
// column and constraint changes of t (the documented rebuild for what ALTER TABLE cannot do).
bool operationsMatch(const QStringList &expected, const QStringList &actual, Core::Engine engine);

// The plan's DS/MF/BC/RN findings as ExpectedWarning::describe() texts, sorted.
QStringList describeFindings(const Core::Plan &plan);
QStringList describeExpected(const QList<ExpectedWarning> &warnings);
// "TYPE table[.column] rowsLost" per destructive step.
QStringList describeConsentItems(const QList<Core::ConsentItem> &items);

} // namespace SchemaPilot::Test
