#include "dialects/sqlite/sqlitebackup.h"

#include "common/logging.h"
#include "common/tr.h"
#include "dialects/dialect.h"
#include "dialects/sqlite/sqliteinspector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <sqlite3.h>

#include <array>

#include <fcntl.h>
#include <unistd.h>

namespace SchemaPilot::Core {

namespace {

// How long a dump or restore waits in total for other connections' locks before giving up.
constexpr qint64 kBusyTimeoutMs = 30000;
// After this many restarts (another connection wrote between steps) copy the rest in one step.
constexpr int kMaxRestarts = 3;
// The fast path copies the file in chunks of this size.
constexpr qint64 kCopyChunk = 4 << 20;

struct SqliteCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

QString sqliteText(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

Result<SqliteHandle> openFile(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    SqliteHandle handle(raw);
    if (rc != SQLITE_OK)
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("SQLite cannot open the file"), {}, sqliteText(raw), path, 0});
    sqlite3_extended_result_codes(raw, 1);
    return handle;
}

Result<void> exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return fail(ErrorCode::StatementFailed, Tr::tr("SQLite statement failed"), text, QString::fromUtf8(sql));
    }
    return {};
}

// Rows of the first column of a query, as text.
Result<QStringList> queryColumn(sqlite3 *db, const QString &sql, int maxRows = -1)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return fail(ErrorCode::StatementFailed, Tr::tr("SQLite could not prepare a statement"), sqliteText(db), sql);
    QStringList rows;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (maxRows < 0 || rows.size() < maxRows)
            rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return fail(ErrorCode::StatementFailed, Tr::tr("SQLite statement failed"), sqliteText(db), sql);
    return rows;
}

// Exact counts of every table except SQLite's own (sqlite_%) and virtual tables, whose
// modules may not be loaded here.
Result<RowCounts> countRows(sqlite3 *db)
{
    auto tables = queryColumn(db, QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"));
    if (!tables)
        return fail(tables.error());
    RowCounts counts;
    for (const QString &table : *tables) {
        auto count = queryColumn(db, QStringLiteral("SELECT count(*) FROM %1").arg(sqliteQuote(table)));
        if (!count)
            return fail(count.error());
        counts.insert(table, count->value(0).toLongLong());
    }
    return counts;
}

sqlite3 *handleOf(const Connection &connection)
{
    return static_cast<sqlite3 *>(connection.sqliteHandle());
}

Result<void> syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Could not flush the backup file to disk"), {},
                          QString::fromLocal8Bit(strerror(errno)), path, 0});
    }
    ::close(fd);
    return {};
}

// Copies `from` into `to` page batch by page batch. Waits for other connections' locks up to
// kBusyTimeoutMs; copies the rest in one step when other writers keep restarting it.
Result<void> runBackup(sqlite3 *to, sqlite3 *from, const BackupProgress &progress, const QString &what)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return fail(ErrorCode::BackupFailed, Tr::tr("SQLite could not start the %1").arg(what), sqliteText(to));
    QElapsedTimer busySince;
    int restarts = 0;
    int previousRemaining = -1;
    int pagesPerStep = SqliteBackupEngine::kPagesPerStep;
    int rc = SQLITE_OK;
    for (;;) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        const int remaining = sqlite3_backup_remaining(backup);
        const int total = sqlite3_backup_pagecount(backup);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (!busySince.isValid())
                busySince.start();
            if (busySince.elapsed() > kBusyTimeoutMs)
                break;
            sqlite3_sleep(20);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        busySince.invalidate();
        if (previousRemaining >= 0 && remaining > previousRemaining && ++restarts >= kMaxRestarts)
            pagesPerStep = -1;
        previousRemaining = remaining;
        if (progress && !progress(total - remaining, total)) {
            sqlite3_backup_finish(backup);
            return fail(ErrorCode::Canceled, Tr::tr("The %1 was canceled").arg(what));
        }
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return fail(ErrorCode::DatabaseLocked,
                    Tr::tr("The %1 waited %2 s for other connections to release the database; try again when it is idle")
                        .arg(what).arg(kBusyTimeoutMs / 1000), sqliteText(to));
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
        const bool readOnly = (rc & 0xff) == SQLITE_READONLY;
        return fail(ErrorCode::BackupFailed,
                    readOnly ? Tr::tr("The %1 failed: the destination is read-only or in WAL mode with a different page size").arg(what)
                             : Tr::tr("The %1 failed").arg(what),
                    sqliteText(to));
    }
    if (progress) {
        // The final step may have copied the last pages without a report.
        progress(1, 1);
    }
    return {};
}

