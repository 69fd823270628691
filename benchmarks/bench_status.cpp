// Issue 2: `schemapilot-cli status` must take at most 20 ms for the whole process at any database
// size, and be at least 12x faster than Alembic's compare_metadata on the same database, measured
// in the same run. Builds ~20-table SQLite databases at 10,000 and 1,000,000 rows plus a desired
// schema with a few changes, times N runs of the real CLI and of alembic_compare.py (median, p95 of
// wall time; also without the desired-schema cache), then times diff+plan of a generated 1,000-table schema in-process. Prints, never asserts.
//
// usage: bench_status [--runs N] [--cli PATH] [--alembic-script PATH] [--keep DIR]
#include "db/connection.h"
#include "dialects/dialectregistry.h"
#include "diff/schemadiffer.h"
#include "service/checkservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace SchemaPilot::Core;

namespace {

constexpr int TableCount = 20;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString tableDdl(int t, bool desired)
{
    QString columns = QStringLiteral("id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, amount REAL, "
                                     "created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP");
    if (t > 0)
        columns += QStringLiteral(", parent_id INTEGER REFERENCES t%1(id)").arg(t - 1, 2, 10, QChar(u'0'));
    // The desired schema's changes: an added column, a column made NOT NULL (a table rebuild with a
    // NULL probe) and a type change (a rebuild with a conversion probe).
    if (desired && t == 3)
        columns += QStringLiteral(", note TEXT");
    if (desired && t == 7)
        columns.replace(QStringLiteral("email TEXT"), QStringLiteral("email TEXT NOT NULL DEFAULT ''"));
    if (desired && t == 9)
        columns.replace(QStringLiteral("amount REAL"), QStringLiteral("amount INTEGER"));
    QString ddl = QStringLiteral("CREATE TABLE t%1 (%2);\nCREATE INDEX t%1_name ON t%1(name);\n")
                      .arg(t, 2, 10, QChar(u'0')).arg(columns);
    if (desired && t == 5)
        ddl += QStringLiteral("CREATE INDEX t05_email ON t05(email);\n");
    return ddl;
}

QString schemaDdl(bool desired)
{
    QString ddl;
    for (int t = 0; t < TableCount; ++t)
        ddl += tableDdl(t, desired);
    if (desired)
        ddl += QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, what TEXT);\n");
    return ddl;
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        out() << "SQL failed: " << query.lastError().text() << "\n  " << sql.left(200) << Qt::endl;
        return false;
    }
    return true;
}

