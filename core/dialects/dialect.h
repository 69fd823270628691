#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "db/connectionurl.h"
#include "diff/changeset.h"
#include "model/schema.h"
#include "plan/plan.h"
#include "dialects/executionruntime.h"

#include <QSqlDatabase>
#include <QStringList>

namespace SchemaPilot::Core {

class BackupEngine;

struct InspectOptions {
    QString schemaName;               // PostgreSQL schema (default "public"); ignored elsewhere
    bool estimateRows = true;         // cheap estimates only; never a full scan of a large table
    QStringList excludeTables;        // besides the dialect's own internal tables
};

// Reads a live database into a Schema. Must not read rows (only cheap row estimates).
class SCHEMAPILOT_CORE_EXPORT Inspector
{
public:
    virtual ~Inspector() = default;
    virtual Result<Schema> inspect(const QSqlDatabase &db, const InspectOptions &options) const = 0;
};

// Builds the desired Schema by executing DDL in a scratch database of the same engine and
// introspecting it with the same Inspector. Never parses SQL by hand. `target` is the live
// connection (servers create a temporary schema/database next to it; SQLite ignores it).
// Errors name the file, the line and the statement, with the engine's message.
class SCHEMAPILOT_CORE_EXPORT DesiredLoader
{
public:
    virtual ~DesiredLoader() = default;
    virtual Result<Schema> load(const QString &ddl, const QString &fileName, const QSqlDatabase &target,
                                const InspectOptions &options) const = 0;
    // When the loaded schema depends only on the DDL and this loader (the engine's exact version),
    // a non-empty text naming both, so `status` and `plan` may reuse an earlier load of the same file.
    // Empty (servers): the result depends on the server, never reused.
    virtual QString cacheIdentity() const { return {}; }
};

// The narrow places where engines differ during a diff.
class SCHEMAPILOT_CORE_EXPORT DiffHooks
{
public:
    virtual ~DiffHooks() = default;
    virtual Qt::CaseSensitivity identifierCase() const = 0;
    virtual bool typesEquivalent(const QString &a, const QString &b) const = 0;
    virtual QString normaliseDefault(const QString &expression) const = 0;
    virtual QString normaliseExpression(const QString &expression) const = 0; // views, checks, predicates
    // What the model does not break down but the engine's stored definition shows (e.g. SQLite's
    // CREATE text after normalising whitespace, quoting and case). Empty: no extra difference.
    virtual QString tableDefinitionDifference(const Table &current, const Table &desired) const = 0;
};

struct PlanOptions {
    bool concurrentIndexes = false;   // PostgreSQL CREATE INDEX CONCURRENTLY (outside the transaction)
    qint64 largeTableRows = 100000;   // from here on a table counts as large
    qint64 longRunningMs = 5000;      // table rewrites estimated at this or longer get LT101
};

// Turns a ChangeSet into ordered steps. Pure: no connection, no I/O.
class SCHEMAPILOT_CORE_EXPORT Planner
{
public:
    virtual ~Planner() = default;
    virtual Result<Plan> plan(const ChangeSet &changes, const Schema &current, const Schema &desired,
                              const PlanOptions &options) const = 0;
};

class SCHEMAPILOT_CORE_EXPORT Dialect
{
public:
    virtual ~Dialect() = default;
    virtual QString name() const = 0;                   // "sqlite", "postgresql", "mysql"
    virtual Engine engine() const = 0;
    virtual const Inspector &inspector() const = 0;
    virtual const DesiredLoader &desiredLoader() const = 0;
    virtual const DiffHooks &diffHooks() const = 0;
    virtual const Planner &planner() const = 0;
    virtual QString quoteIdentifier(const QString &identifier) const = 0;
    // Engine specifics of executing a plan (lock, checks, transaction, interrupt); nullptr when
    // the dialect cannot execute yet.
    virtual const ExecutionRuntime *runtime() const { return nullptr; }
    // How this engine backs up and restores (core/backup/backupengine.h); nullptr: no backups yet.
    virtual const BackupEngine *backupEngine() const { return nullptr; }
    // Tables the tool itself keeps in the database (history, lock): never diffed or dropped.
    virtual QStringList internalTables() const
    {
        return {QStringLiteral("schemapilot_history"), QStringLiteral("schemapilot_lock")};
    }
};

} // namespace SchemaPilot::Core