// The fast path of dump(): the database file's own bytes, read through SQLite's own file handle
// (SQLITE_FCNTL_FILE_POINTER; opening and closing a second descriptor on the file would drop
// SQLite's POSIX locks) inside a read transaction, so no writer can change the file meanwhile.
// SHA-256 and MD5 are computed on the way (two threads), so the file is never read again.
// Returns std::nullopt when the database does not qualify and the backup API must copy it:
// in-memory or temporary databases, a caller inside its own transaction, a WAL database whose
// log holds frames (the file alone is then not the snapshot), or a database over kFastCopyMaxBytes
// (the read lock would keep writers waiting for too long; the backup API copies in steps).
Result<std::optional<FileDigests>> copyFileUnderReadLock(sqlite3 *from, const QString &path, const BackupProgress &progress)
{
    const char *fileName = sqlite3_db_filename(from, "main");
    if (!fileName || !*fileName || !sqlite3_get_autocommit(from))
        return std::optional<FileDigests>();
    auto mode = queryColumn(from, QStringLiteral("PRAGMA main.journal_mode"));
    if (!mode)
        return fail(mode.error());
    const bool wal = mode->value(0).compare(QStringLiteral("wal"), Qt::CaseInsensitive) == 0;
    if (auto begun = exec(from, "BEGIN"); !begun)
        return fail(begun.error());
    const auto endRead = qScopeGuard([from] { sqlite3_exec(from, "COMMIT", nullptr, nullptr, nullptr); });
    // The first read takes the shared lock (or, in WAL mode, the snapshot).
    auto pages = queryColumn(from, QStringLiteral("PRAGMA main.page_count"));
    if (!pages)
        return fail(pages.error());
    auto size = queryColumn(from, QStringLiteral("PRAGMA main.page_size"));
    if (!size)
        return fail(size.error());
    const qint64 pageCount = pages->value(0).toLongLong();
    const qint64 pageSize = size->value(0).toLongLong();
    const qint64 bytes = pageCount * pageSize;
    if (pageSize <= 0 || bytes > SqliteBackupEngine::kFastCopyMaxBytes)
        return std::optional<FileDigests>();
    if (wal) {
        // An empty log means the snapshot is the file itself; a checkpoint cannot write the file
        // while a reader uses it alone (SQLite takes WAL read-lock 0 exclusively to backfill).
        const QFileInfo log(QFile::decodeName(sqlite3_filename_wal(fileName)));
        if (log.exists() && log.size() > 0)
            return std::optional<FileDigests>();
    }
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(from, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods)
        return std::optional<FileDigests>();
    sqlite3_int64 fileSize = 0;
    if (file->pMethods->xFileSize(file, &fileSize) != SQLITE_OK || fileSize < bytes)
        return std::optional<FileDigests>();

    const int out = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (out < 0)
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot write the backup file"), {},
                          QString::fromLocal8Bit(strerror(errno)), path, 0});
    const auto closeOut = qScopeGuard([out] { ::close(out); });
    // Two buffers: MD5 of one runs on a second thread while the other is read, written and SHA-256'd.
    std::array<QByteArray, 2> buffers{QByteArray(kCopyChunk, Qt::Uninitialized), QByteArray(kCopyChunk, Qt::Uninitialized)};
    Hasher hasher;
    for (qint64 offset = 0, chunk = 0; offset < bytes; offset += kCopyChunk, ++chunk) {
        QByteArray &buffer = buffers[chunk % 2];
        const int length = int(std::min<qint64>(kCopyChunk, bytes - offset));
        if (file->pMethods->xRead(file, buffer.data(), length, offset) != SQLITE_OK)
            return fail(Error{ErrorCode::BackupFailed, Tr::tr("Reading the database file failed during the backup"), {},
                              sqliteText(from), path, 0});
        if (offset == 0 && wal && length > 19) {
            // Bytes 18 and 19 say WAL (2); as in a backup API copy, the file becomes a self-contained
            // rollback-journal database (1) that opens anywhere without -wal/-shm files.
            buffer[18] = 1;
            buffer[19] = 1;
        }
        hasher.updateOverlapped(QByteArrayView(buffer.constData(), length));
        for (qint64 written = 0; written < length;) {
            const ssize_t n = ::write(out, buffer.constData() + written, size_t(length - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return fail(Error{ErrorCode::BackupFailed, Tr::tr("Writing the backup file failed (is the disk full?)"), {},
                                  QString::fromLocal8Bit(strerror(errno)), path, 0});
            written += n;
        }
        if (progress && !progress((offset + length) / pageSize, pageCount))
            return fail(ErrorCode::Canceled, Tr::tr("The backup was canceled"));
    }
    if (::fsync(out) != 0)
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Could not flush the backup file to disk"), {},
                          QString::fromLocal8Bit(strerror(errno)), path, 0});
    auto digests = hasher.finish();
    if (!digests)
        return fail(digests.error());
    return std::optional<FileDigests>(*digests);
}

} // namespace

