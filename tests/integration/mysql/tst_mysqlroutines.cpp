// Stored procedures, functions, events and sequences on a real MariaDB: read with the DEFINER and
// the scratch database's traces taken out (self-diff empty), created, replaced and dropped with
// rollback SQL that brings the old body back, and carried by backups through a restore.
#include "backup/backupstore.h"
#include "db/sqlexec.h"
#include "diff/schemadiffer.h"
#include "dialects/mysql/mysqldialect.h"
#include "exec/executor.h"
#include "exec/restore.h"
#include "support/mysqlfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace SchemaPilot::Core;
using SchemaPilot::Test::MysqlTestDatabase;

namespace {

// The shape of Sakila's schema file: tables, triggers, then routines between DELIMITER lines.
const char kSakilaLike[] = R"(
CREATE TABLE film (film_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, title VARCHAR(128) NOT NULL,
                   last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);
CREATE TABLE inventory (inventory_id MEDIUMINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
                        film_id SMALLINT UNSIGNED NOT NULL, store_id TINYINT UNSIGNED NOT NULL,
                        CONSTRAINT fk_inventory_film FOREIGN KEY (film_id) REFERENCES film (film_id));
CREATE TABLE film_text (film_id SMALLINT NOT NULL PRIMARY KEY, title VARCHAR(255) NOT NULL);
CREATE SEQUENCE ticket_seq START WITH 100 INCREMENT BY 5;
CREATE TABLE ticket (id BIGINT NOT NULL DEFAULT (NEXT VALUE FOR ticket_seq) PRIMARY KEY, note VARCHAR(20) NULL);

DELIMITER ;;
CREATE TRIGGER `ins_film` AFTER INSERT ON `film` FOR EACH ROW BEGIN
    INSERT INTO film_text (film_id, title) VALUES (new.film_id, new.title);
  END;;
DELIMITER ;

DELIMITER $$
CREATE PROCEDURE film_in_stock(IN p_film_id INT, IN p_store_id INT, OUT p_film_count INT)
READS SQL DATA
BEGIN
     SELECT inventory_id FROM inventory WHERE film_id = p_film_id AND store_id = p_store_id;
     SELECT COUNT(*) FROM inventory WHERE film_id = p_film_id AND store_id = p_store_id INTO p_film_count;
END $$

CREATE FUNCTION inventory_count(p_film_id INT) RETURNS INT
    DETERMINISTIC
    READS SQL DATA
BEGIN
  DECLARE v_count INT;
  SELECT COUNT(*) INTO v_count FROM inventory WHERE film_id = p_film_id;
  RETURN v_count;
END $$
DELIMITER ;

CREATE EVENT purge_text ON SCHEDULE EVERY 1 DAY DO DELETE FROM film_text WHERE film_id < 0;
CREATE VIEW film_stock AS SELECT film_id, inventory_count(film_id) AS copies FROM film;
)";

QString stepsText(const Plan &plan)
{
    QStringList lines;
    for (const PlanStep &step : plan.steps)
        lines << operationTypeName(step.type) + u' ' + step.table + QStringLiteral(": ") + step.sql.join(QStringLiteral(" ; "));
    return lines.join(u'\n');
}

QStringList objectNames(const Schema &schema)
{
    QStringList names;
    for (const SchemaObject &object : schema.objects)
        names << object.kind + u' ' + object.name;
    names.sort();
    return names;
}

} // namespace

class TestMysqlRoutines final : public QObject
{
    Q_OBJECT

    DialectRegistry m_dialects = DialectRegistry::withBuiltins();
    const MysqlDialect m_dialect;
    QTemporaryDir m_dir;

    Result<Schema> desired(const MysqlTestDatabase &db, const QString &ddl) const
    {
        return m_dialect.desiredLoader().load(ddl, QStringLiteral("want.sql"), db.database(), InspectOptions{.estimateRows = false});
    }

    Result<Schema> live(const MysqlTestDatabase &db) const
    {
        return m_dialect.inspector().inspect(db.database(), InspectOptions{.estimateRows = false});
    }

    Result<Plan> planFor(const MysqlTestDatabase &db, const QString &ddl, ChangeSet *changes = nullptr) const
    {
        auto current = live(db);
        if (!current)
            return fail(current.error());
        auto wanted = desired(db, ddl);
        if (!wanted)
            return fail(wanted.error());
        const ChangeSet diff = diffSchemas(*current, *wanted, m_dialect.diffHooks(), DiffOptions{});
        if (changes)
            *changes = diff;
        return m_dialect.planner().plan(diff, *current, *wanted, PlanOptions{});
    }

    ApplyRequest requestFor(const MysqlTestDatabase &db, const QString &wantedSql) const
    {
        return db.applyRequest(m_dir.path(), wantedSql);
    }

    static QString explain(const ApplyResult &result)
    {
        return QStringLiteral("%1: %2\nplan: %3").arg(applyStatusName(result.status),
                                                       result.error ? result.error->toString() : QStringLiteral("no error"),
                                                       stepsText(result.plan));
    }

