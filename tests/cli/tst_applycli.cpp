// `schemapilot-cli apply` and `rollback` as separate processes: every exit code, two migrations
// at once, a migration SIGKILLed half-way, read-only files and folders, the rollback round trip,
// and the start-up example application.
#include "exec/filemigrationlock.h"
#include "support/dbsnapshot.h"
#include "support/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const QString kCli = QStringLiteral(SCHEMAPILOT_BIN_DIR "/schemapilot-cli");
const QString kExample = QStringLiteral(SCHEMAPILOT_BIN_DIR "/schemapilot-startup-example");

const char kSetup[] = "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER);"
                      "INSERT INTO users(name, age) VALUES ('ann', 31), ('bob', 42);";
const char kWanted[] = "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, email TEXT);\n"
                       "CREATE INDEX users_name ON users(name);\n";
const char kBig[] = "CREATE TABLE big(id INTEGER PRIMARY KEY, payload TEXT, n INTEGER);"
                    "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 400000) "
                    "INSERT INTO big SELECT i, printf('row-%08d-%s', i, hex(randomblob(16))), i % 97 FROM s;";
const char kBigWanted[] = "CREATE TABLE big(id INTEGER PRIMARY KEY, payload TEXT NOT NULL DEFAULT '', n INTEGER);\n"
                          "CREATE INDEX big_payload ON big(payload);\nCREATE INDEX big_n ON big(n, payload);\n";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run run(const QString &program, const QStringList &args, bool asNobody = false)
{
    QProcess process;
    if (asNobody) {
        process.setChildProcessModifier([] {
            (void)::setgroups(0, nullptr);
            (void)::setgid(65534);
            (void)::setuid(65534);
        });
    }
    process.start(program, args);
    process.waitForFinished(60000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
               process.readAllStandardError()};
}

} // namespace

class TestApplyCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // A database and a desired schema in a fresh folder (world-readable, for the nobody tests).
    QString make(const QString &setup, const QString &wanted, QString *schema)
    {
        const QString folder = m_dir.filePath(QStringLiteral("case%1").arg(++m_counter));
        QDir().mkpath(folder);
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        ::chmod(QFile::encodeName(folder).constData(), 0777);
        const QString db = folder + QStringLiteral("/app.db");
        if (const QString error = createSqliteFile(db, setup); !error.isEmpty())
            qFatal("fixture: %s", qPrintable(error));
        *schema = folder + QStringLiteral("/want.sql");
        QFile file(*schema);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the schema");
        file.write(wanted.toUtf8());
        file.close();
        ::chmod(QFile::encodeName(*schema).constData(), 0644);
        return db;
    }

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::newRow("applied: 0") << kSetup << kWanted << QStringList{} << 0 << "applied";
        QTest::newRow("dry run: 0") << kSetup << kWanted << QStringList{"--dry-run"} << 0 << "dry_run";
        QTest::newRow("rehearsal: 0") << kSetup << kWanted << QStringList{"--rehearse"} << 0 << "dry_run";
        QTest::newRow("no changes: 0") << kSetup << "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER);"
                                       << QStringList{} << 0 << "no_changes";
        QTest::newRow("destructive without consent: 3")
            << kSetup << "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);" << QStringList{} << 3 << "refused";
        QTest::newRow("destructive with consent: 0") << kSetup << "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                                                     << QStringList{"--allow-data-loss"} << 0 << "applied";
        QTest::newRow("virtual table with rows dropped without consent: 3")
            << QStringLiteral("CREATE TABLE t(a); CREATE VIRTUAL TABLE f USING fts4(x); INSERT INTO f VALUES ('hello'), ('world');")
            << "CREATE TABLE t(a);" << QStringList{} << 3 << "refused";
        QTest::newRow("stored column becomes generated without consent: 3")
            << QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b TEXT); INSERT INTO t VALUES (1, 'a', 'B1'), (2, 'b', 'B2');")
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b TEXT AS (upper(a)));" << QStringList{} << 3 << "refused";
        QTest::newRow("TEXT to INTEGER loses leading zeros without consent: 3")
            << QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, zip TEXT); INSERT INTO t VALUES (1, '007'), (2, '0042'), (3, '12');")
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, zip INTEGER);" << QStringList{} << 3 << "refused";
        QTest::newRow("duplicates under a new unique index, predicted: 1")
            << QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT); INSERT INTO t(code) VALUES ('x'), ('x');")
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT);\nCREATE UNIQUE INDEX t_code ON t(code);" << QStringList{} << 1
            << "failed";
        QTest::newRow("timed out: 1") << kBig << kBigWanted << QStringList{"--timeout-ms", "1", "--no-backup"} << 1 << "timed_out";
        QTest::newRow("foreign key violation: 3")
            << QStringLiteral("CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE c(id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id));"
                              "INSERT INTO c VALUES (1, 7);")
            << "CREATE TABLE p(id INTEGER PRIMARY KEY, x TEXT); CREATE TABLE c(id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id));"
            << QStringList{} << 3 << "refused";
    }

    void exitCodes()
    {
        QFETCH(QString, setup);
        QFETCH(QString, wanted);
        QFETCH(QStringList, flags);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        QString schema;
        const QString db = make(setup, wanted, &schema);
        const QStringList before = snapshotUserTables(db);
        const Run r = run(kCli, QStringList{"apply", "--db", "sqlite:///" + db, "--schema", schema, "--json"} + flags);
        QVERIFY2(r.exitCode == exitCode, r.out.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.value("status").toString(), status);
        for (const char *key : {"migration_id", "batch_id", "backup_id", "execution_time_ms", "operations", "stages", "warnings"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        if (status != QStringLiteral("applied"))
            QCOMPARE(snapshotUserTables(db), before);
        if (status == QStringLiteral("refused") || status == QStringLiteral("failed") || status == QStringLiteral("timed_out"))
            QVERIFY(!json.value("error").toString().isEmpty());
        if (QByteArray(QTest::currentDataTag()).contains("predicted"))
            QCOMPARE(json.value("error_code").toString(), QStringLiteral("data_violates_schema"));
        if (status == QStringLiteral("refused") && json.value("error_code").toString() == QStringLiteral("refused")) {
            const QJsonArray consent = json.value("needs_consent").toArray();
            QCOMPARE(consent.size(), 1);
            QCOMPARE(consent.first().toObject().value("rows_lost").toInteger(), 2);
        }
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --schema") << QStringList{"apply", "--db", "x.db"};
        QTest::newRow("no --db") << QStringList{"apply", "--schema", "x.sql"};
        QTest::newRow("bad --timeout-ms") << QStringList{"apply", "--db", "x.db", "--schema", "x.sql", "--timeout-ms", "soon"};
        QTest::newRow("dry run and rehearse") << QStringList{"apply", "--db", "x.db", "--schema", "x.sql", "--dry-run", "--rehearse"};
        QTest::newRow("rollback without --db") << QStringList{"rollback"};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = run(kCli, args);
        QCOMPARE(r.exitCode, 2);
    }

    void humanOutputListsWhatNeedsConsent()
    {
        QString schema;
        const QString db = make(kSetup, "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);", &schema);
        const Run r = run(kCli, {"apply", "--db", db, "--schema", schema});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("need --allow-data-loss"), r.out.constData());
        QVERIFY2(r.out.contains("DROP_COLUMN users.age: loses 2 non-null value(s)"), r.out.constData());
    }

    void secondProcessIsRefusedWhileTheFirstMigrates()
    {
        QString schema;
        const QString db = make(kBig, kBigWanted, &schema);
        QProcess first;
        first.start(kCli, {"apply", "--db", db, "--schema", schema, "--no-backup", "--timeout-ms", "0", "--json"});
        QVERIFY(first.waitForStarted());
        FileMigrationLock observer(db);
        QTRY_VERIFY_WITH_TIMEOUT(observer.peek().value_or(LockInfo{}).held, 20000);
        const Run second = run(kCli, {"apply", "--db", db, "--schema", schema, "--no-backup", "--json"});
        QCOMPARE(second.exitCode, 3);
        const QJsonObject json = second.json();
        QCOMPARE(json.value("status").toString(), QStringLiteral("refused"));
        QCOMPARE(json.value("error_code").toString(), QStringLiteral("lock_held"));
        QVERIFY2(json.value("error").toString().contains(QStringLiteral("pid %1").arg(first.processId())),
                 qPrintable(json.value("error").toString()));
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(first.readAllStandardOutput()).object().value("status").toString(), QStringLiteral("applied"));
    }

    void killedMigrationLeavesBeforeOrAfterNeverHalf()
    {
        QString schema;
        const QString db = make(kBig, kBigWanted, &schema);
        const QStringList before = snapshotUserTables(db);
        QProcess victim;
        victim.start(kCli, {"apply", "--db", db, "--schema", schema, "--no-backup", "--timeout-ms", "0"});
        QVERIFY(victim.waitForStarted());
        FileMigrationLock observer(db);
        QTRY_VERIFY_WITH_TIMEOUT(observer.peek().value_or(LockInfo{}).held, 20000);
        QTest::qWait(300);   // well inside the rebuild
        ::kill(pid_t(victim.processId()), SIGKILL);
        QVERIFY(victim.waitForFinished(10000));
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit);

        // A fresh connection rolls a hot journal back; the content is the old one or the new one.
        QVERIFY(execSqliteFile(db, "SELECT count(*) FROM big").isEmpty());
        const QStringList middle = snapshotUserTables(db);
        const bool unchanged = middle == before;
        const bool migrated = querySqliteFile(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'big_n'") == QStringList{"1"};
        QVERIFY(unchanged || migrated);
        QCOMPARE(querySqliteFile(db, "PRAGMA integrity_check"), QStringList{"ok"});

        const Run again = run(kCli, {"apply", "--db", db, "--schema", schema, "--no-backup", "--json"});
        QVERIFY2(again.exitCode == 0, again.out.constData());
        const QJsonObject json = again.json();
        QVERIFY(json.value("status").toString() == QStringLiteral("applied") || json.value("status").toString() == QStringLiteral("no_changes"));
        if (unchanged)
            QVERIFY2(json.contains("lock_taken_over_from"), again.out.constData());
        QCOMPARE(querySqliteFile(db, "SELECT count(*) FROM big"), QStringList{"400000"});
        QCOMPARE(querySqliteFile(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('big_n', 'big_payload')"), QStringList{"2"});
    }

    void readOnlyFileGivesAClearError()
    {
        QString schema;
        const QString db = make(kSetup, kWanted, &schema);
        ::chmod(QFile::encodeName(db).constData(), 0444);
        const QByteArray before = fileBytes(db);
        const Run r = run(kCli, {"apply", "--db", db, "--schema", schema, "--json"}, true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.json().value("error").toString().contains(QStringLiteral("read-only")), r.out.constData());
        QCOMPARE(fileBytes(db), before);
    }

    void readOnlyUrlIsHonoured()
    {
        QString schema;
        const QString db = make(kSetup, kWanted, &schema);
        const QStringList before = snapshotUserTables(db);
        const Run r = run(kCli, {"apply", "--db", "sqlite:///" + db + "?mode=ro", "--schema", schema, "--json"});
        QVERIFY2(r.exitCode == 1, r.out.constData());
        QVERIFY2(r.json().value("error").toString().contains(QStringLiteral("mode=ro")), r.out.constData());
        QCOMPARE(snapshotUserTables(db), before);
        QCOMPARE(run(kCli, {"status", "--db", "sqlite:///" + db + "?mode=ro", "--schema", schema, "--json"}).exitCode, 0);
    }

    void readOnlyFolderGivesAClearError()
    {
        QString schema;
        const QString db = make(kSetup, kWanted, &schema);
        ::chmod(QFile::encodeName(db).constData(), 0666);
        ::chmod(QFile::encodeName(QFileInfo(db).absolutePath()).constData(), 0555);
        const QByteArray before = fileBytes(db);
        const Run r = run(kCli, {"apply", "--db", db, "--schema", schema, "--json"}, true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.json().value("error").toString().contains(QStringLiteral("folder is not writable")), r.out.constData());
        QCOMPARE(fileBytes(db), before);
        ::chmod(QFile::encodeName(QFileInfo(db).absolutePath()).constData(), 0777);
    }

    void rollbackRoundTrip()
    {
        QString schema;
        const QString db = make(kSetup, kWanted, &schema);
        const QStringList before = snapshotUserTables(db);
        const Run applied = run(kCli, {"apply", "--db", db, "--schema", schema, "--json"});
        QCOMPARE(applied.exitCode, 0);
        const QString fingerprintBefore = applied.json().value("fingerprint_before").toString();
        QVERIFY(snapshotUserTables(db) != before);
        // Someone writes an email meanwhile: the SQL rollback would drop it, so it is refused.
        QVERIFY(execSqliteFile(db, "UPDATE users SET email = 'ann@example.org' WHERE id = 1").isEmpty());
        const Run refused = run(kCli, {"rollback", "--db", db, "--json"});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.json().value("error").toString().contains(QStringLiteral("users.email")), refused.out.constData());
        QVERIFY(execSqliteFile(db, "UPDATE users SET email = NULL").isEmpty());
        const Run rolled = run(kCli, {"rollback", "--db", db, "--json"});
        QVERIFY2(rolled.exitCode == 0, rolled.out.constData());
        QCOMPARE(rolled.json().value("method").toString(), QStringLiteral("sql"));
        QCOMPARE(rolled.json().value("fingerprint_after").toString(), fingerprintBefore);
        QCOMPARE(snapshotUserTables(db), before);
        QCOMPARE(querySqliteFile(db, "SELECT DISTINCT status FROM schemapilot_history WHERE operation_type <> 'ROLLBACK'"),
                 QStringList{"rolled_back"});
        QCOMPARE(run(kCli, {"rollback", "--db", db}).exitCode, 1);   // nothing left to undo
    }

    // A rename and a rebuild of the same table: the rebuild is undone first, while the table still
    // has its new name, so the old indexes must go on that name.
    void renamedAndRebuiltTableRollsBackBySql()
    {
        QString schema;
        const QString db = make(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, b TEXT); CREATE INDEX ib ON t(b) WHERE b > 'a';"
                                               "INSERT INTO t VALUES (1, 'x');"),
                                QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, b TEXT NOT NULL);\n"
                                               "CREATE INDEX ib ON items(b) WHERE b > 'a';\n"),
                                &schema);
        const Run applied = run(kCli, {"apply", "--db", db, "--schema", schema, "--rename-table", "t=items", "--json"});
        QVERIFY2(applied.exitCode == 0, applied.out.constData());
        const Run rolled = run(kCli, {"rollback", "--db", db, "--json"});
        QVERIFY2(rolled.exitCode == 0, rolled.out.constData());
        QCOMPARE(rolled.json().value("method").toString(), QStringLiteral("sql"));
        QCOMPARE(rolled.json().value("fingerprint_after").toString(), applied.json().value("fingerprint_before").toString());
        QCOMPARE(querySqliteFile(db, "SELECT count(*) FROM t WHERE b = 'x'"), QStringList{"1"});
        QCOMPARE(querySqliteFile(db, "SELECT tbl_name FROM sqlite_schema WHERE name = 'ib'"), QStringList{"t"});
    }

    // Undoing added columns loses nothing while they hold only their literal default or computed
    // values; a value someone wrote since makes the SQL rollback refuse.
    void addedDefaultAndGeneratedColumnsRollBackBySql()
    {
        QString schema;
        const QString db = make(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b');"),
                                QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT, w INTEGER NOT NULL DEFAULT 0,\n"
                                               "                label TEXT NOT NULL DEFAULT 'it''s', g INTEGER AS (id * 2));\n"),
                                &schema);
        const QStringList before = snapshotUserTables(db);
        for (const bool written : {true, false}) {
            const Run applied = run(kCli, {"apply", "--db", db, "--schema", schema, "--json"});
            QVERIFY2(applied.exitCode == 0, applied.out.constData());
            if (written) {
                QVERIFY(execSqliteFile(db, "UPDATE t SET w = 5 WHERE id = 2").isEmpty());
                const Run refused = run(kCli, {"rollback", "--db", db, "--json"});
                QCOMPARE(refused.exitCode, 3);
                QVERIFY2(refused.json().value("error").toString().contains(QStringLiteral("t.w with 1 value")), refused.out.constData());
                QVERIFY(execSqliteFile(db, "UPDATE t SET w = 0").isEmpty());
            }
            const Run rolled = run(kCli, {"rollback", "--db", db, "--json"});
            QVERIFY2(rolled.exitCode == 0, rolled.out.constData());
            QCOMPARE(rolled.json().value("method").toString(), QStringLiteral("sql"));
            QCOMPARE(snapshotUserTables(db), before);
        }
    }

    void rollbackOfADestructiveBatchRestoresItsBackup()
    {
        QString schema;
        const QString db = make(kSetup, "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);", &schema);
        const QStringList before = snapshotUserTables(db);
        QCOMPARE(run(kCli, {"apply", "--db", db, "--schema", schema, "--allow-data-loss"}).exitCode, 0);
        const Run refused = run(kCli, {"rollback", "--db", db, "--json"});
        QCOMPARE(refused.exitCode, 3);
        const Run restored = run(kCli, {"rollback", "--db", db, "--from-backup", "--json"});
        QVERIFY2(restored.exitCode == 0, restored.out.constData());
        QCOMPARE(restored.json().value("method").toString(), QStringLiteral("backup"));
        QCOMPARE(snapshotUserTables(db), before);   // the ages are back
        QCOMPARE(querySqliteFile(db, "SELECT status FROM schemapilot_history WHERE operation_type = 'DROP_COLUMN'"),
                 QStringList{"rolled_back"});
        QCOMPARE(querySqliteFile(db, "SELECT count(*) FROM schemapilot_history WHERE status = 'restored'"), QStringList{"1"});
    }

    void startupExampleMigratesThenTakesTheFastPath()
    {
        QString schema;
        const QString db = make(kSetup, kWanted, &schema);
        const Run first = run(kExample, {"sqlite:///" + db, schema, QFileInfo(db).absolutePath() + "/backups"});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("status=applied fast_path=0 operations=2"), first.out.constData());
        const Run second = run(kExample, {"sqlite:///" + db, schema});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("status=no_changes fast_path=1 operations=0"), second.out.constData());
        const QString fresh = QFileInfo(db).absolutePath() + "/fresh.db";
        const Run created = run(kExample, {fresh, schema});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QCOMPARE(querySqliteFile(fresh, "SELECT count(*) FROM sqlite_schema WHERE name IN ('users', 'users_name')"), QStringList{"2"});
    }
};

QTEST_GUILESS_MAIN(TestApplyCli)

#include "tst_applycli.moc"
