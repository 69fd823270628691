#include "db/connection.h"
#include "health/healthgatherer.h"
#include "health/healthscore.h"
#include "history/historystore.h"
#include "support/sqlitefixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

// Every part evaluated and perfect.
HealthInput healthyInput()
{
    HealthInput in;
    in.now = kNow;
    in.integrityOk = true;
    in.migrationNeeded = false;
    in.lastOutcome = HistoryStatus::Applied;
    in.lastBatchId = QStringLiteral("b9");
    in.lastRunAt = kNow.addSecs(-600);
    in.recentRuns = 10;
    in.recentFailedRuns = 0;
    in.backupsChecked = true;
    in.backupCount = 3;
    in.newestBackupAt = kNow.addSecs(-3600);
    in.lastVerifiedAt = kNow.addDays(-1);
    in.lastVerifyOk = true;
    in.lockChecked = true;
    return in;
}

// One change from the healthy input per scenario name.
HealthInput scenario(const QString &name)
{
    HealthInput in = healthyInput();
    if (name == "integrity failed") { in.integrityOk = false; in.integrityDetail = "*** in database main ***"; }
    else if (name == "integrity not checked") in.integrityOk.reset();
    else if (name == "pending changes") { in.migrationNeeded = true; in.pendingOperations = 2; }
    else if (name == "pending destructive changes") { in.migrationNeeded = true; in.pendingOperations = 1; in.pendingDestructive = true; }
    else if (name == "pending not checked") in.migrationNeeded.reset();
    else if (name == "last run failed") in.lastOutcome = HistoryStatus::Failed;
    else if (name == "last run timed out") in.lastOutcome = HistoryStatus::TimedOut;
    else if (name == "last run rolled back") in.lastOutcome = HistoryStatus::RolledBack;
    else if (name == "last run refused") in.lastOutcome = HistoryStatus::Refused;
    else if (name == "last run restored") in.lastOutcome = HistoryStatus::Restored;
    else if (name == "no run recorded") in.lastOutcome.reset();
    else if (name == "backup 2 days old") in.newestBackupAt = kNow.addDays(-2);
    else if (name == "backup 5 days old") in.newestBackupAt = kNow.addDays(-5);
    else if (name == "backup 20 days old") in.newestBackupAt = kNow.addDays(-20);
    else if (name == "backup 60 days old") in.newestBackupAt = kNow.addDays(-60);
    else if (name == "no backup") { in.backupCount = 0; in.newestBackupAt = {}; in.lastVerifiedAt = {}; in.lastVerifyOk.reset(); }
    else if (name == "backups not checked") in.backupsChecked = false;
    else if (name == "verification failed") in.lastVerifyOk = false;
    else if (name == "verification 10 days old") in.lastVerifiedAt = kNow.addDays(-10);
    else if (name == "never verified") { in.lastVerifiedAt = {}; in.lastVerifyOk.reset(); }
    else if (name == "one in ten runs failed") in.recentFailedRuns = 1;
    else if (name == "half the runs failed") in.recentFailedRuns = 5;
    else if (name == "stale lock") { in.lockStale = true; in.lockOwner = "ci@build"; }
    else if (name == "lock held two hours") { in.lockHeld = true; in.lockSince = kNow.addSecs(-7200); in.lockOwner = "a@b"; }
    else if (name == "lock held five minutes") { in.lockHeld = true; in.lockSince = kNow.addSecs(-300); in.lockOwner = "a@b"; }
    else if (name == "failed run and no backup") {
        in.lastOutcome = HistoryStatus::Failed;
        in.backupCount = 0; in.newestBackupAt = {}; in.lastVerifiedAt = {}; in.lastVerifyOk.reset();
    }
    return in;
}

std::unique_ptr<Connection> openFile(const QString &path, Connection::Access access)
{
    auto url = ConnectionUrl::parse(path);
    if (!url)
        return nullptr;
    auto connection = Connection::open(*url, access, QStringLiteral("health-test"));
    return connection ? std::move(*connection) : nullptr;
}

HistoryRecord record(const QString &batch, HistoryStatus status, qint64 ms, const QDateTime &at)
{
    HistoryRecord r;
    r.batchId = batch;
    r.migrationId = batch + QStringLiteral("-1");
    r.operationType = QStringLiteral("CREATE_TABLE");
    r.tableName = QStringLiteral("t");
    r.forwardSql = {QStringLiteral("CREATE TABLE t (id INTEGER)")};
    r.status = status;
    r.executionMs = ms;
    r.startedAt = at;
    return r;
}

} // namespace

