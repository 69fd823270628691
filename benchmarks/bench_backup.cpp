// Backup benchmark (measured, never asserted): our SQLite backup with SHA-256+MD5 and metadata
// (the file copied under a read lock and hashed on the way; also the stepwise backup API path)
// against `sqlite3 DB ".backup OUT"`, our hashing against `sha256sum`, and the peak RSS of
// backup+verify for a small and a ~100 MB database (flat memory means nearly equal peaks).
// Usage: bench_backup [size-in-MB, default 100]
#include "backup/backupstore.h"
#include "crypto/hasher.h"
#include "db/sqlexec.h"
#include "dialects/sqlite/sqlitebackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace SchemaPilot::Core;

namespace {

constexpr int kRuns = 3;

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Runs in a child process so that building the data never counts towards our peak RSS.
int buildDatabase(const QString &path, int megabytes)
{
    ConnectionUrl url;
    url.path = path;
    auto connection = Connection::open(url, Connection::Access::ReadWriteCreate, QStringLiteral("bench-build"));
    if (!connection) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.error().toString()));
        return 1;
    }
    const QSqlDatabase db = (*connection)->database();
    const int rows = megabytes * 1000;   // ~1 KB per row with the index and page overhead
    for (const QString &sql : {
             QStringLiteral("PRAGMA journal_mode=WAL"),
             QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE)"),
             QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), "
                            "kind TEXT NOT NULL, payload BLOB, created TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX events_customer ON events(customer_id, kind)"),
             QStringLiteral("BEGIN"),
             QStringLiteral("INSERT INTO customers SELECT value, 'customer ' || value, 'c' || value || '@example.org' "
                            "FROM (WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 10000) SELECT value FROM n)"),
             QStringLiteral("INSERT INTO events SELECT value, 1 + value % 10000, 'kind' || (value % 17), randomblob(850), "
                            "datetime('now', '-' || (value % 1000) || ' minutes') "
                            "FROM (WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < %1) SELECT value FROM n)").arg(rows),
             QStringLiteral("COMMIT"),
             QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}) {
        if (auto ok = execSql(db, sql); !ok) {
            std::fprintf(stderr, "%s\n", qPrintable(ok.error().toString()));
            return 1;
        }
    }
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Wall time of an external command in ms, or -1 when it is not installed or fails.
double timeProcess(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return -1;
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? ms : -1;
}

struct BackupRun {
    double createMs = 0;
    double verifyMs = 0;
    long peakAfterKb = 0;
    qint64 bytes = 0;
};

