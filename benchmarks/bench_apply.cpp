// Changing a 100,000-row SQLite table, once with a change that needs the table rebuilt and once
// with a constraint change that SchemaPilot edits in place (see kScenarios):
//   SchemaPilot's executor (lock, checks, transaction, verification, history; with and without
//   its verified backup) and its CLI vs the hand-written 12-step rebuild run by the sqlite3 shell vs
//   Alembic's batch migration (a minimal script, and `alembic upgrade head` on the project in
//   alembic_project/). Prints times and ratios; asserts nothing.
#include "dialects/dialectregistry.h"
#include "exec/executor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace SchemaPilot::Core;

namespace {

constexpr int kRows = 100000;
constexpr int kRounds = 7;

const QString kSetup = QStringLiteral(
    "CREATE TABLE big(id INTEGER PRIMARY KEY, payload TEXT, n INTEGER);\n"
    "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1)\n"
    "INSERT INTO big SELECT i, printf('row-%08d-%s', i, hex(randomblob(16))), i % 97 FROM s;\n"
    "CREATE INDEX big_n ON big(n);\n").arg(kRows);
// Three changes of the same table: one SQLite can only make by rebuilding it (a type change that
// converts the stored values), and two that leave every stored row as it is (a collation nothing
// compares by; a constraint and a default), which SchemaPilot makes in place (SQLite's documented
// schema edit) while the hand-written SQL and Alembic rebuild.
struct Scenario {
    QString name;
    QString wanted;        // the desired schema file
    QString handWritten;   // what a careful person would type for the sqlite3 shell (the 12 steps)
    QString alembicChange; // alembic_batch.py's second argument
};

const QList<Scenario> kScenarios{
    {QStringLiteral("Rebuild (n becomes TEXT: every value converted)"),
     QStringLiteral("CREATE TABLE big(id INTEGER PRIMARY KEY, payload TEXT, n TEXT);\n"
                    "CREATE INDEX big_n ON big(n);\n"),
     QStringLiteral("PRAGMA foreign_keys = OFF;\nBEGIN IMMEDIATE;\n"
                    "CREATE TABLE big_new(id INTEGER PRIMARY KEY, payload TEXT, n TEXT);\n"
                    "INSERT INTO big_new(id, payload, n) SELECT id, payload, n FROM big;\n"
                    "DROP TABLE big;\nALTER TABLE big_new RENAME TO big;\nCREATE INDEX big_n ON big(n);\n"
                    "PRAGMA foreign_key_check;\nCOMMIT;\n"),
     QStringLiteral("type")},
    {QStringLiteral("Collation change (payload gets COLLATE NOCASE), made in place"),
     QStringLiteral("CREATE TABLE big(id INTEGER PRIMARY KEY, payload TEXT COLLATE NOCASE, n INTEGER);\n"
                    "CREATE INDEX big_n ON big(n);\n"),
     QStringLiteral("PRAGMA foreign_keys = OFF;\nBEGIN IMMEDIATE;\n"
                    "CREATE TABLE big_new(id INTEGER PRIMARY KEY, payload TEXT COLLATE NOCASE, n INTEGER);\n"
                    "INSERT INTO big_new(id, payload, n) SELECT id, payload, n FROM big;\n"
                    "DROP TABLE big;\nALTER TABLE big_new RENAME TO big;\nCREATE INDEX big_n ON big(n);\n"
                    "PRAGMA foreign_key_check;\nCOMMIT;\n"),
     QStringLiteral("collation")},
    {QStringLiteral("Constraint change (payload becomes NOT NULL DEFAULT ''), made in place"),
     QStringLiteral("CREATE TABLE big(id INTEGER PRIMARY KEY, payload TEXT NOT NULL DEFAULT '', n INTEGER);\n"
                    "CREATE INDEX big_n ON big(n);\n"),
     QStringLiteral("PRAGMA foreign_keys = OFF;\nBEGIN IMMEDIATE;\n"
                    "CREATE TABLE big_new(id INTEGER PRIMARY KEY, payload TEXT NOT NULL DEFAULT '', n INTEGER);\n"
                    "INSERT INTO big_new(id, payload, n) SELECT id, COALESCE(payload, ''), n FROM big;\n"
                    "DROP TABLE big;\nALTER TABLE big_new RENAME TO big;\nCREATE INDEX big_n ON big(n);\n"
                    "PRAGMA foreign_key_check;\nCOMMIT;\n"),
     QStringLiteral("notnull")},
};

bool sqlite3Shell(const QString &db, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), db});
    if (!shell.waitForStarted())
        return false;
    shell.write(sql.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    return shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0;
}

