// Applying migrations to a real MariaDB: DDL commits at once there, so a failure is undone by
// restoring the verified pre-migration backup; timeouts interrupt with KILL QUERY; the lock is
// GET_LOCK on a session of its own.
#include "db/sqlexec.h"
#include "dialects/mysql/mysqlmigrationlock.h"
#include "dialects/mysql/mysqlruntime.h"
#include "exec/executor.h"
#include "exec/rollback.h"
#include "history/historystore.h"
#include "support/mysqlfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace SchemaPilot::Core;
using SchemaPilot::Test::MysqlTestDatabase;

namespace {

const char kUsers[] = R"(
CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, age VARCHAR(10) NULL);
INSERT INTO users (name, age) VALUES ('ada', '36'), ('bob', '41'), ('cy', NULL), ('dee', '7');
)";

const char kUsersWanted[] = R"(
CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, age INT NULL,
                    email VARCHAR(100) NULL);
CREATE TABLE posts (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id INT NOT NULL, title VARCHAR(200) NOT NULL,
                    CONSTRAINT posts_user FOREIGN KEY (user_id) REFERENCES users (id));
)";

// Same as kUsers but without `age`: dropping a column with values needs consent.
const char kUsersWithoutAge[] = R"(
CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL);
)";

// A new table and column (they run), then a unique index the duplicate names make fail.
const char kUsersUniqueName[] = R"(
CREATE TABLE audit (id INT NOT NULL PRIMARY KEY, note VARCHAR(20) NULL);
CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, age VARCHAR(10) NULL,
                    email VARCHAR(100) NULL, UNIQUE KEY users_name (name));
)";

QStringList operations(const ApplyResult &result)
{
    QStringList list;
    for (const PlanStep &step : result.plan.steps)
        list << operationTypeName(step.type) + u' ' + step.table;
    return list;
}

} // namespace

class TestMysqlExecutor final : public QObject
{
    Q_OBJECT

    DialectRegistry m_dialects = DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;

    ApplyRequest requestFor(const MysqlTestDatabase &db, const QString &wantedSql) const
    {
        return db.applyRequest(m_dir.path(), wantedSql);
    }

