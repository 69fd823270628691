#include "db/connection.h"
#include "history/historyexport.h"
#include "history/historystore.h"
#include "support/sqlitefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const QDateTime kBase = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

HistoryRecord makeRecord(const QString &batch, int n, HistoryStatus status, const QString &table, qint64 ms,
                         const QDateTime &startedAt, const QString &description, const QStringList &sql)
{
    HistoryRecord r;
    r.batchId = batch;
    r.migrationId = QStringLiteral("%1-%2").arg(batch).arg(n);
    r.description = description;
    r.operationType = QStringLiteral("ADD_COLUMN");
    r.tableName = table;
    r.forwardSql = sql;
    r.rollbackSql = {QStringLiteral("ALTER TABLE %1 DROP COLUMN c%2").arg(table).arg(n)};
    r.status = status;
    r.startedAt = startedAt;
    r.executionMs = ms;
    r.finishedAt = startedAt.addMSecs(ms);
    return r;
}

std::unique_ptr<Connection> openFile(const QString &path, Connection::Access access = Connection::Access::ReadWriteCreate)
{
    auto url = ConnectionUrl::parse(path);
    if (!url)
        return nullptr;
    auto connection = Connection::open(*url, access, QStringLiteral("history-test"));
    return connection ? std::move(*connection) : nullptr;
}

QStringList migrationIds(const QList<HistoryRecord> &records)
{
    QStringList ids;
    for (const HistoryRecord &r : records)
        ids << r.migrationId;
    return ids;
}

} // namespace

class TestHistoryStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("history-%1.db").arg(++m_counter)); }

    // Five rows in three batches: two tables, every kind of status the filters distinguish.
    void fillSample(HistoryStore &store, QSqlDatabase db)
    {
        const QList<HistoryRecord> records{
            makeRecord("b1", 1, HistoryStatus::Applied, "users", 10, kBase, "Add column email to users",
                       {"ALTER TABLE users ADD COLUMN email TEXT"}),
            makeRecord("b1", 2, HistoryStatus::Applied, "orders", 30, kBase.addSecs(1), "Create index on orders",
                       {"CREATE INDEX orders_total ON orders (total)"}),
            makeRecord("b2", 1, HistoryStatus::Failed, "orders", 50, kBase.addDays(1), "Rebuild orders (100% of rows)",
                       {"CREATE TABLE orders_new (id INTEGER)", "INSERT INTO orders_new SELECT id FROM orders"}),
            makeRecord("b3", 1, HistoryStatus::Refused, "users", 0, kBase.addDays(2), "Drop column legacy_flag",
                       {"ALTER TABLE users DROP COLUMN legacy_flag"}),
            makeRecord("b3", 2, HistoryStatus::TimedOut, "users", 5000, kBase.addDays(2).addSecs(5), "Backfill users",
                       {"UPDATE users SET email = ''"}),
        };
        // One transaction: appends join it (and the test avoids a disk sync per row).
        QVERIFY(store.ensureTable());
        QVERIFY(db.transaction());
        auto stored = store.appendAll(records);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QVERIFY(db.commit());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void appendRoundTripsEveryField()
    {
        auto connection = openFile(freshPath());
        QVERIFY(connection);
        HistoryStore store(connection->database());
        HistoryRecord record = makeRecord("b1", 1, HistoryStatus::Failed, "users", 42, kBase, "Add column, with \"quotes\"",
                                          {"ALTER TABLE users ADD COLUMN a TEXT", "CREATE INDEX i ON users (a)"});
        record.errorMessage = QStringLiteral("no such table: users");
        record.backupId = QStringLiteral("20260301-120000-abc");
        record.fingerprintBefore = QStringLiteral("f1");
        record.fingerprintAfter = QStringLiteral("f2");
        record.acknowledgedWarnings = QJsonArray{QJsonObject{{"code", "DS101"}, {"count", 3}}};
        record.rowCountDeltas = QJsonObject{{"users", 0}, {"orders", -2}};
        auto stored = store.append(record);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QCOMPARE(stored->id, 1);
        QVERIFY(stored->prevHash.isEmpty());
        QVERIFY(stored->recordHash.startsWith(QStringLiteral("sha256:")));
        QCOMPARE(stored->sqlSha256, sqlDigest(record.forwardSql));
        QVERIFY(stored->operatorName.contains(u'@'));
        QVERIFY(!stored->appVersion.isEmpty());

        auto read = store.query();
        QVERIFY(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first(), *stored);
        QCOMPARE(read->first().forwardSql.size(), 2);
        QCOMPARE(read->first().rowCountDeltas.value("orders").toInt(), -2);
        // Stored times keep milliseconds in UTC with a Z.
        QCOMPARE(querySqliteFile(connection->url().path, "SELECT started_at FROM schemapilot_history"),
                 QStringList{"2026-03-01T12:00:00.000Z"});

        auto second = store.append(makeRecord("b1", 2, HistoryStatus::Applied, "users", 1, kBase, "second", {"SELECT 1"}));
        QVERIFY(second);
        QCOMPARE(second->id, 2);
        QCOMPARE(second->prevHash, stored->recordHash);
    }

    void readingDoesNotCreateTheTable()
    {
        const QString path = freshPath();
        QCOMPARE(createSqliteFile(path, "CREATE TABLE users (id INTEGER PRIMARY KEY);"), QString());
        auto connection = openFile(path, Connection::Access::ReadOnly);
        QVERIFY(connection);
        HistoryStore store(connection->database());
        auto records = store.query();
        QVERIFY(records);
        QVERIFY(records->isEmpty());
        auto chain = store.verifyChain();
        QVERIFY(chain);
        QVERIFY(chain->intact);
        QVERIFY(!chain->tablePresent);
        auto batch = store.lastAppliedBatch();
        QVERIFY(batch);
        QVERIFY(!batch->has_value());
        QCOMPARE(querySqliteFile(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'schemapilot_history'"),
                 QStringList{"0"});
    }

    void queryFilters_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDateTime>("since");
        QTest::addColumn<QDateTime>("until");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected");

        const QDateTime none;
        QTest::newRow("no filter: newest first") << "" << none << none << "" << "" << 0
                                                 << QStringList{"b3-2", "b3-1", "b2-1", "b1-2", "b1-1"};
        QTest::newRow("status failed") << "failed" << none << none << "" << "" << 0 << QStringList{"b2-1"};
        QTest::newRow("status applied") << "applied" << none << none << "" << "" << 0 << QStringList{"b1-2", "b1-1"};
        QTest::newRow("since day two") << "" << kBase.addDays(1) << none << "" << "" << 0
                                       << QStringList{"b3-2", "b3-1", "b2-1"};
        QTest::newRow("until the first second") << "" << none << kBase.addSecs(1) << "" << "" << 0
                                                << QStringList{"b1-2", "b1-1"};
        QTest::newRow("since and until bracket day two") << "" << kBase.addDays(1) << kBase.addDays(1).addSecs(60) << ""
                                                         << "" << 0 << QStringList{"b2-1"};
        QTest::newRow("table users") << "" << none << none << "users" << "" << 0 << QStringList{"b3-2", "b3-1", "b1-1"};
        QTest::newRow("text in description, other case") << "" << none << none << "" << "BACKFILL" << 0
                                                         << QStringList{"b3-2"};
        QTest::newRow("text in forward sql") << "" << none << none << "" << "orders_new" << 0 << QStringList{"b2-1"};
        QTest::newRow("text with a literal percent") << "" << none << none << "" << "100%" << 0 << QStringList{"b2-1"};
        QTest::newRow("underscore is literal") << "" << none << none << "" << "legacy_f" << 0
                                               << QStringList{"b3-1"};
        QTest::newRow("text in rollback sql") << "" << none << none << "" << "drop column c2" << 0
                                              << QStringList{"b3-2", "b1-2"};
        QTest::newRow("status and table combined") << "applied" << none << none << "orders" << "" << 0
                                                   << QStringList{"b1-2"};
        QTest::newRow("limit keeps the newest") << "" << none << none << "" << "" << 2 << QStringList{"b3-2", "b3-1"};
        QTest::newRow("nothing matches") << "rolled_back" << none << none << "" << "" << 0 << QStringList{};
    }

    void queryFilters()
    {
        QFETCH(QString, status);
        QFETCH(QDateTime, since);
        QFETCH(QDateTime, until);
        QFETCH(QString, table);
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);

        auto connection = openFile(freshPath());
        QVERIFY(connection);
        HistoryStore store(connection->database());
        fillSample(store, connection->database());
        HistoryFilter filter;
        if (!status.isEmpty())
            filter.statuses << *historyStatusFromName(status);
        filter.since = since;
        filter.until = until;
        filter.table = table;
        filter.text = text;
        filter.limit = limit;
        auto records = store.query(filter);
        QVERIFY2(records, qPrintable(records ? QString() : records.error().toString()));
        QCOMPARE(migrationIds(*records), expected);
    }

    void statisticsCountRatesAndPercentiles()
    {
        auto connection = openFile(freshPath());
        QVERIFY(connection);
        HistoryStore store(connection->database());
        // 20 applied rows of 10, 20, ... 200 ms in 10 batches, one failed row of 1000 ms, one refused row.
        QVERIFY(connection->database().transaction());
        for (int i = 1; i <= 20; ++i)
            QVERIFY(store.append(makeRecord(QStringLiteral("ok%1").arg((i + 1) / 2), i, HistoryStatus::Applied, "t",
                                            i * 10, kBase.addSecs(i), "step", {"SELECT 1"})));
        QVERIFY(store.append(makeRecord("bad", 1, HistoryStatus::Failed, "t", 1000, kBase.addDays(1), "boom", {"SELECT 2"})));
        QVERIFY(store.append(makeRecord("no", 1, HistoryStatus::Refused, "t", 0, kBase.addDays(2), "refused", {"SELECT 3"})));
        QVERIFY(connection->database().commit());

        auto stats = store.statistics();
        QVERIFY(stats);
        QCOMPARE(stats->total, 22);
        QCOMPARE(stats->count(HistoryStatus::Applied), 20);
        QCOMPARE(stats->count(HistoryStatus::Failed), 1);
        QCOMPARE(stats->count(HistoryStatus::Refused), 1);
        QCOMPARE(stats->succeeded, 20);
        QCOMPARE(stats->failed, 1);
        QCOMPARE(stats->successRate, 20.0 / 21.0);
        QCOMPARE(stats->failureRate, 1.0 / 21.0);
        QCOMPARE(stats->batches, 12);
        QCOMPARE(stats->batchesSucceeded, 10);
        QCOMPARE(stats->batchesFailed, 1);
        QCOMPARE(stats->batchesRefused, 1);
        // Durations: 10..200 and 1000 (21 values; the refused row did not run).
        QCOMPARE(stats->timedCount, 21);
        QCOMPARE(stats->totalMs, 2100 + 1000);
        QCOMPARE(stats->averageMs, 3100.0 / 21.0);
        QCOMPARE(stats->p50Ms, 110);   // rank ceil(10.5) = 11
        QCOMPARE(stats->p95Ms, 200);   // rank ceil(19.95) = 20
        QCOMPARE(stats->maxMs, 1000);
        QCOMPARE(stats->firstAt, kBase.addSecs(1));
        QCOMPARE(stats->lastAt, kBase.addDays(2));

        HistoryFilter onlyApplied;
        onlyApplied.statuses << HistoryStatus::Applied;
        auto applied = store.statistics(onlyApplied);
        QVERIFY(applied);
        QCOMPARE(applied->p95Ms, 190);  // 20 values: rank 19
        QCOMPARE(applied->failureRate, 0.0);
    }

    void percentileIsNearestRank_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("empty list") << QList<qint64>{} << 0.95 << qint64(0);
        QTest::newRow("single value") << QList<qint64>{7} << 0.95 << qint64(7);
        QTest::newRow("p95 of 1..100") << [] { QList<qint64> v; for (int i = 1; i <= 100; ++i) v << i; return v; }()
                                       << 0.95 << qint64(95);
        QTest::newRow("median of four") << QList<qint64>{1, 2, 3, 4} << 0.5 << qint64(2);
    }

    void percentileIsNearestRank()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(double, p);
        QFETCH(qint64, expected);
        QCOMPARE(nearestRankPercentile(values, p), expected);
    }

    void cleanupRemovesOldRowsAndReseals()
    {
        auto connection = openFile(freshPath());
        QVERIFY(connection);
        HistoryStore store(connection->database());
        const QDateTime now = kBase;
        QVERIFY(store.append(makeRecord("old", 1, HistoryStatus::Applied, "t", 1, now.addDays(-200), "old 1", {"SELECT 1"})));
        QVERIFY(store.append(makeRecord("old", 2, HistoryStatus::Applied, "t", 1, now.addDays(-91), "old 2", {"SELECT 1"})));
        QVERIFY(store.append(makeRecord("new", 1, HistoryStatus::Applied, "t", 1, now.addDays(-89), "new 1", {"SELECT 1"})));
        QVERIFY(store.append(makeRecord("new", 2, HistoryStatus::Failed, "t", 1, now.addDays(-1), "new 2", {"SELECT 1"})));

        auto removed = store.cleanup(90, now);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().toString()));
        QCOMPARE(*removed, 2);
        auto records = store.query(HistoryFilter{.oldestFirst = true});
        QVERIFY(records);
        QCOMPARE(migrationIds(*records), (QStringList{"new-1", "new-2"}));
        QVERIFY(records->first().prevHash.isEmpty());
        auto chain = store.verifyChain();
        QVERIFY(chain);
        QVERIFY2(chain->intact, qPrintable(chain->reason));
        QCOMPARE(chain->recordCount, 2);

        // Nothing old enough: nothing removed.
        auto again = store.cleanup(90, now);
        QVERIFY(again);
        QCOMPARE(*again, 0);
        QVERIFY(!store.cleanup(-1, now));
    }

    void cleanupRefusesToEraseEvidence()
    {
        auto connection = openFile(freshPath());
        QVERIFY(connection);
        const QString path = connection->url().path;
        HistoryStore store(connection->database());
        QVERIFY(store.append(makeRecord("old", 1, HistoryStatus::Applied, "t", 1, kBase.addDays(-200), "old", {"SELECT 1"})));
        QVERIFY(store.append(makeRecord("new", 1, HistoryStatus::Applied, "t", 1, kBase, "new", {"SELECT 1"})));
        QCOMPARE(execSqliteFile(path, "UPDATE schemapilot_history SET description = 'innocent' WHERE id = 2"), QString());
        auto removed = store.cleanup(90, kBase);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(querySqliteFile(path, "SELECT count(*) FROM schemapilot_history"), QStringList{"2"});
    }

    void exportCsvQuotesPerRfc4180()
    {
        HistoryRecord record = makeRecord("b1", 1, HistoryStatus::Applied, "users", 5, kBase, "plain", {"SELECT 1"});
        record.id = 7;
        record.description = QStringLiteral("Say \"hi\", then\nleave");
        record.errorMessage = QStringLiteral("no comma");
        const QString csv = historyToCsv({record});
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(), historyColumns().join(u','));
        QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("7,b1-1,b1,\"Say \"\"hi\"\", then\nleave\",ADD_COLUMN,users,")));
        // The SQL list is JSON text with quotes, so it is quoted with doubled quotes.
        QVERIFY(csv.contains(QStringLiteral(",\"[\"\"SELECT 1\"\"]\",")));
        QVERIFY(csv.contains(QStringLiteral(",no comma,")));
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("line\r")), QStringLiteral("\"line\r\""));
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void exportWritesCsvAndJsonFiles()
    {
        auto connection = openFile(freshPath());
        QVERIFY(connection);
        HistoryStore store(connection->database());
        fillSample(store, connection->database());
        auto records = store.query();
        QVERIFY(records);

        const QString csvPath = m_dir.filePath("export.csv");
        QVERIFY(exportHistory(*records, HistoryExportFormat::Csv, csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QCOMPARE(csvText, historyToCsv(*records));
        QCOMPARE(csvText.count(QStringLiteral("\r\n")), 1 + 5);

        const QString jsonPath = m_dir.filePath("export.json");
        QVERIFY(exportHistory(*records, HistoryExportFormat::Json, jsonPath));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(object.value("count").toInt(), 5);
        const QJsonArray array = object.value("records").toArray();
        QCOMPARE(array.size(), 5);
        QCOMPARE(array.at(0).toObject().value("migration_id").toString(), QStringLiteral("b3-2"));
        QCOMPARE(array.at(2).toObject().value("forward_sql").toArray().size(), 2);
        QCOMPARE(array.at(2).toObject().value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(HistoryRecord::fromJson(array.at(2).toObject()), records->at(2));

        QVERIFY(!exportHistory(*records, HistoryExportFormat::Csv, m_dir.filePath("missing/folder/x.csv")));
    }

    void recordWrittenAfterRolledBackTransactionSurvives()
    {
        const QString path = freshPath();
        {
            auto connection = openFile(path);
            QVERIFY(connection);
            QSqlDatabase db = connection->database();
            HistoryStore store(db);
            QVERIFY(store.ensureTable());
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            QVERIFY(q.exec("CREATE TABLE half_done (id INTEGER)"));
            QVERIFY(q.exec("INSERT INTO half_done VALUES (1)"));
            QVERIFY(db.rollback());
            HistoryRecord failed = makeRecord("run", 1, HistoryStatus::Failed, "half_done", 3, kBase, "create half_done",
                                              {"CREATE TABLE half_done (id INTEGER)"});
            failed.errorMessage = QStringLiteral("boom");
            QVERIFY(store.append(failed));
        }
        QCOMPARE(querySqliteFile(path, "SELECT status || ':' || error_message FROM schemapilot_history"),
                 QStringList{"failed:boom"});
        QCOMPARE(querySqliteFile(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), QStringList{"0"});
    }

    void appendJoinsTheCallersTransaction()
    {
        const QString path = freshPath();
        auto connection = openFile(path);
        QVERIFY(connection);
        QSqlDatabase db = connection->database();
        HistoryStore store(db);
        QVERIFY(store.ensureTable());
        QVERIFY(db.transaction());
        QVERIFY(store.append(makeRecord("run", 1, HistoryStatus::Applied, "t", 1, kBase, "inside", {"SELECT 1"})));
        QVERIFY(db.rollback());
        auto records = store.query();
        QVERIFY(records);
        QVERIFY(records->isEmpty());
    }

    void chainDetectsTampering_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<qint64>("badId");

        QTest::newRow("edited description") << "UPDATE schemapilot_history SET description = 'harmless' WHERE id = 3"
                                            << "edited" << qint64(3);
        QTest::newRow("edited status of the newest") << "UPDATE schemapilot_history SET status = 'applied' WHERE id = 5"
                                                     << "edited" << qint64(5);
        QTest::newRow("edited sql") << "UPDATE schemapilot_history SET forward_sql = '[\"SELECT 2\"]' WHERE id = 1"
                                    << "edited" << qint64(1);
        QTest::newRow("deleted a middle record") << "DELETE FROM schemapilot_history WHERE id = 3" << "deleted" << qint64(4);
        QTest::newRow("deleted the oldest record") << "DELETE FROM schemapilot_history WHERE id = 1" << "deleted" << qint64(2);
        QTest::newRow("reordered two records")
            << "UPDATE schemapilot_history SET id = -2 WHERE id = 2; UPDATE schemapilot_history SET id = 2 WHERE id = 3; "
               "UPDATE schemapilot_history SET id = 3 WHERE id = -2;"
            << "reordered" << qint64(2);
        QTest::newRow("seal removed") << "UPDATE schemapilot_history SET record_hash = NULL WHERE id = 4" << "unsealed"
                                      << qint64(4);
    }

    void chainDetectsTampering()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, problem);
        QFETCH(qint64, badId);

        auto connection = openFile(freshPath());
        QVERIFY(connection);
        const QString path = connection->url().path;
        HistoryStore store(connection->database());
        fillSample(store, connection->database());
        auto intact = store.verifyChain();
        QVERIFY(intact);
        QVERIFY2(intact->intact, qPrintable(intact->reason));
        QCOMPARE(intact->recordCount, 5);

        QCOMPARE(execSqliteFile(path, tamper), QString());
        auto chain = store.verifyChain();
        QVERIFY(chain);
        QVERIFY(!chain->intact);
        QCOMPARE(chainProblemName(chain->problem), problem);
        QCOMPARE(chain->firstBadId, badId);
        QVERIFY2(chain->reason.contains(QStringLiteral("#%1").arg(badId)), qPrintable(chain->reason));
    }

    void hmacChainNeedsTheKey()
    {
        auto connection = openFile(freshPath());
        QVERIFY(connection);
        const QString path = connection->url().path;
        const QByteArray key = "0123456789abcdef0123456789abcdef";
        HistoryStore keyed(connection->database(), HistoryOptions{.hmacKey = key});
        fillSample(keyed, connection->database());
        auto good = keyed.verifyChain();
        QVERIFY(good);
        QVERIFY2(good->intact, qPrintable(good->reason));
        QCOMPARE(good->hmacSealed, 5);

        HistoryStore keyless(connection->database());
        auto withoutKey = keyless.verifyChain();
        QVERIFY(withoutKey);
        QCOMPARE(withoutKey->problem, ChainProblem::KeyRequired);

        HistoryStore wrongKey(connection->database(), HistoryOptions{.hmacKey = "another key of 16+ bytes"});
        auto wrong = wrongKey.verifyChain();
        QVERIFY(wrong);
        QCOMPARE(wrong->problem, ChainProblem::Edited);
        QCOMPARE(wrong->firstBadId, 1);

        // Someone without the key edits record 4 and re-seals from there with plain SHA-256.
        QCOMPARE(execSqliteFile(path, "UPDATE schemapilot_history SET status = 'applied' WHERE id = 4"), QString());
        auto rows = querySqliteFile(path, "SELECT record_hash FROM schemapilot_history WHERE id = 3");
        QCOMPARE(rows.size(), 1);
        HistoryStore forger(connection->database());
        QVERIFY(forger.query());
        {
            // Re-seal rows 4 and 5 the way the store would without a key.
            QSqlDatabase db = connection->database();
            QString prev = rows.first();
            for (qint64 id : {4, 5}) {
                auto all = forger.query(HistoryFilter{.oldestFirst = true});
                QVERIFY(all);
                HistoryRecord r = all->at(int(id - 1));
                r.prevHash = prev;
                const QString seal = sealHistoryContent(canonicalHistoryContent(toStoredRow(r)), {});
                QSqlQuery q(db);
                QVERIFY(q.prepare("UPDATE schemapilot_history SET prev_hash = ?, record_hash = ? WHERE id = ?"));
                q.addBindValue(prev);
                q.addBindValue(seal);
                q.addBindValue(id);
                QVERIFY(q.exec());
                prev = seal;
            }
        }
        auto forged = keyed.verifyChain();
        QVERIFY(forged);
        QVERIFY(!forged->intact);
        QCOMPARE(forged->problem, ChainProblem::Downgraded);
        QCOMPARE(forged->firstBadId, 4);
    }

    void markRolledBackUpdatesStatusAndReseals()
    {
        auto connection = openFile(freshPath());
        QVERIFY(connection);
        HistoryStore store(connection->database());
        QVERIFY(store.append(makeRecord("b1", 1, HistoryStatus::Applied, "a", 1, kBase, "b1 op1", {"SELECT 1"})));
        QVERIFY(store.append(makeRecord("b2", 1, HistoryStatus::Applied, "a", 1, kBase.addSecs(10), "b2 op1", {"SELECT 1"})));
        QVERIFY(store.append(makeRecord("b2", 2, HistoryStatus::Applied, "b", 1, kBase.addSecs(11), "b2 op2", {"SELECT 1"})));
        QVERIFY(store.append(makeRecord("b3", 1, HistoryStatus::Failed, "c", 1, kBase.addSecs(20), "b3 failed", {"SELECT 1"})));

        auto last = store.lastAppliedBatch();
        QVERIFY(last && last->has_value());
        QCOMPARE((*last)->batchId, QStringLiteral("b2"));
        QCOMPARE(migrationIds((*last)->records), (QStringList{"b2-1", "b2-2"}));
        QCOMPARE((*last)->records.at(0).rollbackSql, QStringList{"ALTER TABLE a DROP COLUMN c1"});

        auto marked = store.markRolledBack("b2");
        QVERIFY2(marked, qPrintable(marked ? QString() : marked.error().toString()));
        QCOMPARE(*marked, 2);
        auto chain = store.verifyChain();
        QVERIFY(chain);
        QVERIFY2(chain->intact, qPrintable(chain->reason));

        HistoryFilter rolledBack;
        rolledBack.statuses << HistoryStatus::RolledBack;
        auto rows = store.query(rolledBack);
        QVERIFY(rows);
        QCOMPARE(migrationIds(*rows), (QStringList{"b2-2", "b2-1"}));
        last = store.lastAppliedBatch();
        QVERIFY(last && last->has_value());
        QCOMPARE((*last)->batchId, QStringLiteral("b1"));

        auto batches = store.batches(2);
        QVERIFY(batches);
        QCOMPARE(batches->size(), 2);
        QCOMPARE(batches->at(0).batchId, QStringLiteral("b3"));
        QCOMPARE(batches->at(1).batchId, QStringLiteral("b2"));
        QCOMPARE(batches->at(1).records.size(), 2);

        // Nothing applied in this batch any more: nothing to mark.
        auto again = store.markRolledBack("b2");
        QVERIFY(again);
        QCOMPARE(*again, 0);
    }

    void markRolledBackRefusesOnABrokenChain()
    {
        auto connection = openFile(freshPath());
        QVERIFY(connection);
        const QString path = connection->url().path;
        HistoryStore store(connection->database());
        QVERIFY(store.append(makeRecord("b1", 1, HistoryStatus::Applied, "a", 1, kBase, "b1", {"SELECT 1"})));
        QVERIFY(store.append(makeRecord("b2", 1, HistoryStatus::Applied, "a", 1, kBase.addSecs(1), "b2", {"SELECT 1"})));
        QVERIFY(store.append(makeRecord("b3", 1, HistoryStatus::Applied, "a", 1, kBase.addSecs(2), "b3", {"SELECT 1"})));
        QCOMPARE(execSqliteFile(path, "UPDATE schemapilot_history SET description = 'x' WHERE id = 3"), QString());
        auto marked = store.markRolledBack("b2");
        QVERIFY(!marked);
        QCOMPARE(marked.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(querySqliteFile(path, "SELECT status FROM schemapilot_history WHERE id = 2"), QStringList{"applied"});
    }

    void upgradesAnOldTableInPlace()
    {
        const QString path = freshPath();
        // The shape before tamper evidence: no prev_hash/record_hash (and no app_version).
        QCOMPARE(createSqliteFile(path,
                                  "CREATE TABLE schemapilot_history (id INTEGER PRIMARY KEY AUTOINCREMENT, migration_id TEXT, "
                                  "batch_id TEXT, description TEXT, operation_type TEXT, table_name TEXT, forward_sql TEXT, "
                                  "rollback_sql TEXT, sql_sha256 TEXT, status TEXT, started_at TEXT, finished_at TEXT, "
                                  "execution_ms INTEGER, error_message TEXT, backup_id TEXT, operator TEXT, "
                                  "fingerprint_before TEXT, fingerprint_after TEXT, acknowledged_warnings TEXT, "
                                  "row_count_deltas TEXT);"
                                  "INSERT INTO schemapilot_history (migration_id, batch_id, description, forward_sql, status, "
                                  "started_at, execution_ms) VALUES "
                                  "('old-1', 'old', 'first', 'CREATE TABLE a (id INTEGER)', 'applied', '2025-01-01T00:00:00.000Z', 4),"
                                  "('old-2', 'old', 'second', '[\"CREATE TABLE b (id INTEGER)\"]', 'applied', '2025-01-01T00:00:01.000Z', 5),"
                                  "('old-3', 'old2', 'third', NULL, 'failed', '2025-01-02T00:00:00.000Z', 6);"),
                 QString());
        auto connection = openFile(path);
        QVERIFY(connection);
        HistoryStore store(connection->database());

        auto before = store.verifyChain();
        QVERIFY(before);
        QVERIFY(!before->intact);
        QCOMPARE(before->problem, ChainProblem::Unsealed);
        auto oldRows = store.query(HistoryFilter{.oldestFirst = true});
        QVERIFY(oldRows);
        QCOMPARE(oldRows->size(), 3);
        QCOMPARE(oldRows->at(0).forwardSql, QStringList{"CREATE TABLE a (id INTEGER)"});   // plain text reads as one statement

        QVERIFY(store.ensureTable());
        const QStringList columns = querySqliteFile(path, "SELECT name FROM pragma_table_info('schemapilot_history')");
        for (const QString &column : historyColumns())
            QVERIFY2(columns.contains(column), qPrintable(column));
        auto after = store.verifyChain();
        QVERIFY(after);
        QVERIFY2(after->intact, qPrintable(after->reason));
        QCOMPARE(after->recordCount, 3);

        auto appended = store.append(makeRecord("new", 1, HistoryStatus::Applied, "c", 1, kBase, "new", {"SELECT 1"}));
        QVERIFY(appended);
        QCOMPARE(appended->id, 4);
        auto chain = store.verifyChain();
        QVERIFY(chain && chain->intact);
        QCOMPARE(chain->headHash, appended->recordHash);

        // The upgraded rows are protected like new ones.
        QCOMPARE(execSqliteFile(path, "UPDATE schemapilot_history SET execution_ms = 1 WHERE id = 2"), QString());
        auto tampered = store.verifyChain();
        QVERIFY(tampered);
        QCOMPARE(tampered->problem, ChainProblem::Edited);
        QCOMPARE(tampered->firstBadId, 2);
    }

    void keyFileIsReadAndChecked()
    {
        const QString good = m_dir.filePath("key.good");
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("00112233445566778899aabbccddeeff\n");
        file.close();
        auto key = readHistoryKeyFile(good);
        QVERIFY(key);
        QCOMPARE(*key, QByteArray("00112233445566778899aabbccddeeff"));

        const QString shortKey = m_dir.filePath("key.short");
        QFile small(shortKey);
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("short");
        small.close();
        QVERIFY(!readHistoryKeyFile(shortKey));
        QCOMPARE(readHistoryKeyFile(m_dir.filePath("none")).error().code, ErrorCode::FileNotFound);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