class TestHealthScore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void healthyInputScoresFull()
    {
        const HealthReport report = computeHealth(healthyInput());
        QCOMPARE(report.score, 100);
        QCOMPARE(report.status, QStringLiteral("healthy"));
        QCOMPARE(report.parts.size(), 7);
        int weights = 0;
        for (const HealthPart &part : report.parts) {
            QVERIFY2(part.evaluated, qPrintable(part.key));
            QCOMPARE(part.score, 100);
            QVERIFY2(part.action.isEmpty(), qPrintable(part.key + ": " + part.action));
            QVERIFY(!part.reason.isEmpty());
            weights += part.weight;
        }
        QCOMPARE(weights, 100);
    }

    void eachPartMovesTheScore_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<int>("partScore");   // -1: not evaluated
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("status");

        // Totals follow the documented weights: integrity 25, pending 15, last run 20, backup age 15,
        // verification 10, failure rate 10, lock 5 (weighted mean of the evaluated parts, rounded).
        QTest::newRow("integrity failed") << "integrity" << 0 << 20 << "critical";          // 75, capped at 20
        QTest::newRow("integrity not checked") << "integrity" << -1 << 100 << "healthy";
        QTest::newRow("pending changes") << "pending_changes" << 60 << 94 << "healthy";
        QTest::newRow("pending destructive changes") << "pending_changes" << 40 << 91 << "healthy";
        QTest::newRow("pending not checked") << "pending_changes" << -1 << 100 << "healthy";
        QTest::newRow("last run failed") << "last_migration" << 0 << 80 << "healthy";
        QTest::newRow("last run timed out") << "last_migration" << 0 << 80 << "healthy";
        QTest::newRow("last run rolled back") << "last_migration" << 80 << 96 << "healthy";
        QTest::newRow("last run refused") << "last_migration" << 70 << 94 << "healthy";
        QTest::newRow("last run restored") << "last_migration" << 60 << 92 << "healthy";
        QTest::newRow("no run recorded") << "last_migration" << 100 << 100 << "healthy";
        QTest::newRow("backup 2 days old") << "backup_freshness" << 75 << 96 << "healthy";
        QTest::newRow("backup 5 days old") << "backup_freshness" << 50 << 93 << "healthy";    // 92.5
        QTest::newRow("backup 20 days old") << "backup_freshness" << 25 << 89 << "healthy";   // 88.75
        QTest::newRow("backup 60 days old") << "backup_freshness" << 0 << 85 << "healthy";
        QTest::newRow("no backup") << "backup_freshness" << 0 << 83 << "healthy";             // 7500/90
        QTest::newRow("backups not checked") << "backup_freshness" << -1 << 100 << "healthy";
        QTest::newRow("verification failed") << "backup_verification" << 0 << 90 << "healthy";
        QTest::newRow("verification 10 days old") << "backup_verification" << 60 << 96 << "healthy";
        QTest::newRow("never verified") << "backup_verification" << 30 << 93 << "healthy";
        QTest::newRow("one in ten runs failed") << "failure_rate" << 80 << 98 << "healthy";
        QTest::newRow("half the runs failed") << "failure_rate" << 0 << 90 << "healthy";
        QTest::newRow("stale lock") << "migration_lock" << 0 << 95 << "healthy";
        QTest::newRow("lock held two hours") << "migration_lock" << 50 << 98 << "healthy";    // 97.5
        QTest::newRow("lock held five minutes") << "migration_lock" << 100 << 100 << "healthy";
        QTest::newRow("failed run and no backup") << "last_migration" << 0 << 61 << "degraded"; // 5500/90
    }

    void eachPartMovesTheScore()
    {
        QFETCH(QString, part);
        QFETCH(int, partScore);
        QFETCH(int, total);
        QFETCH(QString, status);

        const HealthReport report = computeHealth(scenario(QString::fromUtf8(QTest::currentDataTag())));
        const HealthPart *p = report.part(part);
        QVERIFY(p);
        if (partScore < 0) {
            QVERIFY(!p->evaluated);
        } else {
            QVERIFY(p->evaluated);
            QCOMPARE(p->score, partScore);
            // A part that lost points says what fixes it.
            QCOMPARE(p->action.isEmpty(), partScore == 100);
        }
        QCOMPARE(report.score, total);
        QCOMPARE(report.status, status);
        QVERIFY(!p->reason.isEmpty());
    }

    void reportJsonShape()
    {
        const QJsonObject json = computeHealth(scenario("pending changes")).toJson();
        QCOMPARE(json.value("score").toInt(), 94);
        QCOMPARE(json.value("status").toString(), QStringLiteral("healthy"));
        QCOMPARE(json.value("computed_at").toString(), QStringLiteral("2026-11-25T12:00:00.000Z"));
        const QJsonArray parts = json.value("parts").toArray();
        QCOMPARE(parts.size(), 7);
        const QJsonObject pending = parts.at(1).toObject();
        QCOMPARE(pending.value("key").toString(), QStringLiteral("pending_changes"));
        QCOMPARE(pending.value("weight").toInt(), 15);
        QCOMPARE(pending.value("score").toInt(), 60);
        QVERIFY(pending.value("action").isString());
        QVERIFY(parts.at(0).toObject().value("action").isNull());
    }

    void metricsTextFormat()
    {
        HealthInput in = healthyInput();
        in.statistics = computeHistoryStatistics({{HistoryStatus::Applied, 10, "a", kNow},
                                                  {HistoryStatus::Applied, 30, "a", kNow},
                                                  {HistoryStatus::Failed, 200, "b", kNow},
                                                  {HistoryStatus::Refused, 0, "c", kNow}});
        const HealthReport report = computeHealth(in);
        const QString text = prometheusMetrics(report, in);
        QVERIFY(text.endsWith(u'\n'));

        // Every sample belongs to a family announced by HELP then TYPE.
        const QRegularExpression sample(QStringLiteral("^([a-z_]+)(\\{[a-z_]+=\"[^\"\\\\]*\"\\})? (NaN|-?[0-9]+(\\.[0-9]+)?)$"));
        QString helpFor;
        QString typeFor;
        QHash<QString, QString> values;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QStringLiteral("# HELP "))) {
                helpFor = line.section(u' ', 2, 2);
                QVERIFY(!line.section(u' ', 3).isEmpty());
                continue;
            }
            if (line.startsWith(QStringLiteral("# TYPE "))) {
                typeFor = line.section(u' ', 2, 2);
                QCOMPARE(typeFor, helpFor);
                QVERIFY(QStringList({"counter", "gauge", "summary"}).contains(line.section(u' ', 3, 3)));
                continue;
            }
            const auto match = sample.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            QVERIFY2(match.captured(1).startsWith(typeFor), qPrintable(line));
            values.insert(match.captured(1) + match.captured(2), match.captured(3));
        }
        QCOMPARE(values.value("schemapilot_migrations_total{status=\"applied\"}"), QStringLiteral("2"));
        QCOMPARE(values.value("schemapilot_migrations_total{status=\"failed\"}"), QStringLiteral("1"));
        QCOMPARE(values.value("schemapilot_migrations_total{status=\"refused\"}"), QStringLiteral("1"));
        QCOMPARE(values.value("schemapilot_migrations_total{status=\"rolled_back\"}"), QStringLiteral("0"));
        QCOMPARE(values.value("schemapilot_migration_duration_ms{quantile=\"0.95\"}"), QStringLiteral("200"));
        QCOMPARE(values.value("schemapilot_migration_duration_ms{quantile=\"0.5\"}"), QStringLiteral("30"));
        QCOMPARE(values.value("schemapilot_migration_duration_ms_sum"), QStringLiteral("240"));
        QCOMPARE(values.value("schemapilot_migration_duration_ms_count"), QStringLiteral("3"));
        QCOMPARE(values.value("schemapilot_backup_age_seconds"), QStringLiteral("3600"));
        QCOMPARE(values.value("schemapilot_health_score"), QString::number(report.score));
        QCOMPARE(values.value("schemapilot_health_part_score{part=\"integrity\"}"), QStringLiteral("100"));

        in.backupsChecked = false;
        QVERIFY(prometheusMetrics(computeHealth(in), in).contains(QStringLiteral("\nschemapilot_backup_age_seconds NaN\n")));
    }

    void gathersFromTheAuditTrail()
    {
        const QString path = m_dir.filePath("gather.db");
        {
            auto connection = openFile(path, Connection::Access::ReadWriteCreate);
            QVERIFY(connection);
            HistoryStore store(connection->database());
            QVERIFY(store.append(record("r1", HistoryStatus::Applied, 10, kNow.addDays(-3))));
            QVERIFY(store.append(record("r2", HistoryStatus::Failed, 20, kNow.addDays(-2))));
            QVERIFY(store.append(record("r3", HistoryStatus::Applied, 30, kNow.addDays(-1))));
            HistoryRecord failed = record("r4", HistoryStatus::TimedOut, 5000, kNow.addSecs(-60));
            failed.errorMessage = QStringLiteral("statement timed out after 5000 ms");
            QVERIFY(store.append(failed));
            QVERIFY(store.append(record("r5", HistoryStatus::Refused, 0, kNow.addSecs(-30))));
        }
        auto connection = openFile(path, Connection::Access::ReadOnly);
        QVERIFY(connection);
        auto input = gatherHealthInput(connection->database(), HealthGatherOptions{.now = kNow});
        QVERIFY2(input, qPrintable(input ? QString() : input.error().toString()));
        QCOMPARE(input->lastOutcome, HistoryStatus::Refused);
        QCOMPARE(input->lastBatchId, QStringLiteral("r5"));
        QCOMPARE(input->recentRuns, 4);          // the refused run did not run
        QCOMPARE(input->recentFailedRuns, 2);
        QCOMPARE(input->statistics.total, 5);
        QVERIFY(!input->integrityOk.has_value()); // not deep

        const HealthReport report = computeHealth(*input);
        QCOMPARE(report.part("failure_rate")->score, 0);        // 2 of 4
        QCOMPARE(report.part("last_migration")->score, 70);
        QVERIFY(!report.part("backup_freshness")->evaluated);

        auto fewer = gatherHealthInput(connection->database(), HealthGatherOptions{.recentRuns = 2, .now = kNow});
        QVERIFY(fewer);
        QCOMPARE(fewer->recentRuns, 1);          // r5 refused, r4 timed out
        QCOMPARE(fewer->recentFailedRuns, 1);
    }

    void deepRunsQuickCheck()
    {
        const QString good = m_dir.filePath("good.db");
        QCOMPARE(createSqliteFile(good, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t (v) VALUES ('x');"), QString());
        auto connection = openFile(good, Connection::Access::ReadOnly);
        QVERIFY(connection);
        auto input = gatherHealthInput(connection->database(), HealthGatherOptions{.deep = true, .now = kNow});
        QVERIFY(input);
        QCOMPARE(input->integrityOk, std::optional<bool>(true));
        QCOMPARE(input->lastOutcome, std::nullopt);   // no history table: no runs, nothing created
        QCOMPARE(querySqliteFile(good, "SELECT count(*) FROM sqlite_schema WHERE name = 'schemapilot_history'"), QStringList{"0"});

        // Damage an index page: the schema still reads, quick_check does not pass.
        const QString bad = m_dir.filePath("bad.db");
        QString fill = "PRAGMA page_size = 1024; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t (v);"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                       "INSERT INTO t (v) SELECT printf('value-%06d', i) FROM n;";
        QCOMPARE(createSqliteFile(bad, fill), QString());
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 1024;
            QVERIFY(pages > 20);
            for (qint64 page = pages / 2; page < pages / 2 + 4; ++page) {
                file.seek(page * 1024 + 8);
                file.write(QByteArray(200, '\x5a'));
            }
        }
        auto damaged = openFile(bad, Connection::Access::ReadOnly);
        QVERIFY(damaged);
        auto badInput = gatherHealthInput(damaged->database(), HealthGatherOptions{.deep = true, .now = kNow});
        QVERIFY(badInput);
        QCOMPARE(badInput->integrityOk, std::optional<bool>(false));
        QVERIFY(!badInput->integrityDetail.isEmpty());
        const HealthReport report = computeHealth(*badInput);
        QCOMPARE(report.part("integrity")->score, 0);
        QVERIFY(report.score <= 20);
    }

    void scoresATenThousandRowHistoryQuickly()
    {
        const QString path = m_dir.filePath("large.db");
        {
            auto connection = openFile(path, Connection::Access::ReadWriteCreate);
            QVERIFY(connection);
            QVERIFY(HistoryStore(connection->database()).ensureTable());
        }
        // 10,000 rows in 2,500 runs, written directly (the chain does not matter for the score).
        QCOMPARE(execSqliteFile(path,
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                                "INSERT INTO schemapilot_history (id, migration_id, batch_id, status, started_at, execution_ms, "
                                "forward_sql) SELECT i, 'run' || (i / 4) || '-' || (i % 4), 'run' || (i / 4), "
                                "CASE WHEN i % 50 = 0 THEN 'failed' ELSE 'applied' END, "
                                "strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || i || ' minutes'), i % 100, "
                                "'[\"CREATE TABLE t' || i || ' (id INTEGER)\"]' FROM n;"),
                 QString());
        auto connection = openFile(path, Connection::Access::ReadOnly);
        QVERIFY(connection);
        QElapsedTimer gatherTimer;
        gatherTimer.start();
        auto input = gatherHealthInput(connection->database(), HealthGatherOptions{.now = kNow});
        const qint64 gatherMs = gatherTimer.elapsed();
        QVERIFY(input);
        QCOMPARE(input->statistics.total, 10000);
        QCOMPARE(input->statistics.count(HistoryStatus::Failed), 200);

        QElapsedTimer scoreTimer;
        scoreTimer.start();
        HealthReport report;
        for (int i = 0; i < 100; ++i)
            report = computeHealth(*input);
        const QString metrics = prometheusMetrics(report, *input);
        const double scoreMs = double(scoreTimer.nsecsElapsed()) / 1e6 / 100.0;
        qInfo("10,000-row history: gather %lld ms, score %.3f ms", gatherMs, scoreMs);
        QVERIFY2(scoreMs < 10.0, qPrintable(QString::number(scoreMs)));
        QVERIFY(metrics.contains(QStringLiteral("schemapilot_migrations_total{status=\"failed\"} 200")));
    }
};

QTEST_GUILESS_MAIN(TestHealthScore)
#include "tst_healthscore.moc"
