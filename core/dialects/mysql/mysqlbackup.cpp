#include "dialects/mysql/mysqlbackup.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/sqlexec.h"
#include "dialects/mysql/mysqlclient.h"
#include "dialects/mysql/mysqlddl.h"
#include "dialects/mysql/mysqldumpreader.h"
#include "dialects/mysql/mysqlroutines.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SchemaPilot::Core {

namespace {

// The file exists, empty and owner-only, before the tool writes a byte into it.
Result<void> createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot create the backup file"), {},
                          QString::fromLocal8Bit(strerror(errno)), path, 0});
    (void)::fchmod(fd, 0600);
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    Q_UNUSED(synced);
    return {};
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

struct LiveObjects {
    QStringList tables;
    QStringList views;
    QStringList sequences;
    QStringList routines;   // "PROCEDURE IF EXISTS `p`", ...: what DROP takes
};

Result<LiveObjects> liveObjects(const QSqlDatabase &db)
{
    auto query = runQuery(db, QStringLiteral("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
                                             "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME"));
    if (!query)
        return fail(query.error());
    LiveObjects objects;
    while (query->next()) {
        const QString type = query->value(1).toString();
        if (type == QStringLiteral("VIEW"))
            objects.views << query->value(0).toString();
        else if (type == QStringLiteral("BASE TABLE") || type == QStringLiteral("SYSTEM VERSIONED"))
            objects.tables << query->value(0).toString();
        else if (type == QStringLiteral("SEQUENCE"))
            objects.sequences << query->value(0).toString();
    }
    return objects;
}

// Routines and events made after the backup would outlive a restore: the dump only drops and
// recreates the ones it holds.
Result<void> addRoutines(const QSqlDatabase &db, LiveObjects *objects)
{
    auto query = runQuery(db, QStringLiteral("SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES "
                                             "WHERE ROUTINE_SCHEMA = DATABASE() AND ROUTINE_TYPE IN ('PROCEDURE', 'FUNCTION') "
                                             "UNION ALL SELECT 'EVENT', EVENT_NAME FROM information_schema.EVENTS "
                                             "WHERE EVENT_SCHEMA = DATABASE()"));
    if (!query)
        return fail(query.error());
    while (query->next())
        objects->routines << query->value(0).toString() + QStringLiteral(" IF EXISTS ") + mysqlQuote(query->value(1).toString());
    return {};
}

} // namespace

Result<std::optional<FileDigests>> MysqlBackupEngine::dump(const Connection &source, const QString &path, const BackupProgress &progress) const
{
    if (source.url().database.isEmpty())
        return fail(ErrorCode::Usage, Tr::tr("Name the database to back up in the URL (mysql://user@host/dbname)"));
    if (auto created = createPrivateFile(path); !created)
        return fail(created.error());
    MysqlClient::Tick tick;
    if (progress)
        tick = [&progress](qint64 bytes) { return progress(bytes, 0); };
    auto events = mysqlHasEvents(source.database());
    if (!events) {
        QFile::remove(path);
        return fail(events.error());
    }
    if (auto dumped = MysqlClient::dumpToFile(source.url(), path, *events, tick); !dumped) {
        QFile::remove(path);
        return fail(dumped.error());
    }
    if (auto synced = syncFile(path); !synced)
        return fail(synced.error());
    if (progress)
        progress(QFileInfo(path).size(), QFileInfo(path).size());
    return {};
}

Result<BackupExamination> MysqlBackupEngine::examine(const QString &path, const ExamineOptions &options) const
{
    BackupExamination examination;
    if (!QFileInfo(path).isFile()) {
        examination.message = Tr::tr("the backup file %1 is missing").arg(QFileInfo(path).fileName());
        return examination;
    }
    auto contents = readMysqlDump(path);
    if (!contents) {
        examination.message = contents.error().toString();
        return examination;
    }
    examination.opens = contents->header;
    if (!contents->header) {
        examination.message = Tr::tr("the file does not start like a MariaDB/MySQL dump");
        return examination;
    }
    if (!contents->complete) {
        examination.message = Tr::tr("the dump has no \"-- Dump completed\" line at its end: it was cut short (truncated)");
        return examination;
    }
    if (!contents->problem.isEmpty()) {
        examination.message = Tr::tr("the dump is damaged: %1").arg(contents->problem);
        return examination;
    }
    examination.integrityOk = true;
    if (options.countRows)
        examination.rowCounts = contents->rowCounts;
    qint64 rows = 0;
    for (qint64 n : std::as_const(contents->rowCounts))
        rows += n;
    // Loading into a scratch database would need a server; the checksum and this scan stand in.
    examination.message = Tr::tr("ok: complete dump with %1 table(s), %2 view(s) and %3 row(s), every INSERT well-formed "
                                 "(structure read without loading it into a server)")
                              .arg(contents->tables.size()).arg(contents->views.size()).arg(QLocale::c().toString(rows));
    return examination;
}

