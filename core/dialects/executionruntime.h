#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "db/connectionurl.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace SchemaPilot::Core {

class Connection;
class MigrationLock;

enum class IntegrityLevel { Quick, Full };

// Row count and an order-independent hash of some columns of a table: equal before and after a
// rebuild when no row was lost, duplicated or changed.
struct TableDigest {
    qint64 rows = 0;
    QByteArray hash;

    friend bool operator==(const TableDigest &, const TableDigest &) = default;
};

// While alive, interrupts the statement running on one connection as soon as `shouldStop`
// turns true (timeout, cancel). Destroying it uninstalls it.
class SCHEMAPILOT_CORE_EXPORT StatementGuard
{
public:
    virtual ~StatementGuard() = default;
};

// While alive, a connection setting differs from its usual value; destroying it restores that.
class SCHEMAPILOT_CORE_EXPORT ScopedSetting
{
public:
    virtual ~ScopedSetting() = default;
};

// What the executor needs from an engine beyond plain SQL: the migration lock, integrity checks,
// foreign key enforcement, the transaction, interrupting a running statement and a private copy
// for rehearsals. One per dialect (Dialect::runtime()); stateless and thread-safe.
class SCHEMAPILOT_CORE_EXPORT ExecutionRuntime
{
public:
    virtual ~ExecutionRuntime() = default;

    virtual std::unique_ptr<MigrationLock> migrationLock(const ConnectionUrl &url) const = 0;

    // ErrorCode::IntegrityCheckFailed with the engine's first findings.
    virtual Result<void> checkIntegrity(const QSqlDatabase &db, IntegrityLevel level) const = 0;
    virtual Result<void> checkForeignKeys(const QSqlDatabase &db) const = 0;
    // The same checks limited to `tables` and what belongs to them (their indexes), for the
    // post-flight check: the pre-flight check read the whole database, and a migration writes only
    // the tables its plan names. Engines without a per-table form check everything.
    virtual Result<void> checkTablesIntegrity(const QSqlDatabase &db, IntegrityLevel level, const QStringList &tables) const
    {
        Q_UNUSED(tables);
        return checkIntegrity(db, level);
    }
    virtual Result<void> checkTablesForeignKeys(const QSqlDatabase &db, const QStringList &tables) const
    {
        Q_UNUSED(tables);
        return checkForeignKeys(db);
    }
    // Sets foreign key enforcement (outside a transaction) and returns the previous setting.
    virtual Result<bool> setForeignKeyEnforcement(const QSqlDatabase &db, bool enabled) const = 0;

    // Called once on a second, read-only connection that reads the whole database beside the
    // migration (the pre-flight checks, the digests). SQLite maps the file into memory, so the scan
    // reads the pages the operating system already caches without a system call and a copy per
    // page. Best effort: a failure only costs time.
    virtual void prepareForScan(const Connection &connection) const { Q_UNUSED(connection); }

    // For a migration that deletes no row and no column: pages it frees (a rebuilt table's old copy)
    // are not overwritten with zeros (SQLite: secure_delete = FAST instead of ON, Debian's default).
    // They hold only rows the migration has copied, so scrubbing them hides nothing, yet it writes
    // and journals every page of the old table. Set outside the transaction; nullptr when the
    // engine has no such setting or already skips it.
    virtual std::unique_ptr<ScopedSetting> skipScrubbingCopiedPages(const QSqlDatabase &db) const
    {
        Q_UNUSED(db);
        return nullptr;
    }

    virtual Result<void> begin(const QSqlDatabase &db) const = 0;    // takes the write lock at once
    // begin() for a run limited to `limitMs` (0: no limit). Engines that can make the server enforce
    // the limit as well do so (PostgreSQL: SET LOCAL statement_timeout); the default just begins.
    virtual Result<void> beginWithTimeLimit(const QSqlDatabase &db, qint64 limitMs) const
    {
        Q_UNUSED(limitMs);
        return begin(db);
    }
    virtual Result<void> commit(const QSqlDatabase &db) const = 0;
    virtual Result<void> rollback(const QSqlDatabase &db) const = 0;

    // Starts a read transaction on `connection` and pins its snapshot: until rollback(), it reads
    // the database as it is now, whatever other connections do (the early digests). Engines whose
    // changeMarker() is nullopt never get here.
    virtual Result<void> beginReadSnapshot(const Connection &connection) const
    {
        Q_UNUSED(connection);
        return fail(ErrorCode::Unsupported, QStringLiteral("no read snapshots on this engine"));
    }

    virtual std::unique_ptr<StatementGuard> guard(const Connection &connection, std::function<bool()> shouldStop) const = 0;

    virtual Result<TableDigest> tableDigest(const Connection &connection, const QString &table,
                                           const QStringList &columns) const = 0;

    // A value that changes whenever the database's contents may have changed: another connection
    // committed, or this one wrote. Work done on a second connection before the migration's
    // transaction (the digests of the tables it rewrites) is trusted only when the marker inside
    // the transaction equals the one taken before that work began. nullopt: the engine cannot
    // tell (or a second connection would see another database), so such work is done inside.
    virtual std::optional<QByteArray> changeMarker(const Connection &connection) const
    {
        Q_UNUSED(connection);
        return std::nullopt;
    }

    // A private, consistent copy of the database in `folder` for a rehearsal; returns its URL.
    virtual Result<ConnectionUrl> makeRehearsalCopy(const Connection &connection, const QString &folder) const = 0;
    // Removes a copy that lives outside `folder` (a server's scratch database) once the rehearsal
    // is over. Default: nothing to do (files go with the folder).
    virtual Result<void> dropRehearsalCopy(const ConnectionUrl &copy) const
    {
        Q_UNUSED(copy);
        return {};
    }

    // After a statement that runs outside the migration transaction failed (PostgreSQL's CREATE
    // INDEX CONCURRENTLY): drops what it left half-built (an INVALID index) among the objects
    // `statements` name, and returns their names. Default: such statements leave nothing.
    virtual Result<QStringList> dropHalfBuilt(const QSqlDatabase &db, const QStringList &statements) const
    {
        Q_UNUSED(db);
        Q_UNUSED(statements);
        return QStringList();
    }

    // False when DDL commits implicitly (MySQL): ROLLBACK cannot undo applied steps, so the
    // executor insists on the pre-migration backup and restores it after a failure.
    virtual bool transactionalDdl() const { return true; }
};

} // namespace SchemaPilot::Core
