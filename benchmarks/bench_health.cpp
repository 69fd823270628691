// The health score on a SQLite database with 10,000 and 1,000,000 rows, a real migration history
// and real backups: the score itself (open, history statistics, backup sidecars, lock peek,
// scoring) in process, and the whole `schemapilot-cli health --json` command. Target: the score
// under 10 ms at 10,000 rows, deep checks (--deep) opt-in. Prints times; asserts nothing.
#include "backup/backupstore.h"
#include "db/connection.h"
#include "dialects/dialectregistry.h"
#include "exec/executor.h"
#include "exec/migrationlock.h"
#include "health/healthgatherer.h"
#include "health/healthscore.h"
#include "health/healthsources.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace SchemaPilot::Core;

namespace {

constexpr int kMigrations = 12;   // each leaves history rows and a verified backup
constexpr int kRuns = 30;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

bool execSql(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
              && sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// A 20-column-ish shop with `rows` orders, migrated kMigrations times (one column more each time).
QString prepareDatabase(const QTemporaryDir &dir, qint64 rows, const DialectRegistry &dialects, QString *backupDir)
{
    const QString path = dir.filePath(QStringLiteral("health-%1.db").arg(rows));
    const QString setup = QStringLiteral(
        "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);"
        "CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL, note TEXT);"
        "CREATE INDEX orders_customer ON orders(customer_id);"
        "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1000) "
        "INSERT INTO customers SELECT i, 'customer ' || i, 'c' || i || '@example.com' FROM s;"
        "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
        "INSERT INTO orders SELECT i, 1 + i % 1000, i * 0.5, 'order ' || i FROM s;").arg(rows);
    if (!execSql(path, setup))
        qFatal("could not create %s", qPrintable(path));
    *backupDir = dir.filePath(QStringLiteral("backups-%1").arg(rows));
    QString columns;
    for (int i = 1; i <= kMigrations; ++i) {
        columns += QStringLiteral(", extra%1 TEXT").arg(i);
        const QString schema = dir.filePath(QStringLiteral("want-%1.sql").arg(i));
        QFile file(schema);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(QStringLiteral("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT%1);\n"
                                  "CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), "
                                  "total REAL, note TEXT);\nCREATE INDEX orders_customer ON orders(customer_id);\n")
                       .arg(columns).toUtf8());
        file.close();
        ApplyRequest request;
        request.check.url = *ConnectionUrl::parse(path);
        request.check.schemaFile = schema;
        request.options.backupDir = *backupDir;
        const ApplyResult result = Executor(dialects).applySync(request);
        if (result.status != ApplyStatus::Applied)
            qFatal("migration %d: %s", i, qPrintable(result.error ? result.error->toString() : QString()));
    }
    return path;
}

// What `health` does before printing: the score and everything it reads.
double scoreOnce(const QString &path, const QString &backupDir, const DialectRegistry &dialects, int *score)
{
    QElapsedTimer timer;
    timer.start();
    const ConnectionUrl url = *ConnectionUrl::parse(path);
    auto connection = Connection::open(url, Connection::Access::ReadOnly, QStringLiteral("bench-health"));
    if (!connection)
        qFatal("%s", qPrintable(connection.error().toString()));
    auto input = gatherHealthInput((*connection)->database(), HealthGatherOptions{});
    if (!input)
        qFatal("%s", qPrintable(input.error().toString()));
    if (auto stats = BackupStore(backupDir).stats())
        addBackupStats(*input, *stats);
    if (auto info = dialects.forEngine(Engine::SQLite)->runtime()->migrationLock(url)->peek())
        addLockInfo(*input, *info);
    *score = computeHealth(*input).score;
    return double(timer.nsecsElapsed()) / 1e6;
}

double cliOnce(const QString &path, const QString &backupDir)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/schemapilot-cli"),
                  {QStringLiteral("health"), QStringLiteral("--db"), path, QStringLiteral("--backup-dir"), backupDir,
                   QStringLiteral("--json")});
    process.waitForFinished(-1);
    return process.exitCode() == 0 ? double(timer.nsecsElapsed()) / 1e6 : -1.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const DialectRegistry dialects = DialectRegistry::withBuiltins();
    for (qint64 rows : {qint64(10000), qint64(1000000)}) {
        QString backupDir;
        const QString path = prepareDatabase(dir, rows, dialects, &backupDir);
        QList<double> inProcess;
        QList<double> whole;
        int score = 0;
        for (int i = 0; i < kRuns; ++i) {
            inProcess << scoreOnce(path, backupDir, dialects, &score);
            if (const double ms = cliOnce(path, backupDir); ms >= 0)
                whole << ms;
        }
        out << QStringLiteral("\nHealth of a database with %1 rows, %2 migrations and %2 verified backups (median of %3)\n")
                   .arg(rows).arg(kMigrations).arg(kRuns)
            << QStringLiteral("  score %1/100 computed in process   %2 ms   (target < 10 ms)\n").arg(score).arg(median(inProcess), 0, 'f', 2)
            << QStringLiteral("  schemapilot-cli health --json       %1 ms   (whole process)\n").arg(median(whole), 0, 'f', 2);
    }
    return 0;
}