QString freshDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    if (!sqlite3Shell(path, kSetup))
        qFatal("could not create %s with the sqlite3 shell", qPrintable(path));
    return path;
}

// Debian's interpreter, where python3-alembic lives (a pyenv shim may come first in PATH).
QString pythonInterpreter()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

// Times one change: SchemaPilot in process (with and without its backup) and as the CLI, the
// hand-written SQL in the sqlite3 shell, and Alembic; prints the times and the ratios.
void runScenario(const Scenario &scenario, const QTemporaryDir &dir, const DialectRegistry &dialects, QTextStream &out)
{
    const QString schema = dir.filePath(QStringLiteral("want.sql"));
    {
        QFile file(schema);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(scenario.wanted.toUtf8());
    }
    const Executor executor(dialects);
    QList<double> pilot, pilotBackup, pilotTx, shell, shellFast, alembic, alembicProcess, alembicCommand, cliProcess;
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/schemapilot-cli");
    QString alembicNote;
    const QString script = QStringLiteral(SCHEMAPILOT_BENCH_DIR "/alembic_batch.py");
    for (int round = 0; round < kRounds; ++round) {
        for (bool backup : {false, true}) {
            ApplyRequest request;
            const QString db = freshDatabase(dir, QStringLiteral("pilot.db"));
            request.check.url = *ConnectionUrl::parse(db);
            request.check.schemaFile = schema;
            request.options.autoBackup = backup;
            request.options.backupDir = dir.filePath(QStringLiteral("backups"));
            request.options.maxExecutionTimeMs = 0;
            const ApplyResult result = executor.applySync(request);
            if (result.status != ApplyStatus::Applied)
                qFatal("SchemaPilot did not apply: %s", qPrintable(result.error ? result.error->toString() : QString()));
            (backup ? pilotBackup : pilot) << double(result.executionTimeMs);
            if (!backup)
                pilotTx << double(result.transactionMs);
        }
        if (QFile::exists(cli)) {
            // What a user types: the whole command, process start-up included, as for Alembic below.
            const QString db = freshDatabase(dir, QStringLiteral("cli.db"));
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(cli, {QStringLiteral("apply"), QStringLiteral("--db"), db, QStringLiteral("--schema"), schema,
                                QStringLiteral("--no-backup"), QStringLiteral("--json")});
            process.waitForFinished(-1);
            if (process.exitCode() == 0)
                cliProcess << double(timer.elapsed());
        }
        for (bool fast : {false, true}) {
            const QString db = freshDatabase(dir, QStringLiteral("shell.db"));
            // The shell as it comes (Debian's SQLite zeroes freed pages), and with the setting SchemaPilot
            // uses for a plan that deletes nothing: shows how much of the difference that setting is.
            const QString sql = fast ? QStringLiteral("PRAGMA secure_delete = FAST;\n") + scenario.handWritten : scenario.handWritten;
            QElapsedTimer timer;
            timer.start();
            if (!sqlite3Shell(db, sql))
                qFatal("the hand-written SQL failed");
            (fast ? shellFast : shell) << double(timer.elapsed());
        }
        {
            const QString db = freshDatabase(dir, QStringLiteral("alembic.db"));
            QProcess python;
            QElapsedTimer processTimer;
            processTimer.start();
            python.start(pythonInterpreter(), {script, db, scenario.alembicChange});
            python.waitForFinished(-1);
            const double processMs = double(processTimer.elapsed());
            bool ok = false;
            const double ms = python.readAllStandardOutput().trimmed().toDouble(&ok);
            if (python.exitCode() == 0 && ok) {
                alembic << ms;
                alembicProcess << processMs;
            }
            else
                alembicNote = QString::fromUtf8(python.readAllStandardError()).trimmed().split(u'\n').last();
        }
        {
            // What an Alembic user types: `alembic upgrade head` on a project (benchmarks/alembic_project).
            const QString db = freshDatabase(dir, QStringLiteral("alembic-command.db"));
            QProcess alembicCli;
            QElapsedTimer timer;
            timer.start();
            alembicCli.start(pythonInterpreter(),
                             {QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("-c"),
                              QStringLiteral(SCHEMAPILOT_BENCH_DIR "/alembic_project/alembic.ini"), QStringLiteral("-x"),
                              QStringLiteral("db=") + db, QStringLiteral("-x"), QStringLiteral("change=") + scenario.alembicChange,
                              QStringLiteral("upgrade"), QStringLiteral("head")});
            alembicCli.waitForFinished(-1);
            if (alembicCli.exitStatus() == QProcess::NormalExit && alembicCli.exitCode() == 0)
                alembicCommand << double(timer.elapsed());
            else
                alembicNote = QString::fromUtf8(alembicCli.readAllStandardError()).trimmed().split(u'\n').last();
        }
    }
    const double base = median(shell);
    out << QStringLiteral("\n%1 of a %2-row SQLite table, median of %3 rounds\n").arg(scenario.name).arg(kRows).arg(kRounds);
    auto line = [&](const QString &what, double ms) {
        out << QStringLiteral("  %1 %2 ms   x%3 of the sqlite3 shell\n").arg(what, -48).arg(ms, 8, 'f', 1).arg(base > 0 ? ms / base : 0.0, 0, 'f', 2);
    };
    line(QStringLiteral("sqlite3 shell, hand-written 12-step SQL"), base);
    line(QStringLiteral("sqlite3 shell, same SQL, secure_delete=FAST"), median(shellFast));
    line(QStringLiteral("SchemaPilot apply, no backup (whole run)"), median(pilot));
    line(QStringLiteral("SchemaPilot apply, no backup (transaction only)"), median(pilotTx));
    line(QStringLiteral("SchemaPilot apply, verified backup (whole run)"), median(pilotBackup));
    if (!cliProcess.isEmpty())
        line(QStringLiteral("schemapilot-cli apply --no-backup (process)"), median(cliProcess));
    if (!alembic.isEmpty()) {
        line(QStringLiteral("Alembic batch_alter_table (migration only)"), median(alembic));
        line(QStringLiteral("Alembic script: python, imports, migration"), median(alembicProcess));
        if (!alembicCommand.isEmpty())
            line(QStringLiteral("alembic upgrade head (the command)"), median(alembicCommand));
        const double cli = qMax(1.0, median(cliProcess));
        out << QStringLiteral("  Alembic / SchemaPilot: migration only %1x (in-process apply, no backup); whole command:"
                              " `alembic upgrade head` %2x, minimal script %3x (target >= 3x)\n")
                   .arg(median(alembic) / qMax(1.0, median(pilot)), 0, 'f', 2)
                   .arg(cliProcess.isEmpty() || alembicCommand.isEmpty() ? 0.0 : median(alembicCommand) / cli, 0, 'f', 2)
                   .arg(cliProcess.isEmpty() ? 0.0 : median(alembicProcess) / cli, 0, 'f', 2);
    } else
        out << "  Alembic: not run (" << (alembicNote.isEmpty() ? QStringLiteral("python3-alembic missing") : alembicNote) << ")\n";
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        out << "the sqlite3 shell is needed (Debian: sqlite3)\n";
        return 1;
    }
    QTemporaryDir dir;
    const DialectRegistry dialects = DialectRegistry::withBuiltins();
    for (const Scenario &scenario : kScenarios)
        runScenario(scenario, dir, dialects, out);
    return 0;
}
