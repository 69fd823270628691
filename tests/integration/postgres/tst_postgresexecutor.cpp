// The executor on a real PostgreSQL 15 server: apply, refusals, rollback on failure, timeouts,
// the advisory migration lock and rehearsals, each in a scratch schema of its own.
#include "db/sqlexec.h"
#include "dialects/dialectregistry.h"
#include "dialects/postgres/postgresmigrationlock.h"
#include "dialects/postgres/postgresruntime.h"
#include "exec/executor.h"
#include "support/postgresfixture.h"
#include "support/postgressnapshot.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const QString kPeople = QStringLiteral(
    "CREATE TABLE people (id int PRIMARY KEY, name text, age text);"
    "INSERT INTO people VALUES (1, 'ann', '41'), (2, NULL, '7'), (3, 'bob', NULL);");
const QString kPeopleDesired = QStringLiteral("CREATE TABLE people (id int PRIMARY KEY, name text, age text);");

} // namespace

class TestPostgresExecutor final : public QObject
{
    Q_OBJECT

private:
    DialectRegistry m_dialects = DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
    int m_files = 0;

    QString schemaUrl(const PostgresScratchSchema &schema) const
    {
        return postgresTestUrl() + QStringLiteral("?schema=") + schema.name();
    }

    QString writeSchema(const QString &ddl)
    {
        const QString path = m_dir.filePath(QStringLiteral("desired-%1.sql").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(ddl.toUtf8());
        return path;
    }

    ApplyRequest request(const PostgresScratchSchema &schema, const QString &desired)
    {
        ApplyRequest r;
        r.check.url = *ConnectionUrl::parse(schemaUrl(schema));
        r.check.schemaFile = writeSchema(desired);
        r.options.backupDir = m_dir.filePath(QStringLiteral("backups-") + schema.name());
        return r;
    }

    ApplyResult apply(const ApplyRequest &r) { return Executor(m_dialects).applySync(r); }

    static QString describe(const ApplyResult &result)
    {
        return applyStatusName(result.status) + QStringLiteral(": ") + (result.error ? result.error->toString() : QString());
    }

private slots:
    void initTestCase()
    {
        SCHEMAPILOT_REQUIRE_POSTGRES();
        QVERIFY(m_dir.isValid());
    }

    void appliesAdditiveChangesAndTypeChangesKeepingRows()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople), QString());
        const ApplyResult result = apply(request(schema, QStringLiteral(
            "CREATE TABLE people (id int PRIMARY KEY, name text, age integer, email text DEFAULT 'none');"
            "CREATE TABLE pets (id int PRIMARY KEY, owner int REFERENCES people (id));"
            "CREATE INDEX people_name_idx ON people (name);")));
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(describe(result)));
        QVERIFY(!result.backupId.isEmpty());
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);
        QCOMPARE(schema.query(QStringLiteral("SELECT id || ':' || coalesce(name, '-') || ':' || coalesce(age::text, '-') || ':' || email "
                                             "FROM people ORDER BY id")),
                 (QStringList{"1:ann:41:none", "2:-:7:none", "3:bob:-:none"}));
        QCOMPARE(schema.query(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_schema = '%1' "
                                             "AND table_name = 'people' AND column_name = 'age'").arg(schema.name())),
                 QStringList{"integer"});
        // The trail lives in the target schema, one applied row per operation.
        const QStringList applied = schema.query(QStringLiteral("SELECT count(*) FROM \"%1\".schemapilot_history WHERE status = 'applied' "
                                                                "AND batch_id = '%2'").arg(schema.name(), result.batchId));
        QCOMPARE(applied, QStringList{QString::number(result.plan.steps.size())});
        // Nothing was left behind by the lock or the guard.
        QCOMPARE(schema.query(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = ((%1::bigint >> 32) & 4294967295)::oid "
                                             "AND objid = (%1::bigint & 4294967295)::oid")
                                  .arg(PostgresMigrationLock::keyFor(QStringLiteral("schemapilot_test"), schema.name()))),
                 QStringList{"0"});
        // Applying again finds nothing to do.
        const ApplyResult again = apply(request(schema, QStringLiteral(
            "CREATE TABLE people (id int PRIMARY KEY, name text, age integer, email text DEFAULT 'none');"
            "CREATE TABLE pets (id int PRIMARY KEY, owner int REFERENCES people (id));"
            "CREATE INDEX people_name_idx ON people (name);")));
        QVERIFY2(again.status == ApplyStatus::NoChanges, qPrintable(describe(again)));
    }

    void refusesDestructiveChangesWithoutConsent()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople + QStringLiteral("CREATE TABLE logs (id int); INSERT INTO logs VALUES (1), (2);")), QString());
        const QStringList before = snapshotPostgresSchema(schema);
        const ApplyResult result = apply(request(schema, QStringLiteral("CREATE TABLE people (id int PRIMARY KEY, name text);")));
        QVERIFY2(result.status == ApplyStatus::Refused, qPrintable(describe(result)));
        QVERIFY(result.error && result.error->message.contains(QStringLiteral("--allow-data-loss")));
        QCOMPARE(result.needsConsent.size(), 2);   // DROP TABLE logs (2 rows), DROP COLUMN age (2 values)
        QVERIFY(result.backupId.isEmpty());
        QCOMPARE(snapshotPostgresSchema(schema), before);
    }

    // Objects PostgreSQL keeps tied to what the plan drops or retypes (views reading views,
    // generated columns and their indexes): the apply succeeds and ends at the desired schema.
    void appliesChangesUnderDependentObjects_data()
    {
        QTest::addColumn<QString>("live");
        QTest::addColumn<QString>("desired");
        QTest::addColumn<QString>("dataQuery");
        QTest::addColumn<QStringList>("expectedRows");

        QTest::newRow("changed view moves off a dropped table")
            << QStringLiteral("CREATE TABLE t1 (id int); CREATE VIEW v AS SELECT id FROM t1;")
            << QStringLiteral("CREATE TABLE t2 (id int); CREATE VIEW v AS SELECT id FROM t2;")
            << QStringLiteral("SELECT count(*) FROM v") << QStringList{"0"};
        QTest::newRow("changed view reads a view rebuilt for a retyped column")
            << QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a varchar(10)); CREATE VIEW v1 AS SELECT id, a FROM t;"
                              "CREATE VIEW v2 AS SELECT id FROM v1 WHERE id > 1; INSERT INTO t VALUES (1, 'x'), (3, 'y');")
            << QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a text); CREATE VIEW v1 AS SELECT id, a FROM t;"
                              "CREATE VIEW v2 AS SELECT id FROM v1 WHERE id > 2;")
            << QStringLiteral("SELECT id FROM v2") << QStringList{"3"};
        const QString orders = QStringLiteral(
            "CREATE TABLE o (id int PRIMARY KEY, price numeric(10,2), total numeric GENERATED ALWAYS AS (price * 2) STORED);");
        QTest::newRow("column under a generated column retyped")
            << orders + QStringLiteral("INSERT INTO o (id, price) VALUES (1, 2.5);")
            << QString(orders).replace(QStringLiteral("(10,2)"), QStringLiteral("(12,2)"))
            << QStringLiteral("SELECT total::text FROM o") << QStringList{"5.00"};
        QTest::newRow("column under a generated column retyped while its expression changes")
            << orders + QStringLiteral("INSERT INTO o (id, price) VALUES (1, 2.5);")
            << QString(orders).replace(QStringLiteral("(10,2)"), QStringLiteral("(12,2)")).replace(QStringLiteral("* 2"), QStringLiteral("* 3"))
            << QStringLiteral("SELECT total::text FROM o") << QStringList{"7.50"};
        const QString docs = QStringLiteral(
            "CREATE TABLE docs (id int PRIMARY KEY, title text, body text,"
            " sv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, ''))) STORED);"
            "CREATE INDEX docs_sv_idx ON docs USING gin (sv);");
        QTest::newRow("generated column recreated with its index")
            << docs + QStringLiteral("INSERT INTO docs (id, title, body) VALUES (1, 'cats', 'dogs');")
            << QString(docs).replace(QStringLiteral("coalesce(title, ''))"),
                                     QStringLiteral("coalesce(title,'') || ' ' || coalesce(body,''))"))
            << QStringLiteral("SELECT id FROM docs WHERE sv @@ to_tsquery('english', 'dog')") << QStringList{"1"};
    }

    void appliesChangesUnderDependentObjects()
    {
        QFETCH(QString, live);
        QFETCH(QString, desired);
        QFETCH(QString, dataQuery);
        QFETCH(QStringList, expectedRows);
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(live), QString());
        ApplyRequest r = request(schema, desired);
        r.options.allowDataLoss = true;   // the dropped table; consent is not what this is about
        const ApplyResult result = apply(r);
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(describe(result)));
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);
        QCOMPARE(schema.query(dataQuery), expectedRows);
        const ApplyResult again = apply(request(schema, desired));
        QVERIFY2(again.status == ApplyStatus::NoChanges, qPrintable(describe(again)));
    }

    // CREATE INDEX CONCURRENTLY cannot run in a transaction block: such steps run one by one after
    // the migration's transaction commits, and the result is verified as a whole after them.
    void concurrentIndexesRunAfterTheTransactionCommits()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople), QString());
        const QString desired = QStringLiteral(
            "CREATE TABLE people (id int PRIMARY KEY, name text, age text, note text);"
            "CREATE INDEX people_name ON people (name); CREATE INDEX people_age ON people (age);");
        ApplyRequest r = request(schema, desired);
        r.check.plan.concurrentIndexes = true;
        const ApplyResult result = apply(r);
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(describe(result)));
        QCOMPARE(std::count_if(result.plan.steps.cbegin(), result.plan.steps.cend(), [](const PlanStep &s) { return !s.transactional; }), 2);
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);
        QCOMPARE(schema.query(QStringLiteral("SELECT c.relname || ':' || i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                                             " WHERE c.relnamespace = '%1'::regnamespace AND c.relname LIKE 'people\\_%' ORDER BY 1").arg(schema.name())),
                 (QStringList{"people_age:true", "people_name:true", "people_pkey:true"}));
        QCOMPARE(schema.query(QStringLiteral("SELECT status || ':' || count(*) FROM \"%1\".schemapilot_history WHERE batch_id = '%2' GROUP BY status")
                                  .arg(schema.name(), result.batchId)),
                 QStringList{QStringLiteral("applied:%1").arg(result.plan.steps.size())});
        QVERIFY2(apply(r).status == ApplyStatus::NoChanges, "applying again finds nothing to do");
    }

    // A concurrent build that fails leaves an INVALID index behind: it is dropped, the failure is
    // reported and recorded, and what the committed transaction did stays.
    void failedConcurrentIndexIsDroppedAndReported()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople + QStringLiteral("INSERT INTO people VALUES (4, 'ann', '5');")), QString());
        ApplyRequest r = request(schema, QStringLiteral(
            "CREATE TABLE people (id int PRIMARY KEY, name text, age text, note text);"
            "CREATE UNIQUE INDEX people_name ON people (name);"));
        r.check.plan.concurrentIndexes = true;
        r.check.runProbes = false;   // uncounted: the duplicate is met by the build itself
        const ApplyResult result = apply(r);
        QVERIFY2(result.status == ApplyStatus::Failed, qPrintable(describe(result)));
        QVERIFY2(result.error->message.contains(QStringLiteral("people_name")) && result.error->message.contains(QStringLiteral("committed")),
                 qPrintable(result.error->toString()));
        QCOMPARE(schema.query(QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                                             " WHERE c.relnamespace = '%1'::regnamespace AND NOT i.indisvalid").arg(schema.name())),
                 QStringList{"0"});
        QCOMPARE(schema.query(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = '%1'"
                                             " AND table_name = 'people' AND column_name = 'note'").arg(schema.name())),
                 QStringList{"1"});
        QCOMPARE(schema.query(QStringLiteral("SELECT operation_type || ':' || status FROM \"%1\".schemapilot_history"
                                             " WHERE batch_id = '%2' ORDER BY migration_id").arg(schema.name(), result.batchId)),
                 (QStringList{"ADD_COLUMN:applied", "CREATE_INDEX:failed"}));
    }

    // The probe counted values the cast cannot take: the run stops before the backup and any
    // statement, and says which values (they used to read as "keep their old type", a SQLite rule).
    void unconvertibleValuesStopTheRunBeforeItStarts()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople + QStringLiteral("UPDATE people SET age = 'forty' WHERE id = 1;")), QString());
        const QStringList before = snapshotPostgresSchema(schema);
        const ApplyRequest r = request(schema, QStringLiteral("CREATE TABLE people (id int PRIMARY KEY, name text, age integer);"));
        const ApplyResult result = apply(r);
        QVERIFY2(result.status == ApplyStatus::Failed, qPrintable(describe(result)));
        QCOMPARE(result.error->code, ErrorCode::DataViolatesSchema);
        QVERIFY2(result.error->message.contains(QStringLiteral("MF102 1 values in people.age do not convert from text to integer: "
                                                               "the migration fails")),
                 qPrintable(result.error->message));
        QVERIFY(result.backupId.isEmpty());
        QVERIFY(!QDir(r.options.backupDir).exists() || QDir(r.options.backupDir).isEmpty());
        QCOMPARE(snapshotPostgresSchema(schema), before);
    }

    void failingStatementRollsBackEverythingAndIsRecorded()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople), QString());
        const QStringList before = snapshotPostgresSchema(schema);
        // A new table and column first, then SET NOT NULL meets the NULL name of row 2.
        ApplyRequest r = request(schema, QStringLiteral(
            "CREATE TABLE audit (id int PRIMARY KEY);"
            "CREATE TABLE people (id int PRIMARY KEY, name text NOT NULL, age text, note text);"));
        r.options.autoBackup = false;
        r.check.runProbes = false;   // uncounted: SET NOT NULL itself meets the NULL
        const ApplyResult result = apply(r);
        QVERIFY2(result.status == ApplyStatus::Failed, qPrintable(describe(result)));
        QVERIFY2(result.error->message.contains(QStringLiteral("rolled back")), qPrintable(result.error->toString()));
        QCOMPARE(snapshotPostgresSchema(schema), before);
        QCOMPARE(schema.query(QStringLiteral("SELECT status FROM \"%1\".schemapilot_history WHERE batch_id = '%2'")
                                  .arg(schema.name(), result.batchId)),
                 QStringList{"failed"});
    }

    void timeoutInterruptsAStatementWaitingForALock()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople), QString());
        const QStringList before = snapshotPostgresSchema(schema);
        // Another session reads people in an open transaction: ALTER TABLE waits for it.
        auto blocker = openServer(postgresTestUrl(), QStringLiteral("blocker"));
        QVERIFY(blocker);
        QVERIFY(execSql((*blocker)->database(), QStringLiteral("BEGIN")));
        QVERIFY(execSql((*blocker)->database(), QStringLiteral("SELECT count(*) FROM \"%1\".people").arg(schema.name())));
        ApplyRequest r = request(schema, kPeopleDesired.chopped(2) + QStringLiteral(", extra int);"));
        r.options.autoBackup = false;
        r.options.maxExecutionTimeMs = 800;
        QElapsedTimer timer;
        timer.start();
        const ApplyResult result = apply(r);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(execSql((*blocker)->database(), QStringLiteral("ROLLBACK")));
        QVERIFY2(result.status == ApplyStatus::TimedOut, qPrintable(describe(result)));
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        QCOMPARE(snapshotPostgresSchema(schema), before);
        QCOMPARE(schema.query(QStringLiteral("SELECT status FROM \"%1\".schemapilot_history WHERE batch_id = '%2'")
                                  .arg(schema.name(), result.batchId)),
                 QStringList{"timed_out"});
    }

    void guardCancelsARunningStatement()
    {
        auto connection = openServer(postgresTestUrl(), QStringLiteral("guarded"));
        QVERIFY(connection);
        PostgresRuntime runtime;
        QElapsedTimer timer;
        timer.start();
        Result<void> slept;
        {
            auto guard = runtime.guard(**connection, [&timer] { return timer.elapsed() > 300; });
            slept = execSql((*connection)->database(), QStringLiteral("SELECT pg_sleep(10)"));
        }
        QVERIFY(!slept);
        QVERIFY2(slept.error().driverText.contains(QStringLiteral("cancel")), qPrintable(slept.error().toString()));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        // The connection is still usable afterwards.
        QCOMPARE(queryScalar((*connection)->database(), QStringLiteral("SELECT 41 + 1"))->toInt(), 42);
    }

    void lockHeldByAnotherSessionRefusesWithTheHolder()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople), QString());
        const QStringList before = snapshotPostgresSchema(schema);
        const ConnectionUrl url = *ConnectionUrl::parse(schemaUrl(schema));
        PostgresMigrationLock holder(url);
        auto held = holder.acquire();
        QVERIFY2(held, qPrintable(held ? QString() : held.error().toString()));
        QVERIFY(holder.backendPid() > 0);

        auto peeked = PostgresMigrationLock(url).peek();
        QVERIFY(peeked && peeked->held);
        QCOMPARE(peeked->pid, holder.backendPid());
        QVERIFY2(peeked->owner.contains(QStringLiteral("schemapilot")), qPrintable(peeked->owner));
        QVERIFY(peeked->acquiredAt.isValid());

        ApplyRequest r = request(schema, kPeopleDesired.chopped(2) + QStringLiteral(", extra int);"));
        const ApplyResult refused = apply(r);
        QVERIFY2(refused.status == ApplyStatus::Refused, qPrintable(describe(refused)));
        QCOMPARE(refused.error->code, ErrorCode::LockHeld);
        QVERIFY2(refused.error->message.contains(QStringLiteral("pid %1").arg(holder.backendPid())), qPrintable(refused.error->message));
        QCOMPARE(snapshotPostgresSchema(schema), before);

        // Another schema of the same database has a lock of its own.
        PostgresScratchSchema other;
        QCOMPARE(other.create(QStringLiteral("tst_pgexec")), QString());
        PostgresMigrationLock otherLock(*ConnectionUrl::parse(schemaUrl(other)));
        QVERIFY(otherLock.acquire());

        // A killed holder's lock goes with its session: the next run takes it.
        QCOMPARE(schema.query(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(holder.backendPid())), QStringList{"true"});
        QTRY_COMPARE_WITH_TIMEOUT(schema.query(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(holder.backendPid())),
                                  QStringList{"0"}, 5000);
        const ApplyResult applied = apply(r);
        QVERIFY2(applied.status == ApplyStatus::Applied, qPrintable(describe(applied)));
    }

    void rehearsalRunsOnAScratchDatabaseAndDropsIt()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople), QString());
        const QStringList before = snapshotPostgresSchema(schema);
        const QString copies = QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'schemapilot_rehearsal_%'");
        const QStringList copiesBefore = schema.query(copies);
        ApplyRequest r = request(schema, QStringLiteral("CREATE TABLE people (id int PRIMARY KEY, name text, age integer);"));
        r.options.mode = ApplyMode::Rehearse;
        const ApplyResult result = apply(r);
        QVERIFY2(result.status == ApplyStatus::DryRun, qPrintable(describe(result)));
        QVERIFY(result.rehearsed);
        QCOMPARE(result.rehearsalStatus, std::optional<ApplyStatus>(ApplyStatus::Applied));
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);
        QCOMPARE(snapshotPostgresSchema(schema), before);
        QCOMPARE(schema.query(copies), copiesBefore);
    }

    void preflightRefusesInvalidIndexesAndUnvalidatedConstraints()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople + QStringLiteral("CREATE TABLE pets (id int, owner int);"
                                                      "INSERT INTO pets VALUES (1, 99);"
                                                      "ALTER TABLE pets ADD CONSTRAINT pets_owner_fk FOREIGN KEY (owner) "
                                                      "REFERENCES people (id) NOT VALID;")),
                 QString());
        PostgresRuntime runtime;
        auto fk = runtime.checkForeignKeys(schema.database());
        QVERIFY(!fk);
        QCOMPARE(fk.error().code, ErrorCode::IntegrityCheckFailed);
        QVERIFY2(fk.error().driverText.contains(QStringLiteral("pets_owner_fk")), qPrintable(fk.error().toString()));
        QVERIFY(runtime.checkIntegrity(schema.database(), IntegrityLevel::Quick));

        QCOMPARE(schema.exec(QStringLiteral("ALTER TABLE pets DROP CONSTRAINT pets_owner_fk;"
                                            "ALTER TABLE people ADD CONSTRAINT age_short CHECK (length(age) < 2) NOT VALID;")),
                 QString());
        QVERIFY(runtime.checkForeignKeys(schema.database()));
        auto check = runtime.checkIntegrity(schema.database(), IntegrityLevel::Full);
        QVERIFY(!check);
        QVERIFY2(check.error().driverText.contains(QStringLiteral("age_short")), qPrintable(check.error().toString()));

        const QStringList before = snapshotPostgresSchema(schema);
        const ApplyResult result = apply(request(schema, QStringLiteral(
            "CREATE TABLE people (id int PRIMARY KEY, name text, age text CONSTRAINT age_short CHECK (length(age) < 2), x int);"
            "CREATE TABLE pets (id int, owner int);")));
        QVERIFY2(result.status == ApplyStatus::Refused, qPrintable(describe(result)));
        QCOMPARE(result.error->code, ErrorCode::IntegrityCheckFailed);
        QCOMPARE(snapshotPostgresSchema(schema), before);
    }

    void foreignKeyEnforcementIsNeverSwitchedOff()
    {
        auto connection = openServer(postgresTestUrl(), QStringLiteral("fk"));
        QVERIFY(connection);
        PostgresRuntime runtime;
        auto previous = runtime.setForeignKeyEnforcement((*connection)->database(), false);
        QVERIFY(previous && *previous);
        QCOMPARE(queryScalar((*connection)->database(), QStringLiteral("SHOW session_replication_role"))->toString(),
                 QStringLiteral("origin"));
    }

    void tableDigestIgnoresRowOrderButSeesChanges()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgexec")), QString());
        QCOMPARE(schema.exec(kPeople), QString());
        auto connection = openServer(schemaUrl(schema), QStringLiteral("digest"));
        QVERIFY(connection);
        PostgresRuntime runtime;
        const QStringList columns{QStringLiteral("id"), QStringLiteral("name")};
        auto first = runtime.tableDigest(**connection, QStringLiteral("people"), columns);
        QVERIFY(first);
        QCOMPARE(first->rows, 3);
        // An update that changes nothing rewrites the rows (new physical order), same digest.
        QCOMPARE(schema.exec(QStringLiteral("UPDATE people SET name = name WHERE id = 1; CLUSTER people USING people_pkey;")), QString());
        QCOMPARE(*runtime.tableDigest(**connection, QStringLiteral("people"), columns), *first);
        auto idsOnly = runtime.tableDigest(**connection, QStringLiteral("people"), {QStringLiteral("id")});
        QVERIFY(idsOnly);
        QCOMPARE(schema.exec(QStringLiteral("UPDATE people SET name = 'anne' WHERE id = 1")), QString());
        auto changed = runtime.tableDigest(**connection, QStringLiteral("people"), columns);
        QCOMPARE(changed->rows, 3);
        QVERIFY(changed->hash != first->hash);
        // Columns left out of the digest may change freely.
        QCOMPARE(*runtime.tableDigest(**connection, QStringLiteral("people"), {QStringLiteral("id")}), *idsOnly);
        QCOMPARE(schema.exec(QStringLiteral("DELETE FROM people WHERE id = 3")), QString());
        QCOMPARE(runtime.tableDigest(**connection, QStringLiteral("people"), columns)->rows, 2);
    }
};

QTEST_GUILESS_MAIN(TestPostgresExecutor)
#include "tst_postgresexecutor.moc"
