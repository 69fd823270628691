#pragma once

#include "schemapilot/core_export.h"
#include "diff/changeset.h"
#include "model/schema.h"

#include <QSqlDatabase>

namespace SchemaPilot::Core {

class Dialect;

// Adds the evidence of sampled values to each rename suggestion: values of the dropped column
// (or table) in the live database that also appear in the added one's rows in the desired
// schema. The desired side has rows only when its file seeds some; then the share of values in
// common moves the score (score = 0.8 × structural score + 0.2 × overlap), else the evidence says
// why no values were compared. Reads at most a few thousand live rows per suggestion.
SCHEMAPILOT_CORE_EXPORT void addSampledValueEvidence(ChangeSet &changes, const Dialect &dialect, const QSqlDatabase &live,
                                                     const Schema &current, const Schema &desired);

} // namespace SchemaPilot::Core