    static QString explain(const ApplyResult &result)
    {
        return QStringLiteral("%1: %2\nplan: %3").arg(applyStatusName(result.status),
                                                       result.error ? result.error->toString() : QStringLiteral("no error"),
                                                       operations(result).join(QStringLiteral(", ")));
    }

private slots:
    void appliesAdditiveChangesAndTypeChangeKeepingRows()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kUsers)), QString());
        const ApplyResult result = Executor(m_dialects).applySync(requestFor(db, QString::fromLatin1(kUsersWanted)));
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(explain(result)));
        QVERIFY(!result.backupId.isEmpty());
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);
        QVERIFY2(result.plan.warnings.size() > 0 && !result.plan.transactional, "the plan must say it is not transactional");
        // The VARCHAR ages became numbers, NULL stayed NULL, nobody was lost.
        QCOMPARE(db.column(QStringLiteral("SELECT CONCAT(name, '=', IFNULL(age + 0, 'null')) FROM users ORDER BY id")),
                 QStringList({QStringLiteral("ada=36"), QStringLiteral("bob=41"), QStringLiteral("cy=null"), QStringLiteral("dee=7")}));
        QCOMPARE(db.column(QStringLiteral("SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                          "AND TABLE_NAME = 'users' AND COLUMN_NAME = 'age'")),
                 QStringList{QStringLiteral("int")});
        QCOMPARE(db.column(QStringLiteral("SELECT COUNT(*) FROM posts")), QStringList{QStringLiteral("0")});
        auto history = HistoryStore(db.database()).query({});
        QVERIFY2(history && history->size() == result.plan.steps.size(), "one applied history row per step");
        QCOMPARE(history->first().batchId, result.batchId);
        QCOMPARE(int(history->first().status), int(HistoryStatus::Applied));
        // Run again: nothing left to do.
        const ApplyResult again = Executor(m_dialects).applySync(requestFor(db, QString::fromLatin1(kUsersWanted)));
        QVERIFY2(again.status == ApplyStatus::NoChanges, qPrintable(explain(again)));
    }

    // Sakila's customer table: filling NULL emails for a new NOT NULL must not stamp last_update,
    // the verification would see the kept column change and undo the whole migration.
    void notNullBackfillLeavesOnUpdateTimestampsAlone()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QStringLiteral(
                     "CREATE TABLE customer (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(50) NULL,"
                     " last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);"
                     "INSERT INTO customer (email, last_update) VALUES ('a@x', '2006-02-15 04:57:20'), (NULL, '2006-02-15 04:57:20');")),
                 QString());
        const QString wanted = QStringLiteral(
            "CREATE TABLE customer (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(50) NOT NULL DEFAULT '',"
            " last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);");
        const ApplyResult result = Executor(m_dialects).applySync(requestFor(db, wanted));
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(explain(result)));
        QCOMPARE(db.column(QStringLiteral("SELECT CONCAT(id, '|', email, '|', last_update) FROM customer ORDER BY id")),
                 QStringList({QStringLiteral("1|a@x|2006-02-15 04:57:20"), QStringLiteral("2||2006-02-15 04:57:20")}));
    }

    // The employees sample's MyISAM table with CHECKSUM=1 moved to InnoDB: the option goes away
    // with CHECKSUM=0 ("CHECKSUM=DEFAULT" is a syntax error).
    // The same with a BEFORE UPDATE trigger that stamps the row: it must not fire for the backfill,
    // and it must still be there (and fire) afterwards.
    void notNullBackfillDoesNotFireUpdateTriggers()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString table = QStringLiteral(
            "CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, body VARCHAR(20) %1, updated_at DATETIME NULL);"
            "CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW SET NEW.updated_at = '2030-01-01 00:00:00';");
        QCOMPARE(db.exec(table.arg(QStringLiteral("NULL"))
                         + QStringLiteral("INSERT INTO notes VALUES (1, 'a', '2001-02-03 04:05:06'), (2, NULL, '2001-02-03 04:05:06');")),
                 QString());
        const ApplyResult result = Executor(m_dialects).applySync(requestFor(db, table.arg(QStringLiteral("NOT NULL DEFAULT ''"))));
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(explain(result)));
        QCOMPARE(db.column(QStringLiteral("SELECT CONCAT(id, '|', body, '|', updated_at) FROM notes ORDER BY id")),
                 QStringList({QStringLiteral("1|a|2001-02-03 04:05:06"), QStringLiteral("2||2001-02-03 04:05:06")}));
        QCOMPARE(db.exec(QStringLiteral("UPDATE notes SET body = 'b' WHERE id = 2")), QString());
        QCOMPARE(db.column(QStringLiteral("SELECT CONCAT(updated_at) FROM notes WHERE id = 2")), QStringList{QStringLiteral("2030-01-01 00:00:00")});
    }

    void tableOptionDroppedWithItsResetValue()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE misc (id INT NOT NULL PRIMARY KEY, code VARCHAR(10)) ENGINE=MyISAM CHECKSUM=1"
                                        " DELAY_KEY_WRITE=1 PACK_KEYS=1;"
                                        "INSERT INTO misc VALUES (1, 'A1');")),
                 QString());
        const ApplyResult result = Executor(m_dialects).applySync(
            requestFor(db, QStringLiteral("CREATE TABLE misc (id INT NOT NULL PRIMARY KEY, code VARCHAR(10)) ENGINE=InnoDB;")));
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(explain(result)));
        QCOMPARE(db.column(QStringLiteral("SELECT CONCAT(ENGINE, '|', CREATE_OPTIONS) FROM information_schema.TABLES"
                                          " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'misc'")),
                 QStringList{QStringLiteral("InnoDB|")});
        QCOMPARE(db.column(QStringLiteral("SELECT code FROM misc")), QStringList{QStringLiteral("A1")});
    }

    // Rounding a DECIMAL, dropping fractional seconds or squeezing a DOUBLE into FLOAT changes
    // values for good: counted (only the values that change), refused without consent.
    void lossyTypeChangesNeedConsent()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QStringLiteral(
                     "CREATE TABLE t (id int PRIMARY KEY, d decimal(10,4), ts datetime(6), f double, g double);"
                     "INSERT INTO t VALUES (1, 1.2345, '2024-01-01 10:00:00.123456', 3.141592653589793, 2.5),"
                     " (2, 1.2300, '2024-01-01 10:00:00', 0.5, 2), (3, NULL, NULL, NULL, NULL);")),
                 QString());
        const QStringList before = db.snapshot();
        const QString narrower = QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, d decimal(10,2), ts datetime, f float, g int);");
        ApplyResult result = Executor(m_dialects).applySync(requestFor(db, narrower));
        QVERIFY2(result.status == ApplyStatus::Refused, qPrintable(explain(result)));
        QCOMPARE(result.needsConsent.size(), 4);
        for (const ConsentItem &item : std::as_const(result.needsConsent))
            QCOMPARE(item.rowsLost, 1);   // row 2 converts exactly, row 3 is NULL
        QCOMPARE(db.snapshot(), before);

        ApplyRequest consent = requestFor(db, narrower);
        consent.options.allowDataLoss = true;
        result = Executor(m_dialects).applySync(consent);
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(explain(result)));
        QCOMPARE(db.column(QStringLiteral("SELECT CONCAT_WS('|', d, ts) FROM t WHERE id = 1")),
                 QStringList{QStringLiteral("1.23|2024-01-01 10:00:00")});
    }

    void refusesDataLossWithoutConsentLeavingEverything()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kUsers)), QString());
        const QStringList before = db.snapshot();
        const ApplyResult result = Executor(m_dialects).applySync(requestFor(db, QString::fromLatin1(kUsersWithoutAge)));
        QVERIFY2(result.status == ApplyStatus::Refused, qPrintable(explain(result)));
        QCOMPARE(result.error->code, ErrorCode::Refused);
        QCOMPARE(result.needsConsent.size(), 1);
        QCOMPARE(result.needsConsent.first().rowsLost, 3);   // three non-NULL ages
        QCOMPARE(db.snapshot(), before);
    }

    void refusesNoBackupBecauseDdlIsNotTransactional()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kUsers)), QString());
        const QStringList before = db.snapshot();
        ApplyRequest request = requestFor(db, QString::fromLatin1(kUsersWanted));
        request.options.autoBackup = false;
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::Refused, qPrintable(explain(result)));
        QVERIFY2(result.error->message.contains(QStringLiteral("--no-backup")), qPrintable(result.error->message));
        QCOMPARE(db.snapshot(), before);
    }

    void failureInTheMiddleRestoresThePriorState()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kUsers) + QStringLiteral("INSERT INTO users (name, age) VALUES ('ada', '99');")),
                 QString());
        const QStringList before = db.snapshot();
        ApplyRequest request = requestFor(db, QString::fromLatin1(kUsersUniqueName));
        request.check.runProbes = false;   // uncounted: the unique index itself meets the duplicate
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::Failed, qPrintable(explain(result)));
        // Some steps ran before the unique index failed on the duplicate 'ada' ...
        QVERIFY2(!result.executedSteps.isEmpty(), qPrintable(explain(result)));
        const int failedStep = int(result.executedSteps.size());
        QVERIFY(failedStep < result.plan.steps.size());
        QCOMPARE(result.plan.steps.at(failedStep).type, OperationType::CreateIndex);
        QVERIFY2(result.error->message.contains(QStringLiteral("Step %1").arg(failedStep + 1)), qPrintable(result.error->message));
        // ... and the pre-migration backup put everything back.
        QVERIFY(result.restoredFromBackup);
        QVERIFY2(result.error->message.contains(result.backupId), qPrintable(result.error->message));
        QCOMPARE(db.snapshot(), before);
        QCOMPARE(db.column(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                          "AND TABLE_NAME = 'audit'")),
                 QStringList{QStringLiteral("0")});
        // The failed run is in the history (written after the restore).
        auto history = HistoryStore(db.database()).query({});
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->first().batchId, result.batchId);
        QCOMPARE(int(history->first().status), int(HistoryStatus::Failed));
    }

    // Widening a key that a foreign key points at, then undoing it both ways. The SQL rollback
    // re-adds the key with foreign_key_checks off, where the server stores RESTRICT as NO ACTION;
    // the backup restore must not recreate the child table while the parent still has the wider key.
    // Counted, the same duplicate stops the run before its first statement: no backup, no restore.
    void countedDuplicatesStopBeforeAnyStatement()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kUsers) + QStringLiteral("INSERT INTO users (name, age) VALUES ('ada', '99');")),
                 QString());
        const QStringList before = db.snapshot();
        const ApplyRequest request = requestFor(db, QString::fromLatin1(kUsersUniqueName));
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::Failed, qPrintable(explain(result)));
        QCOMPARE(result.error->code, ErrorCode::DataViolatesSchema);
        QVERIFY2(result.error->message.contains(QStringLiteral("MF103")), qPrintable(result.error->message));
        QVERIFY(result.executedSteps.isEmpty());
        QVERIFY(result.backupId.isEmpty());
        QVERIFY(!result.restoredFromBackup);
        QVERIFY(!QDir(request.options.backupDir).exists() || QDir(request.options.backupDir).isEmpty());
        QCOMPARE(db.column(QStringLiteral("SELECT status FROM schemapilot_history")), QStringList{QStringLiteral("failed")});
        QCOMPARE(db.snapshot(), before);   // SchemaPilot's own tables left out
    }

    void foreignKeyWideningRollsBackBySqlAndFromBackup()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString parentChild = QStringLiteral(
            "CREATE TABLE u (id %1 NOT NULL PRIMARY KEY);\n"
            "CREATE TABLE o (id INT NOT NULL PRIMARY KEY, uid %1 NOT NULL,\n"
            "                CONSTRAINT fo FOREIGN KEY (uid) REFERENCES u (id) ON DELETE RESTRICT ON UPDATE RESTRICT);\n");
        QCOMPARE(db.exec(parentChild.arg(QStringLiteral("INT")) + QStringLiteral("INSERT INTO u VALUES (1), (2); INSERT INTO o VALUES (10, 1), (11, 2);")),
                 QString());
        const QStringList before = db.snapshot();
        const QString wider = parentChild.arg(QStringLiteral("BIGINT"));

        ApplyRequest request = requestFor(db, wider);
        ApplyResult applied = Executor(m_dialects).applySync(request);
        QVERIFY2(applied.status == ApplyStatus::Applied, qPrintable(explain(applied)));
        RollbackRequest undo;
        undo.url = db.url();
        undo.backupDir = request.options.backupDir;
        auto bySql = rollbackLastBatch(m_dialects, undo);
        QVERIFY2(bySql, qPrintable(bySql ? QString() : bySql.error().toString()));
        QCOMPARE(bySql->method, QStringLiteral("sql"));
        QCOMPARE(db.snapshot(), before);

        request = requestFor(db, wider);
        applied = Executor(m_dialects).applySync(request);
        QVERIFY2(applied.status == ApplyStatus::Applied, qPrintable(explain(applied)));
        undo.backupDir = request.options.backupDir;
        undo.fromBackup = true;
        auto restored = rollbackLastBatch(m_dialects, undo);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QCOMPARE(restored->method, QStringLiteral("backup"));
        QCOMPARE(db.snapshot(), before);
    }

    void timeoutInterruptsAWaitingStatementAndRestores()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kUsers)), QString());
        const QStringList before = db.snapshot();
        // A reader inside SLEEP holds the table's metadata lock: the ALTER TABLE waits behind it.
        const ConnectionUrl url = db.url();
        std::thread sleeper([url] {
            auto connection = Connection::open(url, Connection::Access::ReadWrite, QStringLiteral("sleeper"));
            if (connection)
                (void)runQuery((*connection)->database(), QStringLiteral("SELECT SLEEP(4) FROM users LIMIT 1"));
        });
        QTest::qWait(300);
        ApplyRequest request = requestFor(db, QString::fromLatin1(kUsersWanted));
        request.options.maxExecutionTimeMs = 1500;
        QElapsedTimer timer;
        timer.start();
        const ApplyResult result = Executor(m_dialects).applySync(request);
        sleeper.join();
        QVERIFY2(result.status == ApplyStatus::TimedOut, qPrintable(explain(result)));
        QCOMPARE(result.error->code, ErrorCode::TimedOut);
        QVERIFY2(result.transactionMs < 3500, qPrintable(QString::number(result.transactionMs)));
        QVERIFY2(result.restoredFromBackup, qPrintable(explain(result)));
        QCOMPARE(db.snapshot(), before);
    }

    void refusesWhileAnotherSessionHoldsTheLockAndNotAfterItDies()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kUsers)), QString());
        const QStringList before = db.snapshot();
        MysqlMigrationLock other(db.url());
        auto held = other.acquire();
        QVERIFY2(held, qPrintable(held ? QString() : held.error().toString()));
        const ApplyResult refused = Executor(m_dialects).applySync(requestFor(db, QString::fromLatin1(kUsersWanted)));
        QVERIFY2(refused.status == ApplyStatus::Refused, qPrintable(explain(refused)));
        QCOMPARE(refused.error->code, ErrorCode::LockHeld);
        const QString holder = QStringLiteral("connection %1").arg(other.connectionId());
        QVERIFY2(refused.error->message.contains(holder) && refused.error->message.contains(db.url().user + u'@'),
                 qPrintable(refused.error->message));
        QVERIFY2(refused.error->message.contains(QStringLiteral(" since ")), qPrintable(refused.error->message));
        QCOMPARE(db.snapshot(), before);
        auto peeked = MysqlMigrationLock(db.url()).peek();
        QVERIFY(peeked && peeked->held);
        // The holder's session is killed (a crashed migration): the server drops its lock with it.
        QCOMPARE(db.exec(QStringLiteral("KILL %1").arg(other.connectionId())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!MysqlMigrationLock(db.url()).peek()->held, 3000);
        const ApplyResult applied = Executor(m_dialects).applySync(requestFor(db, QString::fromLatin1(kUsersWanted)));
        QVERIFY2(applied.status == ApplyStatus::Applied, qPrintable(explain(applied)));
    }

    void rehearsesOnAScratchCopyAndDropsIt()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kUsers)), QString());
        const QStringList before = db.snapshot();
        ApplyRequest request = requestFor(db, QString::fromLatin1(kUsersWanted));
        request.options.mode = ApplyMode::Rehearse;
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::DryRun, qPrintable(explain(result)));
        QVERIFY(result.rehearsed);
        QCOMPARE(result.rehearsalStatus, std::optional<ApplyStatus>(ApplyStatus::Applied));
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);   // what the copy ended up as
        QCOMPARE(db.snapshot(), before);
        QCOMPARE(db.databasesNamedLike(QStringLiteral("schemapilot_rehearsal_")), 0);
    }

    void refusesOrphanRowsBeforeWriting()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kUsersWanted)
                         + QStringLiteral("SET foreign_key_checks = 0; INSERT INTO posts (user_id, title) VALUES (42, 'orphan'); "
                                          "SET foreign_key_checks = 1;")),
                 QString());
        const QStringList before = db.snapshot();
        const ApplyResult result = Executor(m_dialects).applySync(
            requestFor(db, QString::fromLatin1(kUsersWanted) + QStringLiteral("CREATE TABLE extra (id INT PRIMARY KEY);")));
        QVERIFY2(result.status == ApplyStatus::Refused, qPrintable(explain(result)));
        QCOMPARE(result.error->code, ErrorCode::IntegrityCheckFailed);
        QVERIFY2(result.error->toString().contains(QStringLiteral("posts_user")), qPrintable(result.error->toString()));
        QCOMPARE(db.snapshot(), before);
    }

    void serverEnforcesTheTimeLimitItself()
    {
        // Without any guard: MariaDB stops the statement at max_statement_time on its own.
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const MysqlRuntime runtime;
        auto connection = Connection::open(db.url(), Connection::Access::ReadWrite, QStringLiteral("limit"));
        QVERIFY(connection);
        const QSqlDatabase handle = (*connection)->database();
        QVERIFY(runtime.beginWithTimeLimit(handle, 1500));
        QSqlQuery settings(handle);
        QVERIFY(settings.exec(QStringLiteral("SELECT @@SESSION.max_statement_time, @@SESSION.lock_wait_timeout")) && settings.next());
        QCOMPARE(settings.value(0).toDouble(), 1.5);
        QCOMPARE(settings.value(1).toInt(), 2);
        QElapsedTimer timer;
        timer.start();
        QSqlQuery sleep(handle);
        const bool finished = sleep.exec(QStringLiteral("SELECT SLEEP(10)")) && sleep.next() && sleep.value(0).toInt() == 0;
        QVERIFY2(!finished, "SLEEP(10) ran to its end despite the 1.5 s limit");
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(runtime.rollback(handle));
    }

    void digestIgnoresRowOrderButSeesChanges()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kUsers)), QString());
        const MysqlRuntime runtime;
        auto connection = Connection::open(db.url(), Connection::Access::ReadWrite, QStringLiteral("digest"));
        QVERIFY(connection);
        const QStringList columns{QStringLiteral("name"), QStringLiteral("age")};
        auto first = runtime.tableDigest(**connection, QStringLiteral("users"), columns);
        QVERIFY(first);
        QCOMPARE(first->rows, 4);
        // The same rows in another physical order.
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE copy AS SELECT * FROM users ORDER BY id DESC; DELETE FROM users; "
                                        "INSERT INTO users SELECT * FROM copy; DROP TABLE copy;")),
                 QString());
        QCOMPARE(runtime.tableDigest(**connection, QStringLiteral("users"), columns).value(), *first);
        // A NULL is not an empty string.
        QCOMPARE(db.exec(QStringLiteral("UPDATE users SET age = '' WHERE age IS NULL")), QString());
        auto changed = runtime.tableDigest(**connection, QStringLiteral("users"), columns);
        QVERIFY(changed && changed->rows == 4 && changed->hash != first->hash);
    }

    // The new AUTO_INCREMENT column and the primary key come in one ALTER TABLE; the rows are
    // numbered and the verification sees the kept names unchanged.
    void addsAnAutoIncrementPrimaryKeyToATableWithRows()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE t (name varchar(10)); INSERT INTO t VALUES ('a'), ('b');")), QString());
        const ApplyResult result = Executor(m_dialects).applySync(requestFor(
            db, QStringLiteral("CREATE TABLE t (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(10));")));
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(explain(result)));
        QCOMPARE(operations(result), QStringList{QStringLiteral("ADD_CONSTRAINT t")});
        QCOMPARE(db.column(QStringLiteral("SELECT CONCAT(id, '=', name) FROM t ORDER BY id")),
                 QStringList({QStringLiteral("1=a"), QStringLiteral("2=b")}));
    }

    // Trigger names are per database: the trigger of the dropped table goes before the new table's
    // trigger of the same name is created, and the new one fires.
    void triggerNameMovesToAReplacingTable()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString log = QStringLiteral("CREATE TABLE log (id int AUTO_INCREMENT PRIMARY KEY, tid int);");
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int);") + log
                         + QStringLiteral("CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW INSERT INTO log (tid) VALUES (NEW.id);"
                                          "INSERT INTO t VALUES (1, 1);")),
                 QString());
        ApplyRequest request = requestFor(
            db, QStringLiteral("CREATE TABLE t2 (id int PRIMARY KEY, a int);") + log
                    + QStringLiteral("CREATE TRIGGER trg AFTER INSERT ON t2 FOR EACH ROW INSERT INTO log (tid) VALUES (NEW.id);"));
        request.options.allowDataLoss = true;
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(explain(result)));
        QCOMPARE(operations(result).first(), QStringLiteral("DROP_TRIGGER t"));
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO t2 VALUES (7, 1)")), QString());
        QCOMPARE(db.column(QStringLiteral("SELECT tid FROM log ORDER BY id")), QStringList({QStringLiteral("1"), QStringLiteral("7")}));
    }

    // latin1 -> utf8mb4 keeps every character but changes the bytes of 'café': the verification
    // compares characters, so the migration is applied, not rolled back.
    void charsetConversionKeepingEveryCharacterIsApplied()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE t (id int NOT NULL PRIMARY KEY, msg varchar(50)) DEFAULT CHARSET=latin1;"
                                        "INSERT INTO t VALUES (1, 'caf\u00e9');")),
                 QString());
        const ApplyResult result = Executor(m_dialects).applySync(requestFor(
            db, QStringLiteral("CREATE TABLE t (id int NOT NULL PRIMARY KEY, msg varchar(50)) DEFAULT CHARSET=utf8mb4;")));
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(explain(result)));
        QCOMPARE(db.column(QStringLiteral("SELECT CONCAT(CHARSET(msg), ':', HEX(msg)) FROM t")),
                 QStringList{QStringLiteral("utf8mb4:636166C3A9")});
    }

    void digestComparesCharactersButBinaryBytes()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, msg varchar(50), raw varbinary(4)) DEFAULT CHARSET=latin1;"
                                        "INSERT INTO t VALUES (1, 'caf\u00e9', 0xFF), (2, 'na\u00efve', 0x00);")),
                 QString());
        const MysqlRuntime runtime;
        auto connection = Connection::open(db.url(), Connection::Access::ReadWrite, QStringLiteral("digest"));
        QVERIFY(connection);
        const QStringList columns{QStringLiteral("id"), QStringLiteral("msg"), QStringLiteral("raw")};
        auto latin1 = runtime.tableDigest(**connection, QStringLiteral("t"), columns);
        QVERIFY(latin1);
        // Same characters in other bytes: the same digest.
        QCOMPARE(db.exec(QStringLiteral("ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4")), QString());
        QCOMPARE(runtime.tableDigest(**connection, QStringLiteral("t"), columns).value(), *latin1);
        // A character lost in a conversion (non-strict mode writes '?') is a change.
        QCOMPARE(db.exec(QStringLiteral("UPDATE t SET msg = 'caf\u0109' WHERE id = 1")), QString());
        auto accented = runtime.tableDigest(**connection, QStringLiteral("t"), columns);
        QVERIFY(accented && accented->hash != latin1->hash);
        QCOMPARE(db.exec(QStringLiteral("SET SESSION sql_mode = ''; ALTER TABLE t CONVERT TO CHARACTER SET latin1")), QString());
        QCOMPARE(db.column(QStringLiteral("SELECT msg FROM t WHERE id = 1")), QStringList{QStringLiteral("caf?")});
        auto lost = runtime.tableDigest(**connection, QStringLiteral("t"), columns);
        QVERIFY(lost && lost->rows == 2 && lost->hash != accented->hash);
        // Binary values stay bytes: two bytes that are no valid text still differ.
        const QStringList raw{QStringLiteral("raw")};
        auto before = runtime.tableDigest(**connection, QStringLiteral("t"), raw);
        QCOMPARE(db.exec(QStringLiteral("UPDATE t SET raw = 0xFE WHERE id = 1")), QString());
        auto after = runtime.tableDigest(**connection, QStringLiteral("t"), raw);
        QVERIFY(before && after && before->hash != after->hash);
    }
};

QTEST_GUILESS_MAIN(TestMysqlExecutor)
#include "tst_mysqlexecutor.moc"
