#pragma once

#include "schemapilot/core_export.h"

#include "common/sqllexer.h"

#include <QString>

namespace SchemaPilot::Core {

// How MySQL scripts split into tokens: backtick names, '#' comments, backslash escapes in strings.
SqlLexerOptions mysqlLexerOptions();

// The script with the mysql client's DELIMITER command resolved, as mysqldump and Sakila's
// schema file use it around triggers and routines: each "DELIMITER x" line becomes an empty line
// (line numbers of errors stay right) and, until the next one, every x outside strings, quoted
// names and comments ends the statement with ';' instead. The server splits BEGIN ... END
// bodies by itself when it runs the script as one multi-statement query.
SCHEMAPILOT_CORE_EXPORT QString mysqlScriptWithoutDelimiters(const QString &script);

} // namespace SchemaPilot::Core
