#pragma once

#include "schemapilot/core_export.h"

#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

// The identifiers and bare words of an SQL text, unquoted ("a""b" -> a"b, `x`, [y]), with string
// literals, numbers and comments skipped. Not a parser: planners and lint use it for conservative
// "does this text mention that name" questions (dependent views, columns named in a CHECK).
SCHEMAPILOT_CORE_EXPORT QStringList sqlIdentifierTokens(const QString &sql);

// True when `sql` mentions `name` as an identifier (case-insensitive, as SQL identifiers compare).
SCHEMAPILOT_CORE_EXPORT bool sqlMentionsIdentifier(const QString &sql, const QString &name);

} // namespace SchemaPilot::Core
