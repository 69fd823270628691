#pragma once

#include "schemapilot/core_export.h"
#include "backup/backupengine.h"
#include "common/result.h"

#include <QSet>
#include <QString>

namespace SchemaPilot::Core {

// What a mariadb-dump/mysqldump file holds, read in one streaming pass without a server:
// the header and the "-- Dump completed" footer (a dump cut short has none), the tables and
// views it creates and the rows it inserts per table (counted by scanning the VALUES tuples,
// aware of quoted strings and escapes). Quotes or parentheses left open at the end of an
// INSERT mean the file was damaged.
struct MysqlDumpContents {
    bool header = false;           // starts like a MariaDB/MySQL dump
    bool complete = false;         // ends with "-- Dump completed"
    QString problem;               // the first structural damage found, empty when none
    QSet<QString> tables;
    QSet<QString> views;
    RowCounts rowCounts;           // every table, 0 when it has no INSERT
};

SCHEMAPILOT_CORE_EXPORT Result<MysqlDumpContents> readMysqlDump(const QString &path);

} // namespace SchemaPilot::Core