// One transaction, one recursive-CTE INSERT per table: a million rows take a few seconds.
bool buildDatabase(const QString &path, qint64 totalRows)
{
    QFile::remove(path);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-build"));
        db.setDatabaseName(path);
        ok = db.open();
        ok = ok && exec(db, QStringLiteral("PRAGMA journal_mode=OFF")) && exec(db, QStringLiteral("PRAGMA synchronous=OFF"));
        ok = ok && db.transaction();
        for (const QString &statement : schemaDdl(false).split(u';', Qt::SkipEmptyParts))
            if (ok && !statement.trimmed().isEmpty())
                ok = exec(db, statement);
        const qint64 perTable = totalRows / TableCount;
        for (int t = 0; ok && t < TableCount; ++t) {
            const QString parent = t > 0 ? QStringLiteral(", parent_id") : QString();
            const QString parentValue = t > 0 ? QStringLiteral(", (n % 1000) + 1") : QString();
            ok = exec(db, QStringLiteral("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < %1) "
                                         "INSERT INTO t%2 (id, name, email, amount, created_at%3) "
                                         "SELECT n, 'name ' || n, CASE WHEN n % 10 = 0 THEN NULL ELSE 'u' || n || '@example.org' END, "
                                         "n * 1.5, '2026-01-01'%4 FROM seq")
                              .arg(perTable).arg(t, 2, 10, QChar(u'0')).arg(parent, parentValue));
        }
        ok = ok && db.commit();
        ok = ok && exec(db, QStringLiteral("ANALYZE"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-build"));
    return ok;
}

struct Stats {
    double median = 0;      // wall ms
    double p95 = 0;
    double cpuMedian = 0;   // user + system ms of the child: what the process costs on a busy machine
    int failures = 0;
    QString firstFailure;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

double cpuMs(const rusage &usage)
{
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Wall time of whole processes, spawn to exit, as a user (or a CI job) sees it; posix_spawn and
// wait4 add no event loop of ours to the figure and give the child's own CPU time.
Stats timeProcess(const QString &program, const QStringList &arguments, int runs, const QString &outputPath, QString *lastOutput,
                  const QByteArrayList &extraEnvironment = {})
{
    QByteArrayList envStorage = extraEnvironment;
    for (char **e = environ; *e; ++e)
        envStorage << QByteArray(*e);
    std::vector<char *> envp;
    for (QByteArray &e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    QList<QByteArray> argStorage{program.toLocal8Bit()};
    for (const QString &a : arguments)
        argStorage << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray outPath = outputPath.toLocal8Bit();

    QList<double> wall;
    QList<double> cpu;
    Stats stats;
    for (int i = 0; i < runs; ++i) {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
        QElapsedTimer timer;
        timer.start();
        pid_t pid = 0;
        const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&actions);
        int status = 0;
        rusage usage{};
        const bool ok = spawned == 0 && wait4(pid, &status, 0, &usage) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!ok) {
            if (stats.failures++ == 0)
                stats.firstFailure = spawned ? QString::fromLocal8Bit(strerror(spawned)) : readFile(outputPath).left(400);
            continue;
        }
        wall << elapsed;
        cpu << cpuMs(usage);
    }
    stats.median = percentile(wall, 0.5);
    stats.p95 = percentile(wall, 0.95);
    stats.cpuMedian = percentile(cpu, 0.5);
    if (lastOutput)
        *lastOutput = readFile(outputPath);
    return stats;
}

void printStats(const QString &label, const Stats &s)
{
    out() << "  " << label.leftJustified(34) << " median " << QString::number(s.median, 'f', 1).rightJustified(8)
          << " ms   p95 " << QString::number(s.p95, 'f', 1).rightJustified(8) << " ms";
    if (s.cpuMedian > 0)
        out() << "   cpu median " << QString::number(s.cpuMedian, 'f', 1).rightJustified(7) << " ms";
    if (s.failures)
        out() << "   (" << s.failures << " failed: " << s.firstFailure.simplified() << ")";
    out() << Qt::endl;
}

// A 1,000-table schema with a foreign key per table; the desired side changes every tenth table.
QString wideSchema(int tables, bool desired)
{
    QString ddl;
    for (int t = 0; t < tables; ++t) {
        QString columns = QStringLiteral("id INTEGER PRIMARY KEY");
        for (int c = 1; c < 12; ++c)
            columns += QStringLiteral(", c%1 %2").arg(c).arg(c % 3 ? QStringLiteral("TEXT") : QStringLiteral("INTEGER NOT NULL DEFAULT 0"));
        if (t > 0)
            columns += QStringLiteral(", ref INTEGER REFERENCES w%1(id)").arg(t - 1);
        if (desired && t % 10 == 0)
            columns += QStringLiteral(", added TEXT");
        ddl += QStringLiteral("CREATE TABLE w%1 (%2);\nCREATE INDEX w%1_c1 ON w%1(c1);\n").arg(t).arg(columns);
    }
    return ddl;
}

void benchWidePlan(const DialectRegistry &registry, const QString &dir, int runs)
{
    const QString dbPath = QDir(dir).filePath(QStringLiteral("wide.sqlite"));
    const QString schemaPath = QDir(dir).filePath(QStringLiteral("wide.sql"));
    QFile::remove(dbPath);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-wide"));
        db.setDatabaseName(dbPath);
        bool ok = db.open() && db.transaction();
        for (const QString &statement : wideSchema(1000, false).split(u';', Qt::SkipEmptyParts))
            if (ok && !statement.trimmed().isEmpty())
                ok = exec(db, statement);
        ok = ok && db.commit();
        db.close();
        if (!ok)
            return;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-wide"));
    QFile schemaFile(schemaPath);
    if (!schemaFile.open(QIODevice::WriteOnly))
        return;
    schemaFile.write(wideSchema(1000, true).toUtf8());
    schemaFile.close();

    auto url = ConnectionUrl::parse(QStringLiteral("sqlite:///") + dbPath);
    if (!url) {
        out() << "  bad URL: " << url.error().message << Qt::endl;
        return;
    }
    auto dialect = registry.forUrl(*url);
    if (!dialect) {
        out() << "  no SQLite dialect: " << dialect.error().message << Qt::endl;
        return;
    }
    auto connection = Connection::open(*url, Connection::Access::ReadOnly, QStringLiteral("bench-wide"));
    if (!connection) {
        out() << "  cannot open " << dbPath << ": " << connection.error().message << Qt::endl;
        return;
    }
    CheckRequest request;
    request.url = *url;
    request.schemaFile = schemaPath;
    QElapsedTimer timer;
    timer.start();
    auto report = runCheck(**dialect, **connection, request);
    const double fullMs = double(timer.nsecsElapsed()) / 1e6;
    if (!report) {
        out() << "  check failed: " << report.error().message << Qt::endl;
        return;
    }
    QList<double> diffPlan;
    qsizetype steps = 0;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        const ChangeSet changes = diffSchemas(report->current, report->desired, (*dialect)->diffHooks(), request.diff);
        auto plan = (*dialect)->planner().plan(changes, report->current, report->desired, request.plan);
        diffPlan << double(timer.nsecsElapsed()) / 1e6;
        steps = plan ? plan->steps.size() : -1;
    }
    out() << "\n1,000-table schema, change in every tenth table (" << steps << " plan steps), in-process, target < 100 ms:\n";
    printStats(QStringLiteral("diff + plan"), Stats{percentile(diffPlan, 0.5), percentile(diffPlan, 0.95), 0, 0, {}});
    out() << "  " << QStringLiteral("inspect + load + diff + plan (once)").leftJustified(34) << " "
          << QString::number(fullMs, 'f', 1) << " ms" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measurement (default 15)."), QStringLiteral("n"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("The CLI to time."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("alembic-script"), QStringLiteral("alembic_compare.py."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("python"), QStringLiteral("Python with Debian's alembic (default /usr/bin/python3)."),
                      QStringLiteral("path"), QStringLiteral("/usr/bin/python3")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Build the databases in DIR and keep them."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Row counts, comma-separated (default 10000,1000000)."),
                      QStringLiteral("list"), QStringLiteral("10000,1000000")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString binDir = QCoreApplication::applicationDirPath();
    QString cli = parser.value(QStringLiteral("cli"));
    if (cli.isEmpty())
        cli = QDir(binDir).filePath(QStringLiteral("schemapilot-cli"));
    QString script = parser.value(QStringLiteral("alembic-script"));
    if (script.isEmpty())
        script = QStringLiteral(SCHEMAPILOT_BENCH_DIR "/alembic_compare.py");

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    // A cache of our own: the first timed run starts cold, as after an edit of the desired file.
    qputenv("SCHEMAPILOT_CACHE_DIR", QDir(dir).filePath(QStringLiteral("cache")).toUtf8());
    QDir().mkpath(dir);
    const QString schemaPath = QDir(dir).filePath(QStringLiteral("desired.sql"));
    {
        QFile file(schemaPath);
        if (!file.open(QIODevice::WriteOnly)) {
            out() << "cannot write " << schemaPath << Qt::endl;
            return 1;
        }
        file.write(schemaDdl(true).toUtf8());
    }
    out() << "CLI: " << cli << "\nAlembic: " << parser.value(QStringLiteral("python")) << ' ' << script << "\nruns per measurement: " << runs << "\n";

    for (const QString &size : parser.value(QStringLiteral("sizes")).split(u',', Qt::SkipEmptyParts)) {
        const qint64 rows = size.toLongLong();
        const QString dbPath = QDir(dir).filePath(QStringLiteral("status_%1.sqlite").arg(rows));
        QElapsedTimer build;
        build.start();
        if (!buildDatabase(dbPath, rows)) {
            out() << "could not build " << dbPath << Qt::endl;
            return 1;
        }
        out() << "\n" << TableCount << " tables, " << QLocale::c().toString(rows) << " rows ("
              << QFileInfo(dbPath).size() / (1024 * 1024) << " MiB, built in " << build.elapsed() << " ms):" << Qt::endl;
        QString cliOutput;
        const Stats status = timeProcess(cli, {QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("sqlite:///") + dbPath,
                                               QStringLiteral("--schema"), schemaPath, QStringLiteral("--json")},
                                         runs, QDir(dir).filePath(QStringLiteral("status.out")), &cliOutput);
        printStats(QStringLiteral("schemapilot-cli status --json"), status);
        // Without the desired-schema cache: every run executes the desired file again, as the very
        // first run after an edit of the file does.
        const Stats cold = timeProcess(cli, {QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("sqlite:///") + dbPath,
                                             QStringLiteral("--schema"), schemaPath, QStringLiteral("--json")},
                                       runs, QDir(dir).filePath(QStringLiteral("status.out")), nullptr,
                                       {QByteArrayLiteral("SCHEMAPILOT_NO_CACHE=1")});
        printStats(QStringLiteral("  the same, SCHEMAPILOT_NO_CACHE=1"), cold);
        QString alembicOutput;
        const Stats alembic = timeProcess(parser.value(QStringLiteral("python")), {script, dbPath, schemaPath}, runs,
                                          QDir(dir).filePath(QStringLiteral("alembic.out")), &alembicOutput);
        printStats(QStringLiteral("python3 alembic compare_metadata"), alembic);
        if (status.median > 0 && alembic.median > 0)
            out() << "  ratio alembic/status, wall median     " << QString::number(alembic.median / status.median, 'f', 1)
                  << "x   cpu median " << QString::number(alembic.cpuMedian / std::max(0.1, status.cpuMedian), 'f', 1)
                  << "x   (targets: >= 12x; status <= 20 ms)" << Qt::endl;
        out() << "  status says: " << cliOutput.simplified().left(300) << "\n  alembic says: "
              << alembicOutput.simplified().left(300) << Qt::endl;
    }

    const DialectRegistry registry = DialectRegistry::withBuiltins();
    benchWidePlan(registry, dir, runs);
    return 0;
}
