#pragma once

#include "schemapilot/core_export.h"

#include <QString>

namespace SchemaPilot::Core {

// True for SQLite's reserved words (and a few names that must stay quoted, e.g. ROWID).
SCHEMAPILOT_CORE_EXPORT bool isSqliteKeyword(const QString &word);

} // namespace SchemaPilot::Core
