#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace SchemaPilot::Core {

enum class SearchPathLifetime { Session, Transaction };

// Makes `schema` the first schema of the search_path, followed by the schemas that hold installed
// extensions (citext, pg_trgm's operator classes, uuid-ossp's functions usually live in public).
// The live connection, the inspector and the desired-schema scratch all set it the same way, so
// extension types print alike on both sides and DDL that uses them runs.
SCHEMAPILOT_CORE_EXPORT Result<void> setPostgresSearchPath(const QSqlDatabase &db, const QString &schema,
                                                           SearchPathLifetime scope = SearchPathLifetime::Session);

} // namespace SchemaPilot::Core
