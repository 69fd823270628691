#include "dialects/sqlite/sqliteruntime.h"

#include "dialects/sqlite/sqliteinspector.h"
#include "dialects/sqlite/sqlitetabledigest.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/connection.h"
#include "db/sqlexec.h"
#include "exec/filemigrationlock.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <sqlite3.h>

#include <optional>

namespace SchemaPilot::Core {

namespace {

// A lock that only serialises within this process: in-memory databases have no file to lock.
class ProcessLocalLock final : public MigrationLock
{
public:
    Result<LockAcquisition> acquire() override
    {
        m_held = true;
        LockAcquisition acquisition;
        acquisition.self = currentProcessLockInfo();
        acquisition.self.held = true;
        acquisition.self.acquiredAt = QDateTime::currentDateTimeUtc();
        return acquisition;
    }
    void release() override { m_held = false; }
    bool isHeld() const override { return m_held; }
    Result<LockInfo> peek() const override { return LockInfo{}; }

private:
    bool m_held = false;
};

// Progress handler: SQLite calls it every N virtual-machine instructions of the running
// statement; a non-zero return interrupts the statement with SQLITE_INTERRUPT.
class SqliteProgressGuard final : public StatementGuard
{
public:
    SqliteProgressGuard(sqlite3 *handle, std::function<bool()> shouldStop)
        : m_handle(handle)
        , m_shouldStop(std::move(shouldStop))
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 1000, &SqliteProgressGuard::callback, this);
    }
    ~SqliteProgressGuard() override
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }

private:
    static int callback(void *self) { return static_cast<SqliteProgressGuard *>(self)->m_shouldStop() ? 1 : 0; }
    sqlite3 *m_handle = nullptr;
    std::function<bool()> m_shouldStop;
};

// PRAGMA secure_delete changed for as long as it lives (0 off, 1 on, 2 FAST).
class SecureDeleteSetting final : public ScopedSetting
{
public:
    SecureDeleteSetting(QSqlDatabase db, int previous)
        : m_db(std::move(db))
        , m_previous(previous)
    {
    }
    ~SecureDeleteSetting() override
    {
        if (auto ok = execSql(m_db, QStringLiteral("PRAGMA secure_delete = %1").arg(m_previous)); !ok)
            qCWarning(lcCore) << "could not restore PRAGMA secure_delete:" << ok.error().toString();
    }

private:
    QSqlDatabase m_db;
    int m_previous;
};

Result<QStringList> pragmaRows(const QSqlDatabase &db, const QString &sql, int columns)
{
    auto query = runQuery(db, sql);
    if (!query)
        return fail(query.error());
    QStringList rows;
    while (query->next() && rows.size() < 50) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields << query->value(i).toString();
        rows << fields.join(QStringLiteral(" | "));
    }
    return rows;
}

} // namespace

std::unique_ptr<MigrationLock> SqliteRuntime::migrationLock(const ConnectionUrl &url) const
{
    if (url.isMemory())
        return std::make_unique<ProcessLocalLock>();
    return std::make_unique<FileMigrationLock>(url.path);
}