    static QString replaced(QString text, const QString &from, const QString &to)
    {
        if (!text.contains(from))
            qFatal("test text lacks %s", qPrintable(from));
        return text.replace(from, to);
    }

private slots:
    // The desired file's routines, event and sequence are created by apply; afterwards the live
    // database and the desired file describe the same schema, nothing left to do.
    void sakilaLikeSchemaIsCreatedAndSelfDiffIsEmpty()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString ddl = QString::fromUtf8(kSakilaLike);
        auto wanted = desired(db, ddl);
        QVERIFY2(wanted, qPrintable(wanted ? QString() : wanted.error().toString()));
        QCOMPARE(objectNames(*wanted), QStringList({QStringLiteral("event purge_text"), QStringLiteral("function inventory_count"),
                                                    QStringLiteral("procedure film_in_stock"), QStringLiteral("sequence ticket_seq")}));
        for (const SchemaObject &object : std::as_const(wanted->objects)) {
            QVERIFY2(!object.sql.contains(QStringLiteral("DEFINER")), qPrintable(object.sql));
            QVERIFY2(!object.sql.contains(QStringLiteral("schemapilot_scratch")), qPrintable(object.sql));
        }

        const ApplyResult result = Executor(m_dialects).applySync(requestFor(db, ddl));
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(explain(result)));
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);
        // The routines work in the live database.
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO film (title) VALUES ('ACADEMY DINOSAUR'); "
                                        "INSERT INTO inventory (film_id, store_id) VALUES (1, 1), (1, 1), (1, 2);")),
                 QString());
        QCOMPARE(db.column(QStringLiteral("SELECT copies FROM film_stock")), QStringList{QStringLiteral("3")});
        QCOMPARE(db.column(QStringLiteral("CALL film_in_stock(1, 1, @n)")).size(), 2);
        QCOMPARE(db.column(QStringLiteral("SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()")),
                 QStringList{QStringLiteral("purge_text")});

        // A second of difference between the live event's creation and the scratch copy's.
        QThread::msleep(1100);
        ChangeSet changes;
        auto again = planFor(db, ddl, &changes);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QVERIFY2(changes.isEmpty(), qPrintable(stepsText(*again)));
    }

    // Routines created by someone else (another DEFINER) and written in the file without one.
    void definerOfLiveRoutinesIsNotADifference()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QStringLiteral(
                     "CREATE TABLE t (id INT PRIMARY KEY);"
                     "CREATE DEFINER=`app_owner`@`%` FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2;"
                     "CREATE DEFINER=`app_owner`@`%` PROCEDURE clear_t() MODIFIES SQL DATA DELETE FROM t;"
                     "CREATE DEFINER=`app_owner`@`%` EVENT clear_daily ON SCHEDULE EVERY 1 DAY DO DELETE FROM t;")),
                 QString());
        QThread::msleep(1100);
        ChangeSet changes;
        auto plan = planFor(db, QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY);\n"
                                               "CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2;\n"
                                               "CREATE PROCEDURE clear_t() MODIFIES SQL DATA DELETE FROM t;\n"
                                               "CREATE EVENT clear_daily ON SCHEDULE EVERY 1 DAY DO DELETE FROM t;\n"),
                            &changes);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QVERIFY2(changes.isEmpty(), qPrintable(stepsText(*plan)));
    }

    // A changed body is replaced (drop + create) with a rollback that recreates the old body, a
    // routine missing from the file is dropped with a warning, a changed sequence is altered and
    // keeps its next value.
    void changedBodiesAreReplacedAndRollbackRestoresThem()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString ddl = QString::fromUtf8(kSakilaLike);
        const ApplyResult created = Executor(m_dialects).applySync(requestFor(db, ddl));
        QVERIFY2(created.status == ApplyStatus::Applied, qPrintable(explain(created)));
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO film (title) VALUES ('A'); INSERT INTO inventory (film_id, store_id) VALUES (1, 1);"
                                        "INSERT INTO ticket (note) VALUES ('first');")),
                 QString());
        const auto before = live(db);
        QVERIFY(before);

        QString changed = replaced(ddl, QStringLiteral("RETURN v_count;"), QStringLiteral("RETURN v_count * 10;"));
        changed = replaced(changed, QStringLiteral("INCREMENT BY 5"), QStringLiteral("INCREMENT BY 7"));
        changed = replaced(changed, QStringLiteral("EVERY 1 DAY"), QStringLiteral("EVERY 2 DAY"));
        changed.remove(changed.indexOf(QStringLiteral("CREATE PROCEDURE")),
                       changed.indexOf(QStringLiteral("CREATE FUNCTION")) - changed.indexOf(QStringLiteral("CREATE PROCEDURE")));
        auto plan = planFor(db, changed);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        const QString text = stepsText(*plan);
        QVERIFY2(text.contains(QStringLiteral("DROP_OBJECT film_in_stock: DROP PROCEDURE `film_in_stock`")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("CREATE_OBJECT inventory_count: DROP FUNCTION `inventory_count` ; CREATE FUNCTION")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("CREATE_OBJECT ticket_seq: ALTER SEQUENCE `ticket_seq`")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("DROP EVENT `purge_text` ; CREATE EVENT `purge_text` ON SCHEDULE EVERY 2 DAY")), qPrintable(text));
        QVERIFY2(!plan->isDestructive(), "routines hold no data");
        bool warned = false;
        for (const PlanStep &step : plan->steps)
            for (const Warning &warning : step.warnings)
                warned = warned || (step.table == u"film_in_stock" && warning.code == u"DS103");
        QVERIFY2(warned, "dropping a procedure must say so");
        // The function is replaced before the view that calls it is looked at again.
        QVERIFY(text.indexOf(QStringLiteral("inventory_count")) < text.lastIndexOf(QStringLiteral("CREATE_VIEW"))
                || !text.contains(QStringLiteral("CREATE_VIEW")));

        const ApplyResult applied = Executor(m_dialects).applySync(requestFor(db, changed));
        QVERIFY2(applied.status == ApplyStatus::Applied, qPrintable(explain(applied)));
        QCOMPARE(db.column(QStringLiteral("SELECT copies FROM film_stock")), QStringList{QStringLiteral("10")});
        QCOMPARE(db.column(QStringLiteral("SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() "
                                          "AND ROUTINE_NAME = 'film_in_stock'")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO ticket (note) VALUES ('second')")), QString());
        // Not 100 again, as a recreated sequence would give (ALTER SEQUENCE moves on past the cached values).
        const QStringList ids = db.column(QStringLiteral("SELECT id FROM ticket ORDER BY id"));
        QCOMPARE(ids.size(), 2);
        QCOMPARE(ids[0], QStringLiteral("100"));
        QVERIFY2(ids[1].toLongLong() > 100, qPrintable(ids.join(u',')));

        // The plan's rollback SQL, last step first, gives the old bodies back.
        for (qsizetype i = plan->steps.size() - 1; i >= 0; --i)
            for (const QString &sql : plan->steps[i].rollbackSql)
                QVERIFY2(execSql(db.database(), sql), qPrintable(sql));
        const auto after = live(db);
        QVERIFY(after);
        QCOMPARE(objectNames(*after), objectNames(*before));
        QCOMPARE(after->objects, before->objects);
        QCOMPARE(db.column(QStringLiteral("SELECT copies FROM film_stock")), QStringList{QStringLiteral("1")});
    }

    // A procedure and an event dropped after the backup come back with the restore; a procedure
    // added after it goes away.
    void restoreBringsRoutinesAndEventsBack()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QStringLiteral(
                     "CREATE TABLE t (id INT PRIMARY KEY);"
                     "CREATE PROCEDURE fill_t() MODIFIES SQL DATA INSERT INTO t VALUES (1);"
                     "CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2;"
                     "CREATE EVENT clear_daily ON SCHEDULE EVERY 1 DAY DO DELETE FROM t;"
                     "CREATE SEQUENCE s START WITH 10;")),
                 QString());
        const auto original = live(db);
        QVERIFY(original);
        auto connection = Connection::open(db.url(), Connection::Access::ReadWrite, QStringLiteral("routines-backup"));
        QVERIFY(connection);
        const BackupStore store(m_dir.filePath(QStringLiteral("restore-backups")));
        auto backup = store.create(**connection, m_dialect, BackupRequest{});
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().toString()));

        QCOMPARE(db.exec(QStringLiteral("DROP PROCEDURE fill_t; DROP EVENT clear_daily; DROP SEQUENCE s;"
                                        "CREATE PROCEDURE added_later() SELECT 1; CREATE SEQUENCE s_later;")),
                 QString());
        RestoreRequest request;
        request.url = db.url();
        request.backupId = backup->id;
        request.backupDir = store.directory();
        auto restored = restoreBackup(m_dialects, request);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        const auto after = live(db);
        QVERIFY(after);
        QCOMPARE(objectNames(*after), objectNames(*original));
        QCOMPARE(db.exec(QStringLiteral("CALL fill_t()")), QString());
        QCOMPARE(db.column(QStringLiteral("SELECT id FROM t")), QStringList{QStringLiteral("1")});
    }

    // A sequence missing from the file is dropped only with consent: its counter goes with it.
    void droppedSequenceNeedsConsent()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY); CREATE SEQUENCE s START WITH 10;")), QString());
        auto plan = planFor(db, QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY);"));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->steps.size(), 1);
        QCOMPARE(plan->steps[0].sql, QStringList{QStringLiteral("DROP SEQUENCE `s`")});
        QVERIFY(plan->steps[0].destructive);
        QVERIFY(!plan->steps[0].rollbackRestoresData);
        const ApplyResult refused = Executor(m_dialects).applySync(requestFor(db, QStringLiteral("CREATE TABLE t (id INT PRIMARY KEY);")));
        QVERIFY2(refused.status != ApplyStatus::Applied, qPrintable(explain(refused)));
        QCOMPARE(db.column(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                          "AND TABLE_TYPE = 'SEQUENCE'")),
                 QStringList{QStringLiteral("1")});
    }
};

QTEST_GUILESS_MAIN(TestMysqlRoutines)
#include "tst_mysqlroutines.moc"
