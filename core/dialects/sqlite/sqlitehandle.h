#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace SchemaPilot::Core {

// The sqlite3* behind an open QSQLITE connection (the same libsqlite3 core links), else nullptr.
// Internal to the SQLite dialect: only use it on the thread that owns the connection.
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);

} // namespace SchemaPilot::Core