namespace {

// PRAGMA quick_check / integrity_check, of the whole database or (`table`) of one table and its indexes.
Result<void> integrityPragma(const QSqlDatabase &db, IntegrityLevel level, const QString &table)
{
    const QString pragma = level == IntegrityLevel::Full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
    const QString argument = table.isEmpty() ? QString() : u'(' + sqliteQuote(table) + u')';
    auto rows = pragmaRows(db, QStringLiteral("PRAGMA %1%2").arg(pragma, argument), 1);
    if (!rows) {
        Error error = rows.error();
        error.code = ErrorCode::IntegrityCheckFailed;
        error.message = Tr::tr("PRAGMA %1 could not read the database; it is damaged. Restore it from a backup").arg(pragma);
        return fail(error);
    }
    if (rows->size() == 1 && rows->first() == QStringLiteral("ok"))
        return {};
    return fail(Error{ErrorCode::IntegrityCheckFailed,
                      Tr::tr("PRAGMA %1 found problems; nothing was changed. Restore from a backup or repair the "
                             "database first").arg(pragma),
                      {}, rows->mid(0, 5).join(QStringLiteral("; ")), {}, 0});
}

// PRAGMA foreign_key_check, of the whole database or (`table`) of the rows of one child table.
Result<void> foreignKeyPragma(const QSqlDatabase &db, const QString &table)
{
    const QString argument = table.isEmpty() ? QString() : u'(' + sqliteQuote(table) + u')';
    auto rows = pragmaRows(db, QStringLiteral("PRAGMA foreign_key_check") + argument, 4);
    if (!rows) {
        Error error = rows.error();
        error.code = ErrorCode::IntegrityCheckFailed;
        return fail(error);
    }
    if (rows->isEmpty())
        return {};
    QStringList findings;
    for (const QString &row : rows->mid(0, 5)) {
        const QStringList f = row.split(QStringLiteral(" | "));
        findings << Tr::tr("%1 row %2 references a missing row of %3").arg(f.value(0), f.value(1), f.value(2));
    }
    return fail(Error{ErrorCode::IntegrityCheckFailed,
                      Tr::tr("PRAGMA foreign_key_check found %1%2 row(s) violating foreign keys")
                          .arg(rows->size() >= 50 ? QStringLiteral("at least ") : QString())
                          .arg(rows->size()),
                      {}, findings.join(QStringLiteral("; ")), {}, 0});
}

} // namespace

Result<void> SqliteRuntime::checkIntegrity(const QSqlDatabase &db, IntegrityLevel level) const
{
    return integrityPragma(db, level, {});
}

Result<void> SqliteRuntime::checkForeignKeys(const QSqlDatabase &db) const
{
    return foreignKeyPragma(db, {});
}

Result<void> SqliteRuntime::checkTablesIntegrity(const QSqlDatabase &db, IntegrityLevel level, const QStringList &tables) const
{
    for (const QString &table : tables)
        if (auto ok = integrityPragma(db, level, table); !ok)
            return ok;
    return {};
}

Result<void> SqliteRuntime::checkTablesForeignKeys(const QSqlDatabase &db, const QStringList &tables) const
{
    for (const QString &table : tables)
        if (auto ok = foreignKeyPragma(db, table); !ok)
            return ok;
    return {};
}

Result<bool> SqliteRuntime::setForeignKeyEnforcement(const QSqlDatabase &db, bool enabled) const
{
    auto previous = queryScalar(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!previous)
        return fail(previous.error());
    if (auto ok = execSql(db, QStringLiteral("PRAGMA foreign_keys = %1").arg(enabled ? u"ON" : u"OFF")); !ok)
        return fail(ok.error());
    return previous->toInt() != 0;
}

namespace {

struct PageGeometry {
    qint64 pages = 0;
    qint64 pageSize = 0;
};

// The database's size in pages and its page size; nullopt when either cannot be read.
std::optional<PageGeometry> pageGeometry(const QSqlDatabase &db)
{
    auto pages = queryScalar(db, QStringLiteral("PRAGMA page_count"));
    auto pageSize = queryScalar(db, QStringLiteral("PRAGMA page_size"));
    if (!pages || !pageSize || pageSize->toLongLong() <= 0)
        return std::nullopt;
    return PageGeometry{pages->toLongLong(), pageSize->toLongLong()};
}

} // namespace

void SqliteRuntime::prepareForScan(const Connection &connection) const
{
    // The whole file, up to a bound on address space; beyond it SQLite reads as before.
    constexpr qint64 kMaxMapBytes = 256LL * 1024 * 1024;
    const QSqlDatabase db = connection.database();
    const std::optional<PageGeometry> geometry = pageGeometry(db);
    auto current = queryScalar(db, QStringLiteral("PRAGMA mmap_size"));
    if (!geometry || !current)
        return;
    const qint64 wanted = qMin(geometry->pages * geometry->pageSize, kMaxMapBytes);
    if (wanted > current->toLongLong())
        (void)execSql(db, QStringLiteral("PRAGMA mmap_size = %1").arg(wanted));
}

