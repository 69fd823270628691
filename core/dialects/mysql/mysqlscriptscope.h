#pragma once

#include "schemapilot/core_export.h"

#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

// Why the desired-schema script would reach beyond the scratch database it runs in, or "" when it
// stays inside: a USE statement, a CREATE/ALTER/DROP DATABASE (or SCHEMA), or a name qualified with
// one of `databases` (db.table, `db`.`table`). The script runs with the target's credentials, so
// `DROP TABLE other_db.t` in a desired file would otherwise really drop it. Lexical only: strings,
// comments and quoted names are told apart, grammar is not.
SCHEMAPILOT_CORE_EXPORT QString mysqlScriptReachesOutside(const QString &script, const QStringList &databases);

} // namespace SchemaPilot::Core