Result<std::optional<FileDigests>> SqliteBackupEngine::dump(const Connection &source, const QString &path,
                                                            const BackupProgress &progress) const
{
    sqlite3 *from = handleOf(source);
    if (!from)
        return fail(ErrorCode::Unsupported, Tr::tr("The SQLite backup needs a SQLite connection"));
    // Create the file ourselves so that it is owner-only from the first byte; SQLite would use 0644.
    const QByteArray nativePath = QFile::encodeName(path);
    const int fd = ::open(nativePath.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot create the backup file"), {},
                          QString::fromLocal8Bit(strerror(errno)), path, 0});
    ::close(fd);
    auto cleanUp = [&](Error error) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return fail(std::move(error));
    };

    auto copied = copyFileUnderReadLock(from, path, progress);
    if (!copied)
        return cleanUp(copied.error());
    if (*copied) {
        qCDebug(lcCore) << "sqlite backup of" << source.url().redacted() << "copied under a read lock to" << path;
        return *copied;
    }
    {
        auto to = openFile(path, SQLITE_OPEN_READWRITE);
        if (!to)
            return cleanUp(to.error());
        // A fresh file that is thrown away on failure needs no journal; durability comes from the fsync below.
        if (auto ok = exec(to->get(), "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF"); !ok)
            return cleanUp(ok.error());
        if (auto ok = runBackup(to->get(), from, progress, Tr::tr("backup")); !ok)
            return cleanUp(ok.error());
    }
    // A copy of a WAL database says "WAL" in its header; switch it to a self-contained rollback
    // journal file so that it opens read-only anywhere without -wal/-shm files.
    {
        auto to = openFile(path, SQLITE_OPEN_READWRITE);
        if (!to)
            return cleanUp(to.error());
        auto mode = queryColumn(to->get(), QStringLiteral("PRAGMA journal_mode"));
        if (!mode)
            return cleanUp(mode.error());
        if (mode->value(0).compare(QStringLiteral("wal"), Qt::CaseInsensitive) == 0) {
            if (auto ok = exec(to->get(), "PRAGMA journal_mode=DELETE"); !ok)
                return cleanUp(ok.error());
        }
    }
    if (auto ok = syncFile(path); !ok)
        return cleanUp(ok.error());
    qCDebug(lcCore) << "sqlite backup of" << source.url().redacted() << "written to" << path;
    return std::optional<FileDigests>();
}