std::unique_ptr<ScopedSetting> SqliteRuntime::skipScrubbingCopiedPages(const QSqlDatabase &db) const
{
    auto previous = queryScalar(db, QStringLiteral("PRAGMA secure_delete"));
    if (!previous || !previous->isValid() || previous->toInt() != 1)
        return nullptr;   // off or FAST already: nothing to relax
    // FAST still zeroes deleted cells inside pages it writes anyway; it skips whole freed pages.
    if (auto ok = execSql(db, QStringLiteral("PRAGMA secure_delete = FAST")); !ok)
        return nullptr;
    return std::make_unique<SecureDeleteSetting>(db, previous->toInt());
}

Result<void> SqliteRuntime::begin(const QSqlDatabase &db) const
{
    // IMMEDIATE: take the write lock now, so a concurrent writer fails here and not mid-migration.
    return execSql(db, QStringLiteral("BEGIN IMMEDIATE"));
}

Result<void> SqliteRuntime::commit(const QSqlDatabase &db) const
{
    return execSql(db, QStringLiteral("COMMIT"));
}

Result<void> SqliteRuntime::rollback(const QSqlDatabase &db) const
{
    auto ok = execSql(db, QStringLiteral("ROLLBACK"));
    // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL or an interrupt).
    if (!ok && ok.error().driverText.contains(QStringLiteral("no transaction is active")))
        return {};
    return ok;
}

Result<void> SqliteRuntime::beginReadSnapshot(const Connection &connection) const
{
    const QSqlDatabase db = connection.database();
    if (auto ok = execSql(db, QStringLiteral("BEGIN")); !ok)
        return ok;
    // A deferred transaction takes its shared lock (WAL: its snapshot) at the first read.
    if (auto read = queryScalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema")); !read) {
        (void)rollback(db);
        return fail(read.error());
    }
    return {};
}

std::unique_ptr<StatementGuard> SqliteRuntime::guard(const Connection &connection, std::function<bool()> shouldStop) const
{
    return std::make_unique<SqliteProgressGuard>(static_cast<sqlite3 *>(connection.sqliteHandle()), std::move(shouldStop));
}

std::optional<QByteArray> SqliteRuntime::changeMarker(const Connection &connection) const
{
    auto *handle = static_cast<sqlite3 *>(connection.sqliteHandle());
    const char *file = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    if (!file || !*file)
        return std::nullopt;   // in-memory or temporary: a second connection opens another database
    // data_version: other connections' commits; total_changes: this connection's own writes.
    auto version = queryScalar(connection.database(), QStringLiteral("PRAGMA data_version"));
    if (!version || !version->isValid())
        return std::nullopt;
    return version->toByteArray() + ':' + QByteArray::number(sqlite3_total_changes64(handle));
}

Result<ConnectionUrl> SqliteRuntime::makeRehearsalCopy(const Connection &connection, const QString &folder) const
{
    const QString target = QDir(folder).absoluteFilePath(
        QStringLiteral("rehearsal-%1.db").arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
    QString quoted = target;
    quoted.replace(u'\'', QStringLiteral("''"));
    if (auto ok = execSql(connection.database(), QStringLiteral("VACUUM INTO '%1'").arg(quoted)); !ok) {
        Error error = ok.error();
        error.message = Tr::tr("Could not copy the database for the rehearsal");
        error.file = target;
        return fail(error);
    }
    ConnectionUrl url = connection.url();
    url.path = target;
    return url;
}

Result<TableDigest> SqliteRuntime::tableDigest(const Connection &connection, const QString &table,
                                               const QStringList &columns) const
{
    return sqliteTableDigest(static_cast<sqlite3 *>(connection.sqliteHandle()), table, columns);
}

} // namespace SchemaPilot::Core
