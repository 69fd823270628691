#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "model/view.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace SchemaPilot::Core {

// Stored procedures, functions, events and sequences of the connection's database, as
// SchemaObjects (kind "procedure", "function", "event", "sequence") whose sql is the engine's
// SHOW CREATE text with what differs between the live database and the scratch copy of the
// desired schema taken out: the DEFINER (the scratch copy is created by whoever runs the tool)
// and an event's STARTS unless it lay in the future when the event was created (the server stamps
// the creation time when none is written, and a restored event carries that stamp).
SCHEMAPILOT_CORE_EXPORT Result<QList<SchemaObject>> mysqlInspectRoutines(const QSqlDatabase &db, const QString &dbName);

// Whether the connection's database has events this user can see (a dump then needs --events).
SCHEMAPILOT_CORE_EXPORT Result<bool> mysqlHasEvents(const QSqlDatabase &db);

// "CREATE DEFINER=`u`@`h` PROCEDURE ..." -> "CREATE PROCEDURE ...".
SCHEMAPILOT_CORE_EXPORT QString mysqlWithoutDefiner(const QString &createSql);

} // namespace SchemaPilot::Core
