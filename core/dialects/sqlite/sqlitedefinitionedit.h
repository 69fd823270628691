#pragma once

#include "dialects/sqlite/sqliteplancontext.h"

// Constraint and default changes without copying a row (internal to the SQLite planner).

namespace SchemaPilot::Core {

// True when every change of `modify` leaves the stored rows as they are: NOT NULL, DEFAULT, CHECK,
// foreign keys, declared types of the same affinity (not in STRICT tables, not on key columns) and
// collations that no index, key, CHECK or generated column compares by, on the same columns in the
// same order with the same keys and indexes.
// SQLite then documents a procedure that edits the stored CREATE TABLE text instead of the
// 12-step rebuild (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes").
bool sqliteDefinitionEditable(const change::ModifyTable &modify, const SqlitePlanContext &context);

// The statements for such a change, from `from` to `to` of table `tableName`. Inside the
// migration's transaction: guards that fail with a clear message when existing rows break a new
// NOT NULL (without default) or CHECK, the NULLs of a column that becomes NOT NULL set to its
// default (as the rebuild's copy would), the edit of the stored text under writable_schema, a
// schema reload, and a schema-cookie bump so that every other connection rereads the definition.
// The rollback is the same function with `from` and `to` swapped.
QStringList sqliteDefinitionEditSql(const Table &from, const Table &to, const QString &tableName);

} // namespace SchemaPilot::Core
