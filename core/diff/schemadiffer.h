#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "diff/changeset.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// The one generic differ: Schema x Schema -> ChangeSet, with dialect hooks only where
// engines differ. Pure: no connection, no I/O. Bad rename hints are listed in
// ChangeSet::problems (the hint is then ignored).
SCHEMAPILOT_CORE_EXPORT ChangeSet diffSchemas(const Schema &current, const Schema &desired, const DiffHooks &hooks,
                                              const DiffOptions &options = {});

// As diffSchemas, but a bad rename hint is an error (ErrorCode::Usage) naming every problem.
SCHEMAPILOT_CORE_EXPORT Result<ChangeSet> diffSchemasChecked(const Schema &current, const Schema &desired,
                                                             const DiffHooks &hooks, const DiffOptions &options = {});

} // namespace SchemaPilot::Core