Result<BackupExamination> SqliteBackupEngine::examine(const QString &path, const ExamineOptions &options) const
{
    BackupExamination result;
    if (!QFileInfo(path).isFile()) {
        result.message = Tr::tr("The backup file %1 is missing").arg(QFileInfo(path).fileName());
        return result;
    }
    auto db = openFile(path, SQLITE_OPEN_READONLY);
    if (!db) {
        result.message = Tr::tr("SQLite cannot open the backup file: %1").arg(db.error().driverText);
        return result;
    }
    // Opening reads nothing; reading the schema proves it is a database.
    if (auto probe = queryColumn(db->get(), QStringLiteral("SELECT count(*) FROM sqlite_schema")); !probe) {
        result.message = Tr::tr("The backup file is not a readable SQLite database: %1").arg(probe.error().driverText);
        return result;
    }
    result.opens = true;
    result.integrityOk = true;
    result.message = QStringLiteral("ok");
    if (options.integrityCheck) {
        const QString pragma = options.integrity == IntegrityLevel::Full ? QStringLiteral("PRAGMA integrity_check(20)")
                                                                         : QStringLiteral("PRAGMA quick_check(20)");
        auto check = queryColumn(db->get(), pragma, 20);
        if (!check) {
            result.integrityOk = false;
            result.message = Tr::tr("The SQLite integrity check could not run: %1").arg(check.error().driverText);
            return result;
        }
        if (*check != QStringList{QStringLiteral("ok")}) {
            result.integrityOk = false;
            result.message = Tr::tr("The SQLite integrity check failed: %1").arg(check->join(QStringLiteral("; ")));
            return result;
        }
    }
    if (options.countRows) {
        auto counts = countRows(db->get());
        if (!counts) {
            result.integrityOk = false;
            result.message = Tr::tr("Counting the rows of the backup failed: %1").arg(counts.error().driverText);
            return result;
        }
        result.rowCounts = *counts;
    }
    db->reset();
    if (options.inspector) {
        ConnectionUrl url;
        url.path = path;
        auto connection = Connection::open(url, Connection::Access::ReadOnly, QStringLiteral("backup-examine"));
        if (!connection) {
            result.integrityOk = false;
            result.message = Tr::tr("The backup file cannot be opened for inspection: %1").arg(connection.error().toString());
            return result;
        }
        auto schema = options.inspector->inspect((*connection)->database(), InspectOptions{});
        if (!schema) {
            result.integrityOk = false;
            result.message = Tr::tr("The backup's schema cannot be read: %1").arg(schema.error().toString());
            return result;
        }
        result.schema = std::move(*schema);
    }
    return result;
}

Result<void> SqliteBackupEngine::restore(const QString &path, const Connection &target, const BackupProgress &progress) const
{
    sqlite3 *to = handleOf(target);
    if (!to)
        return fail(ErrorCode::Unsupported, Tr::tr("A SQLite backup can only be restored into a SQLite database"));
    if (!sqlite3_get_autocommit(to))
        return fail(ErrorCode::Refused, Tr::tr("The target connection is inside a transaction; restore needs it idle"));
    auto from = openFile(path, SQLITE_OPEN_READONLY);
    if (!from)
        return fail(from.error());
    // The backup API writes the pages through the live connection's own pager, under its locks:
    // other connections keep their file handles and see the restored content on their next read.
    if (auto ok = runBackup(to, from->get(), progress, Tr::tr("restore")); !ok)
        return fail(ok.error());
    qCInfo(lcCore) << "restored" << target.url().redacted() << "from" << QFileInfo(path).fileName();
    return {};
}

Result<RowCounts> SqliteBackupEngine::rowCounts(const Connection &connection) const
{
    sqlite3 *db = handleOf(connection);
    if (!db)
        return fail(ErrorCode::Unsupported, Tr::tr("Row counts need a SQLite connection here"));
    auto counts = countRows(db);
    if (!counts) {
        Error error = counts.error();
        error.message = Tr::tr("Counting the rows of %1 failed").arg(connection.url().redacted());
        return fail(error);
    }
    return counts;
}

} // namespace SchemaPilot::Core
