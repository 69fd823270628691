#pragma once

#include "schemapilot/core_export.h"
#include "diff/changeset.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// The one generic differ: Schema x Schema -> ChangeSet, with dialect hooks only where
// engines differ. Pure: no connection, no I/O.
SCHEMAPILOT_CORE_EXPORT ChangeSet diffSchemas(const Schema &current, const Schema &desired, const DiffHooks &hooks,
                                              const DiffOptions &options = {});

} // namespace SchemaPilot::Core
