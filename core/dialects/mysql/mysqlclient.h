#pragma once

#include "common/result.h"
#include "db/connectionurl.h"

#include <QString>
#include <QStringList>

#include <functional>

// Runs the MariaDB/MySQL command-line tools (mariadb-dump, mariadb) for backups, restores and
// rehearsal copies. The password reaches the child only through MYSQL_PWD in its own
// environment: never on a command line (visible in ps) and never in a log.
namespace SchemaPilot::Core::MysqlClient {

// Called about every 100 ms with the bytes written or read so far; false cancels (kills the tool).
using Tick = std::function<bool(qint64 bytes)>;

// mariadb-dump (or mysqldump) of the URL's database into `path`, which must exist already with
// owner-only permissions: consistent (--single-transaction), with routines and triggers, and
// with events when `withEvents` (see mysqlHasEvents).
Result<void> dumpToFile(const ConnectionUrl &url, const QString &path, bool withEvents, const Tick &tick = {});

// Runs the SQL file `path` with the mariadb (or mysql) client in the URL's database.
Result<void> loadFromFile(const ConnectionUrl &url, const QString &path, const Tick &tick = {});

// mariadb-dump of `from` piped straight into the mariadb client on `to` (same server or not).
Result<void> copyDatabase(const ConnectionUrl &from, const ConnectionUrl &to, bool withEvents);

} // namespace SchemaPilot::Core::MysqlClient
