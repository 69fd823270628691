#include "db/connection.h"
#include "history/historystore.h"
#include "support/clirunner.h"
#include "support/sqlitefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// The shared runner (support/clirunner.h), without a history key from the caller's environment.
Run runHistoryCli(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SCHEMAPILOT_HISTORY_KEY_FILE"));
    const CliRun run = SchemaPilot::Test::runCli(arguments, env, 30000);
    return Run{run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

const QDateTime kBase = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

HistoryRecord record(const QString &batch, int n, HistoryStatus status, const QString &table, qint64 ms,
                     const QDateTime &at, const QString &description)
{
    HistoryRecord r;
    r.batchId = batch;
    r.migrationId = QStringLiteral("%1-%2").arg(batch).arg(n);
    r.operationType = QStringLiteral("ADD_COLUMN");
    r.tableName = table;
    r.description = description;
    r.forwardSql = {QStringLiteral("ALTER TABLE %1 ADD COLUMN c%2 TEXT").arg(table).arg(n)};
    r.rollbackSql = {QStringLiteral("ALTER TABLE %1 DROP COLUMN c%2").arg(table).arg(n)};
    r.status = status;
    r.executionMs = ms;
    r.startedAt = at;
    return r;
}

QStringList migrationIds(const QJsonObject &object)
{
    QStringList ids;
    for (const QJsonValue &value : object.value(QStringLiteral("records")).toArray())
        ids << value.toObject().value(QStringLiteral("migration_id")).toString();
    return ids;
}

} // namespace

class TestCliHistory final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;        // a database with four runs
    QString m_empty;     // a database without a history table

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("app.db"));
        m_empty = m_dir.filePath(QStringLiteral("empty.db"));
        QCOMPARE(createSqliteFile(m_db, "CREATE TABLE users (id INTEGER PRIMARY KEY); CREATE TABLE orders (id INTEGER PRIMARY KEY);"),
                 QString());
        QCOMPARE(createSqliteFile(m_empty, "CREATE TABLE users (id INTEGER PRIMARY KEY);"), QString());
        auto url = ConnectionUrl::parse(m_db);
        QVERIFY(url);
        auto connection = Connection::open(*url, Connection::Access::ReadWrite);
        QVERIFY(connection);
        HistoryStore store((*connection)->database());
        HistoryRecord failed = record("b2", 1, HistoryStatus::Failed, "orders", 40, kBase.addDays(1), "Rebuild orders");
        failed.errorMessage = QStringLiteral("UNIQUE constraint failed: orders.id");
        auto stored = store.appendAll({
            record("b1", 1, HistoryStatus::Applied, "users", 10, kBase, "Add email to users"),
            record("b1", 2, HistoryStatus::Applied, "orders", 20, kBase.addSecs(1), "Add total to orders"),
            failed,
            record("b3", 1, HistoryStatus::Refused, "users", 0, kBase.addDays(2), "Drop legacy column"),
            record("b4", 1, HistoryStatus::Applied, "users", 30, kBase.addDays(3), "Add name, with a comma"),
        });
        QVERIFY(stored);
    }

    void listsNewestFirstAsJson()
    {
        const Run run = runHistoryCli({"history", "--db", m_db, "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value("count").toInt(), 5);
        QCOMPARE(migrationIds(json), (QStringList{"b4-1", "b3-1", "b2-1", "b1-2", "b1-1"}));
        const QJsonObject failed = json.value("records").toArray().at(2).toObject();
        for (const char *key : {"id", "migration_id", "batch_id", "description", "operation_type", "table_name", "forward_sql",
                                "rollback_sql", "sql_sha256", "status", "started_at", "finished_at", "execution_ms",
                                "error_message", "backup_id", "operator", "app_version", "fingerprint_before",
                                "fingerprint_after", "acknowledged_warnings", "row_count_deltas", "prev_hash", "record_hash"})
            QVERIFY2(failed.contains(QLatin1StringView(key)), key);
        QCOMPARE(failed.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value("error_message").toString(), QStringLiteral("UNIQUE constraint failed: orders.id"));
        QCOMPARE(failed.value("started_at").toString(), QStringLiteral("2026-03-02T12:00:00.000Z"));
        QVERIFY(failed.value("forward_sql").isArray());
        QVERIFY(run.err.isEmpty());
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("status failed") << QStringList{"--status", "failed"} << QStringList{"b2-1"};
        QTest::newRow("two statuses, comma-separated") << QStringList{"--status", "failed,refused"} << QStringList{"b3-1", "b2-1"};
        QTest::newRow("since a date") << QStringList{"--since", "2026-03-03"} << QStringList{"b4-1", "b3-1"};
        QTest::newRow("until a date includes the day") << QStringList{"--until", "2026-03-01"} << QStringList{"b1-2", "b1-1"};
        QTest::newRow("since a UTC date-time") << QStringList{"--since", "2026-03-01T12:00:01Z"}
                                               << QStringList{"b4-1", "b3-1", "b2-1", "b1-2"};
        QTest::newRow("table") << QStringList{"--table", "orders"} << QStringList{"b2-1", "b1-2"};
        QTest::newRow("search in error text") << QStringList{"--search", "unique constraint"} << QStringList{"b2-1"};
        QTest::newRow("search in sql") << QStringList{"--search", "DROP COLUMN c2"} << QStringList{"b1-2"};
        QTest::newRow("limit") << QStringList{"--limit", "2"} << QStringList{"b4-1", "b3-1"};
        QTest::newRow("status and table") << QStringList{"--status", "applied", "--table", "users"} << QStringList{"b4-1", "b1-1"};
    }

    void filters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const Run run = runHistoryCli(QStringList{"history", "--db", m_db, "--json"} + arguments);
        QCOMPARE(run.code, 0);
        QCOMPARE(migrationIds(run.json()), expected);
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown status") << QStringList{"--status", "exploded"};
        QTest::newRow("unparsable date") << QStringList{"--since", "last tuesday"};
        QTest::newRow("negative limit") << QStringList{"--limit", "-3"};
        QTest::newRow("export without output") << QStringList{"--export", "csv"};
        QTest::newRow("unknown export format") << QStringList{"--export", "xml", "--output", "x.xml"};
        QTest::newRow("unknown subcommand") << QStringList{"verify-all"};
    }

    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = runHistoryCli(QStringList{"history", "--db", m_db, "--json"} + arguments);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.json().value("error_code").toString(), QStringLiteral("usage"));
    }

    void textListingNamesRecordsAndErrors()
    {
        const Run run = runHistoryCli({"history", "--db", m_db, "--status", "failed"});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains("b2-1") && run.out.contains("UNIQUE constraint failed"), qPrintable(run.out));
        QVERIFY(!run.out.contains("b1-1"));
    }

    void exportsCsvAndJson()
    {
        const QString csv = m_dir.filePath("out.csv");
        Run run = runHistoryCli({"history", "--db", m_db, "--export", "csv", "--output", csv, "--status", "applied"});
        QCOMPARE(run.code, 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csvFile.readAll());
        const QStringList lines = text.split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3);
        QVERIFY(lines.first().startsWith("id,migration_id,batch_id,description,"));
        QVERIFY2(text.contains(",\"Add name, with a comma\","), qPrintable(text));

        const QString json = m_dir.filePath("out.json");
        run = runHistoryCli({"history", "--db", m_db, "--export", "json", "--output", json, "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().value("exported").toInt(), 5);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(exported.value("count").toInt(), 5);
        QCOMPARE(migrationIds(exported).first(), QStringLiteral("b4-1"));
    }

    void statisticsAsJson()
    {
        const Run run = runHistoryCli({"history", "--db", m_db, "--stats", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject stats = run.json().value("statistics").toObject();
        QCOMPARE(stats.value("total").toInt(), 5);
        QCOMPARE(stats.value("by_status").toObject().value("applied").toInt(), 3);
        QCOMPARE(stats.value("batches").toInt(), 4);
        QCOMPARE(stats.value("batches_failed").toInt(), 1);
        QCOMPARE(stats.value("failure_rate").toDouble(), 0.25);   // 1 failed of 4 rows that ran
        QCOMPARE(stats.value("p95_ms").toInt(), 40);
    }

    void readingLeavesADatabaseWithoutHistoryAlone()
    {
        Run run = runHistoryCli({"history", "--db", m_empty, "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().value("count").toInt(), 0);
        run = runHistoryCli({"history", "verify", "--db", m_empty, "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().value("table_present").toBool(), false);
        QCOMPARE(querySqliteFile(m_empty, "SELECT count(*) FROM sqlite_schema WHERE name = 'schemapilot_history'"), QStringList{"0"});
        run = runHistoryCli({"history", "--db", m_dir.filePath("missing.db"), "--json"});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.json().value("error_code").toString(), QStringLiteral("file_not_found"));
    }

    void verifyIntactThenTampered()
    {
        const QString copy = m_dir.filePath("tamper.db");
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_db, copy));

        Run run = runHistoryCli({"history", "verify", "--db", copy, "--json"});
        QCOMPARE(run.code, 0);
        QJsonObject json = run.json();
        QCOMPARE(json.value("intact").toBool(), true);
        QCOMPARE(json.value("records").toInt(), 5);
        QVERIFY(json.value("head_hash").toString().startsWith("sha256:"));
        QVERIFY(json.value("first_bad_id").isNull());
        run = runHistoryCli({"history", "verify", "--db", copy});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains("intact"), qPrintable(run.out));

        // Someone hides the failure.
        QCOMPARE(execSqliteFile(copy, "UPDATE schemapilot_history SET status = 'applied', error_message = '' WHERE id = 3"), QString());
        run = runHistoryCli({"history", "verify", "--db", copy, "--json"});
        QCOMPARE(run.code, 1);
        json = run.json();
        QCOMPARE(json.value("intact").toBool(), false);
        QCOMPARE(json.value("problem").toString(), QStringLiteral("edited"));
        QCOMPARE(json.value("first_bad_id").toInt(), 3);
        run = runHistoryCli({"history", "verify", "--db", copy});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains("#3"), qPrintable(run.out));

        // ... or deletes it.
        QVERIFY(QFile::remove(copy));
        QVERIFY(QFile::copy(m_db, copy));
        QCOMPARE(execSqliteFile(copy, "DELETE FROM schemapilot_history WHERE id = 3"), QString());
        run = runHistoryCli({"history", "verify", "--db", copy, "--json"});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.json().value("problem").toString(), QStringLiteral("deleted"));
        QCOMPARE(run.json().value("first_bad_id").toInt(), 4);
    }

    void cleanupRemovesOldRecords()
    {
        const QString copy = m_dir.filePath("cleanup.db");
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_db, copy));
        // The sample runs are from March 2026: keep the last 3650 days and nothing goes.
        Run run = runHistoryCli({"history", "cleanup", "--db", copy, "--keep-days", "3650", "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().value("removed").toInt(), 0);
        run = runHistoryCli({"history", "cleanup", "--db", copy, "--keep-days", "0", "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().value("removed").toInt(), 5);
        QCOMPARE(runHistoryCli({"history", "verify", "--db", copy}).code, 0);
        QCOMPARE(runHistoryCli({"history", "cleanup", "--db", copy, "--keep-days", "-1"}).code, 2);
    }

    void healthJson()
    {
        const Run run = runHistoryCli({"health", "--db", m_db, "--json", "--deep"});
        QCOMPARE(run.code, 0);
        const QJsonObject json = run.json();
        const QJsonArray parts = json.value("parts").toArray();
        QCOMPARE(parts.size(), 7);
        QStringList keys;
        for (const QJsonValue &part : parts)
            keys << part.toObject().value("key").toString();
        QCOMPARE(keys, (QStringList{"integrity", "pending_changes", "last_migration", "backup_freshness", "backup_verification",
                                    "failure_rate", "migration_lock"}));
        QCOMPARE(parts.at(0).toObject().value("score").toInt(), 100);            // quick_check ok
        QCOMPARE(parts.at(2).toObject().value("score").toInt(), 100);            // b4 applied
        // 1 failed of 3 runs that ran (the refused run is left out): 100 - 200/3 = 33.
        QCOMPARE(parts.at(5).toObject().value("score").toInt(), 33);
        QVERIFY(!parts.at(5).toObject().value("action").toString().isEmpty());
        QVERIFY(json.value("score").toInt() < 100);
        QCOMPARE(json.value("database").toString(), "sqlite:///" + m_db);
        QCOMPARE(json.value("statistics").toObject().value("total").toInt(), 5);
    }

    void healthFailUnder()
    {
        QCOMPARE(runHistoryCli({"health", "--db", m_db, "--fail-under", "99"}).code, 1);
        // No backup yet: the backup part pulls the score down; a fresh verified backup lifts it.
        QCOMPARE(runHistoryCli({"health", "--db", m_empty, "--fail-under", "99"}).code, 1);
        QCOMPARE(runHistoryCli({"backup", "create", "--db", m_empty}).code, 0);
        QCOMPARE(runHistoryCli({"health", "--db", m_empty, "--fail-under", "99"}).code, 0);
        QCOMPARE(runHistoryCli({"health", "--db", m_db, "--fail-under", "abc"}).code, 2);
    }

    void healthMetrics()
    {
        const Run run = runHistoryCli({"health", "--db", m_db, "--metrics"});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        for (const char *family : {"schemapilot_migrations_total", "schemapilot_migration_duration_ms",
                                   "schemapilot_backup_age_seconds", "schemapilot_health_score"}) {
            const QString name = QLatin1StringView(family);
            const qsizetype help = lines.indexOf(QRegularExpression("^# HELP " + name + " .+"));
            QVERIFY2(help >= 0, family);
            QVERIFY2(lines.value(help + 1).startsWith("# TYPE " + name + ' '), family);
        }
        QVERIFY(lines.contains("schemapilot_migrations_total{status=\"applied\"} 3"));
        QVERIFY(lines.contains("schemapilot_migrations_total{status=\"failed\"} 1"));
        QVERIFY(lines.contains("schemapilot_migration_duration_ms_count 4"));
        QVERIFY(lines.contains("schemapilot_migration_duration_ms_sum 100"));
        const QJsonObject json = runHistoryCli({"health", "--db", m_db, "--json"}).json();
        QVERIFY(lines.contains("schemapilot_health_score " + QString::number(json.value("score").toInt())));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
