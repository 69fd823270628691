// The audit trail on real PostgreSQL and MariaDB servers: the DDL, the portable LIKE escape,
// explicit ids, the in-place upgrade and the chain. Servers come from SCHEMAPILOT_TEST_PG_URL and
// SCHEMAPILOT_TEST_MYSQL_URL (scripts/servers/*.sh start); skipped locally without them, failed in CI.
#include "db/connection.h"
#include "db/sqlexec.h"
#include "history/historystore.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace SchemaPilot::Core;

namespace {

const QDateTime kBase = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

HistoryRecord record(const QString &batch, int n, HistoryStatus status, const QString &description)
{
    HistoryRecord r;
    r.batchId = batch;
    r.migrationId = QStringLiteral("%1-%2").arg(batch).arg(n);
    r.operationType = QStringLiteral("ADD_COLUMN");
    r.tableName = QStringLiteral("users");
    r.description = description;
    r.forwardSql = {QStringLiteral("ALTER TABLE users ADD COLUMN c%1 TEXT").arg(n)};
    r.rollbackSql = {QStringLiteral("ALTER TABLE users DROP COLUMN c%1").arg(n)};
    r.status = status;
    r.executionMs = 10 * n;
    r.startedAt = kBase.addSecs(n);
    r.rowCountDeltas = QJsonObject{{QStringLiteral("users"), n}};
    return r;
}

} // namespace

class TestHistoryServers final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_connection;
    QString m_table;

    bool connect(const char *variable)
    {
        const QString text = qEnvironmentVariable(variable);
        if (text.isEmpty())
            return false;
        auto url = ConnectionUrl::parse(text);
        if (!url)
            return false;
        auto connection = Connection::open(*url, Connection::Access::ReadWrite, QStringLiteral("history-server-test"));
        if (!connection) {
            qWarning("%s", qPrintable(connection.error().toString()));
            return false;
        }
        m_connection = std::move(*connection);
        m_table = QStringLiteral("schemapilot_history_t%1").arg(QRandomGenerator::global()->bounded(1000000));
        return true;
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::newRow("postgresql") << QByteArray("SCHEMAPILOT_TEST_PG_URL");
        QTest::newRow("mariadb") << QByteArray("SCHEMAPILOT_TEST_MYSQL_URL");
    }

    void roundTrip()
    {
        QFETCH(QByteArray, variable);
        if (!connect(variable.constData())) {
            const QByteArray why = variable + " is unset or the server is unreachable (scripts/servers/*.sh start)";
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
        QSqlDatabase db = m_connection->database();
        HistoryStore store(db, HistoryOptions{.tableName = m_table});
        auto cleanup = qScopeGuard([&] { execSql(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_table)); });

        QVERIFY2(store.ensureTable(), "create");
        QVERIFY2(store.ensureTable(), "second create is a no-op");
        auto stored = store.appendAll({record("b1", 1, HistoryStatus::Applied, "Add c1 (50% done)"),
                                       record("b1", 2, HistoryStatus::Applied, "Add c2"),
                                       record("b2", 3, HistoryStatus::Failed, "Add C3_special")});
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        auto all = store.query(HistoryFilter{.oldestFirst = true});
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0), stored->at(0));
        QCOMPARE(all->at(2).rowCountDeltas.value("users").toInt(), 3);

        HistoryFilter text;
        text.text = QStringLiteral("c3_SPECIAL");
        auto found = store.query(text);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        text.text = QStringLiteral("50%");
        found = store.query(text);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().migrationId, QStringLiteral("b1-1"));

        auto stats = store.statistics();
        QVERIFY(stats);
        QCOMPARE(stats->total, 3);
        QCOMPARE(stats->p95Ms, 30);

        auto marked = store.markRolledBack(QStringLiteral("b1"));
        QVERIFY2(marked, qPrintable(marked ? QString() : marked.error().toString()));
        QCOMPARE(*marked, 2);
        auto chain = store.verifyChain();
        QVERIFY(chain);
        QVERIFY2(chain->intact, qPrintable(chain->reason));
        QCOMPARE(chain->recordCount, 3);

        QVERIFY(execSql(db, QStringLiteral("UPDATE %1 SET status = 'applied' WHERE id = 3").arg(m_table)));
        chain = store.verifyChain();
        QVERIFY(chain);
        QCOMPARE(chain->problem, ChainProblem::Edited);
        QCOMPARE(chain->firstBadId, 3);
    }

    void upgradesOldTable_data() { roundTrip_data(); }

    void upgradesOldTable()
    {
        QFETCH(QByteArray, variable);
        if (!connect(variable.constData())) {
            const QByteArray why = variable + " is unset or the server is unreachable (scripts/servers/*.sh start)";
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
        QSqlDatabase db = m_connection->database();
        auto cleanup = qScopeGuard([&] { execSql(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_table)); });
        QVERIFY(execSql(db, QStringLiteral("CREATE TABLE %1 (id BIGINT PRIMARY KEY, migration_id VARCHAR(100), batch_id VARCHAR(64), "
                                           "status VARCHAR(16), started_at VARCHAR(32), execution_ms BIGINT)").arg(m_table)));
        QVERIFY(execSql(db, QStringLiteral("INSERT INTO %1 VALUES (1, 'o-1', 'o', 'applied', '2025-01-01T00:00:00.000Z', 5)").arg(m_table)));
        QVERIFY(execSql(db, QStringLiteral("INSERT INTO %1 VALUES (2, 'o-2', 'o', 'failed', '2025-01-01T00:00:01.000Z', 7)").arg(m_table)));
        HistoryStore store(db, HistoryOptions{.tableName = m_table});
        QCOMPARE(store.verifyChain()->problem, ChainProblem::Unsealed);
        auto ok = store.ensureTable();
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        auto appended = store.append(record("n", 1, HistoryStatus::Applied, "after upgrade"));
        QVERIFY(appended);
        QCOMPARE(appended->id, 3);
        auto chain = store.verifyChain();
        QVERIFY(chain);
        QVERIFY2(chain->intact, qPrintable(chain->reason));
        QCOMPARE(chain->recordCount, 3);
    }
};

QTEST_GUILESS_MAIN(TestHistoryServers)
#include "tst_historyservers.moc"