BackupRun backupAndVerify(const QString &dbPath, const QString &storeDir, bool verifyAfterCreate)
{
    BackupRun run;
    ConnectionUrl url;
    url.path = dbPath;
    auto connection = Connection::open(url, Connection::Access::ReadOnly, QStringLiteral("bench"));
    if (!connection) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.error().toString()));
        return run;
    }
    const SqliteBackupEngine engine;
    const BackupStore store(storeDir);
    BackupRequest request;
    request.verifyAfterCreate = verifyAfterCreate;
    request.schema = Schema{};   // fingerprint input is not what is measured here
    QElapsedTimer timer;
    timer.start();
    auto created = store.create(**connection, engine, request);
    run.createMs = double(timer.nsecsElapsed()) / 1e6;
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
        return run;
    }
    run.bytes = created->size;
    timer.restart();
    auto verified = store.verify(created->id, engine);
    run.verifyMs = double(timer.nsecsElapsed()) / 1e6;
    if (!verified || !verified->ok)
        std::fprintf(stderr, "verify failed: %s\n", verified ? qPrintable(verified->message) : qPrintable(verified.error().toString()));
    run.peakAfterKb = peakRssKb();
    (void)store.remove(created->id);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QStringLiteral("--build-db"))
        return buildDatabase(args.at(2), args.at(3).toInt());
    const int megabytes = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 100;

    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.db"));
    const QString large = dir.filePath(QStringLiteral("large.db"));
    QElapsedTimer timer;
    timer.start();
    for (const auto &[path, mb] : {std::pair{small, qMax(1, megabytes / 10)}, std::pair{large, megabytes}}) {
        if (QProcess::execute(app.applicationFilePath(), {QStringLiteral("--build-db"), path, QString::number(mb)}) != 0) {
            std::fprintf(stderr, "building %s failed\n", qPrintable(path));
            return 1;
        }
    }
    const double largeMb = double(QFileInfo(large).size()) / (1 << 20);
    std::printf("bench_backup: databases built in %.1f s: small %.1f MB, large %.1f MB (%s)\n",
                double(timer.elapsed()) / 1000, double(QFileInfo(small).size()) / (1 << 20), largeMb, qPrintable(dir.path()));
    const long baselineKb = peakRssKb();

    // Peak RSS: small first, then large. The high-water mark only grows, so a flat engine
    // shows nearly the same number after the large run.
    const BackupRun smallRun = backupAndVerify(small, dir.filePath(QStringLiteral("store-small")), true);
    QList<double> ours, oursNoCheck, dumpOnly, verifyMs;
    long largePeakKb = 0;
    for (int i = 0; i < kRuns; ++i) {
        const BackupRun run = backupAndVerify(large, dir.filePath(QStringLiteral("store-large")), true);
        ours << run.createMs;
        verifyMs << run.verifyMs;
        largePeakKb = run.peakAfterKb;
        oursNoCheck << backupAndVerify(large, dir.filePath(QStringLiteral("store-large")), false).createMs;
    }
    const SqliteBackupEngine engine;
    ConnectionUrl url;
    url.path = large;
    auto connection = Connection::open(url, Connection::Access::ReadOnly, QStringLiteral("bench-dump"));
    for (int i = 0; i < kRuns && connection; ++i) {
        const QString out = dir.filePath(QStringLiteral("dump-%1.sqlite").arg(i));
        timer.restart();
        (void)engine.dump(**connection, out);
        dumpOnly << double(timer.nsecsElapsed()) / 1e6;
        QFile::remove(out);
    }
    // The stepwise backup API path (no digests on the way): taken when the caller is inside a
    // transaction, the WAL holds frames or the database is over kFastCopyMaxBytes.
    QList<double> dumpApi;
    for (int i = 0; i < kRuns && connection; ++i) {
        const QString out = dir.filePath(QStringLiteral("dump-api-%1.sqlite").arg(i));
        QSqlDatabase db = (*connection)->database();
        db.exec(QStringLiteral("BEGIN"));
        db.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        timer.restart();
        (void)engine.dump(**connection, out);
        dumpApi << double(timer.nsecsElapsed()) / 1e6;
        db.exec(QStringLiteral("COMMIT"));
        QFile::remove(out);
    }
    connection->reset();

    QList<double> cli;
    for (int i = 0; i < kRuns; ++i) {
        const QString out = dir.filePath(QStringLiteral("cli-%1.sqlite").arg(i));
        cli << timeProcess(QStringLiteral("sqlite3"), {large, QStringLiteral(".backup '%1'").arg(out)});
        QFile::remove(out);
    }

    QList<double> hashOurs, hashOursSha, hashSha, hashShaMd5;
    for (int i = 0; i < kRuns; ++i) {
        timer.restart();
        (void)hashFile(large);
        hashOurs << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        (void)sha256File(large);
        hashOursSha << double(timer.nsecsElapsed()) / 1e6;
        const double sha = timeProcess(QStringLiteral("sha256sum"), {large});
        hashSha << sha;
        hashShaMd5 << sha + timeProcess(QStringLiteral("md5sum"), {large});
    }

    auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    std::printf("\n(a) backup of %.1f MB, median of %d runs\n", largeMb, kRuns);
    std::printf("  ours: dump + SHA-256/MD5 + integrity check + row counts + sidecar  %8.1f ms\n", median(ours));
    std::printf("  ours: dump + SHA-256/MD5 + row counts + sidecar (no integrity)     %8.1f ms\n", median(oursNoCheck));
    std::printf("  ours: dump only (file copy under a read lock, SHA-256/MD5 on the way, fsync) %8.1f ms\n", median(dumpOnly));
    std::printf("  ours: dump through the backup API (%d pages/step, fsync, no hashing)  %8.1f ms\n",
                SqliteBackupEngine::kPagesPerStep, median(dumpApi));
    std::printf("  sqlite3 DB \".backup OUT\" (process)                                %8.1f ms\n", median(cli));
    std::printf("  ratio ours(full)/sqlite3 %.2f   ours(no integrity)/sqlite3 %.2f   dump only/sqlite3 %.2f\n",
                ratio(median(ours), median(cli)), ratio(median(oursNoCheck), median(cli)), ratio(median(dumpOnly), median(cli)));
    std::printf("  verify (SHA-256 + integrity_check) %8.1f ms\n", median(verifyMs));
    std::printf("\n(b) hashing %.1f MB\n", largeMb);
    std::printf("  ours: SHA-256 (what verify checks; EVP, 1 MiB chunks)     %8.1f ms  (%.0f MB/s)\n", median(hashOursSha),
                largeMb / (median(hashOursSha) / 1000));
    std::printf("  ours: SHA-256 and MD5 on two threads (what create writes) %8.1f ms  (%.0f MB/s)\n", median(hashOurs),
                largeMb / (median(hashOurs) / 1000));
    std::printf("  sha256sum (process)                                       %8.1f ms\n", median(hashSha));
    std::printf("  sha256sum + md5sum (two processes)                        %8.1f ms\n", median(hashShaMd5));
    std::printf("  speed-up: SHA-256 vs sha256sum %.2fx   SHA-256+MD5 vs sha256sum %.2fx   vs sha256sum+md5sum %.2fx\n",
                ratio(median(hashSha), median(hashOursSha)), ratio(median(hashSha), median(hashOurs)),
                ratio(median(hashShaMd5), median(hashOurs)));
    std::printf("\n(c) peak RSS (getrusage ru_maxrss)\n");
    std::printf("  before any backup                           %7ld KB\n", baselineKb);
    std::printf("  after backup+verify of the %5.1f MB db      %7ld KB\n", double(QFileInfo(small).size()) / (1 << 20), smallRun.peakAfterKb);
    std::printf("  after backup+verify of the %5.1f MB db      %7ld KB  (growth %+ld KB for %.0fx the data)\n", largeMb,
                largePeakKb, largePeakKb - smallRun.peakAfterKb, largeMb / qMax(0.1, double(QFileInfo(small).size()) / (1 << 20)));
    return 0;
}
