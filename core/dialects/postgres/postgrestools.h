#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "db/connectionurl.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace SchemaPilot::Core {

// One PostgreSQL client program call: pg_dump, pg_restore, psql.
struct PostgresCommand {
    QString tool;          // "pg_dump"
    QStringList arguments; // never a password: it travels in PGPASSWORD only
};

// The schema a PostgreSQL URL targets: its `schema` parameter, else "public".
SCHEMAPILOT_CORE_EXPORT QString postgresUrlSchema(const ConnectionUrl &url);

// A pg_dump/pg_restore --schema pattern that matches exactly `schema` (no wildcards, case kept).
SCHEMAPILOT_CORE_EXPORT QString postgresDumpSchemaPattern(const QString &schema);

// The client program from /usr/lib/postgresql/15/bin (the server's major version), else PATH.
// The error names the Debian package to install.
SCHEMAPILOT_CORE_EXPORT Result<QString> findPostgresTool(const QString &tool);

// -h, -p, -U for `url` (the database is per command: -d or a positional argument).
SCHEMAPILOT_CORE_EXPORT QStringList postgresServerArguments(const ConnectionUrl &url);

// The child's environment: the password as PGPASSWORD (never on a command line), a connect timeout.
SCHEMAPILOT_CORE_EXPORT QProcessEnvironment postgresToolEnvironment(const ConnectionUrl &url);

// Runs `chain` as a pipeline (each program's stdout into the next one's stdin; the last one's
// stdout is discarded) and waits. `keepGoing` is asked every 100 ms: false kills the pipeline
// (ErrorCode::Canceled). A non-zero exit is an error whose driverText is the programs' stderr
// (with the password masked, should a program ever echo it). `what` names the job in messages.
SCHEMAPILOT_CORE_EXPORT Result<void> runPostgresPipeline(const ConnectionUrl &url, const QList<PostgresCommand> &chain,
                                                         const QString &what, const std::function<bool()> &keepGoing = {});

} // namespace SchemaPilot::Core