Result<void> MysqlBackupEngine::restore(const QString &path, const Connection &target, const BackupProgress &progress) const
{
    auto contents = readMysqlDump(path);
    if (!contents)
        return fail(contents.error());
    if (!contents->header || !contents->complete || !contents->problem.isEmpty())
        return fail(Error{ErrorCode::BackupInvalid, Tr::tr("The dump is incomplete or damaged; nothing was restored"), {},
                          contents->problem, path, 0});
    const QSqlDatabase db = target.database();
    auto live = liveObjects(db);
    if (!live)
        return fail(live.error());
    if (auto routines = addRoutines(db, &*live); !routines)
        return fail(routines.error());
    // Everything goes before the dump loads, not only what the dump lacks: a table the dump recreates
    // later must not still exist in its newer shape while an earlier table's foreign key to it is
    // created (InnoDB rejects a key whose column types differ, even with foreign_key_checks off).
    QStringList drops;
    for (const QString &view : std::as_const(live->views))
        drops << QStringLiteral("DROP VIEW IF EXISTS %1").arg(mysqlQuote(view));
    for (const QString &routine : std::as_const(live->routines))
        drops << QStringLiteral("DROP %1").arg(routine);
    for (const QString &table : std::as_const(live->tables))
        drops << QStringLiteral("DROP TABLE IF EXISTS %1").arg(mysqlQuote(table));
    for (const QString &sequence : std::as_const(live->sequences))
        drops << QStringLiteral("DROP SEQUENCE IF EXISTS %1").arg(mysqlQuote(sequence));
    if (!drops.isEmpty()) {
        auto previous = queryScalar(db, QStringLiteral("SELECT CONCAT_WS(' ', @@SESSION.foreign_key_checks, @@SESSION.max_statement_time, @@SESSION.lock_wait_timeout)"));
        if (!previous)
            return fail(previous.error());
        // A restore after a timed-out migration runs on that migration's session: its time limits
        // must not cut the restore short (the dump itself loads in a client of its own, unlimited).
        if (auto off = execSql(db, QStringLiteral("SET SESSION foreign_key_checks = 0, max_statement_time = 0, "
                                                  "lock_wait_timeout = DEFAULT")); !off)
            return off;
        Result<void> dropped;
        for (const QString &sql : std::as_const(drops))
            if (dropped = execSql(db, sql); !dropped)
                break;
        const QStringList settings = previous->toString().split(u' ');
        (void)execSql(db, QStringLiteral("SET SESSION foreign_key_checks = %1, max_statement_time = %2, lock_wait_timeout = %3")
                              .arg(settings.value(0).toInt()).arg(settings.value(1).toDouble()).arg(settings.value(2).toDouble()));
        if (!dropped)
            return dropped;
        qCInfo(lcCore) << "restore: dropped" << drops.size() << "object(s) before loading the dump";
    }
    const qint64 total = QFileInfo(path).size();
    MysqlClient::Tick tick;
    if (progress)
        tick = [&progress, total](qint64) { return progress(0, total); };
    if (auto loaded = MysqlClient::loadFromFile(target.url(), path, tick); !loaded) {
        Error error = loaded.error();
        error.message = Tr::tr("Loading the dump into %1 failed; the database may be partly restored: %2")
                            .arg(target.url().redacted(), error.message);
        return fail(error);
    }
    if (progress)
        progress(total, total);
    return {};
}

Result<RowCounts> MysqlBackupEngine::rowCounts(const Connection &connection) const
{
    const QSqlDatabase db = connection.database();
    auto live = liveObjects(db);
    if (!live)
        return fail(live.error());
    RowCounts counts;
    for (const QString &table : std::as_const(live->tables)) {
        auto count = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(mysqlQuote(table)));
        if (!count)
            return fail(count.error());
        counts.insert(table, count->toLongLong());
    }
    return counts;
}

} // namespace SchemaPilot::Core
