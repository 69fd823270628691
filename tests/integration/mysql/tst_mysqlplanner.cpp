#include "db/sqlexec.h"
#include "diff/schemadiffer.h"
#include "dialects/mysql/mysqldialect.h"
#include "plan/lint.h"
#include "support/mysqlfixture.h"

#include <QTest>

using namespace SchemaPilot::Core;

namespace {

struct Planned {
    Schema current;
    Schema desired;
    ChangeSet changes;
    Plan plan;
};

QString describe(const ChangeSet &changes)
{
    return QStringLiteral("%1 changes").arg(changes.changes.size());
}

QString stepsText(const Plan &plan)
{
    QStringList lines;
    for (const PlanStep &step : plan.steps)
        lines << operationTypeName(step.type) + QStringLiteral(": ") + step.sql.join(QStringLiteral(" ; "));
    return lines.join(u'\n');
}

// Parses "table.from=to" and "from=to" rename hints.
DiffOptions hintsFrom(const QString &text)
{
    DiffOptions options;
    for (const QString &hint : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString from = hint.section(u'=', 0, 0);
        const QString to = hint.section(u'=', 1, 1);
        if (from.contains(u'.'))
            options.columnRenames << ColumnRenameHint{from.section(u'.', 0, 0), from.section(u'.', 1, 1), to};
        else
            options.tableRenames << TableRenameHint{from, to};
    }
    return options;
}

Result<Planned> planFor(const MysqlDialect &dialect, const QSqlDatabase &db, const QString &desiredDdl,
                        const DiffOptions &diffOptions = {})
{
    Planned result;
    auto current = dialect.inspector().inspect(db, InspectOptions{});
    if (!current)
        return fail(current.error());
    auto desired = dialect.desiredLoader().load(desiredDdl, QStringLiteral("desired.sql"), db, InspectOptions{});
    if (!desired)
        return fail(desired.error());
    result.current = *current;
    result.desired = *desired;
    result.changes = diffSchemas(result.current, result.desired, dialect.diffHooks(), diffOptions);
    auto plan = dialect.planner().plan(result.changes, result.current, result.desired, PlanOptions{});
    if (!plan)
        return fail(plan.error());
    result.plan = *plan;
    return result;
}

Result<void> runAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        if (auto ok = execSql(db, sql); !ok)
            return ok;
    return {};
}

} // namespace

class TestMysqlPlanner final : public QObject
{
    Q_OBJECT

private:
    MysqlDialect m_dialect;

private slots:
    // Apply forward SQL to a real database with rows, re-inspect: equal to the desired schema,
    // rows kept, a second diff empty; then the rollback SQL restores the original structure.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("live");
        QTest::addColumn<QString>("desired");
        QTest::addColumn<QString>("renames");
        QTest::addColumn<QString>("checkSql");   // one text value proving the rows survived
        QTest::addColumn<QString>("expected");

        const QString base = QStringLiteral(
            "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20));"
            "INSERT INTO items (name, qty, note) VALUES ('apple', 3, 'red'), ('pear', 5, NULL), ('plum', 7, 'blue');");
        const QString sum = QStringLiteral("SELECT CONCAT(COUNT(*), ':', SUM(qty), ':', GROUP_CONCAT(name ORDER BY id)) FROM items");
        const QString kept = QStringLiteral("3:15:apple,pear,plum");

        QTest::newRow("add nullable column, NOT NULL column with default and an index")
            << base
            << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20),"
               " price decimal(8,2) NULL, active tinyint(1) NOT NULL DEFAULT 1, KEY ix_name (name(10) DESC));"
            << "" << sum << kept;
        QTest::newRow("drop a column")
            << base << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0);"
            << "" << sum << kept;
        QTest::newRow("widen type, change default, comment and nullability")
            << base
            << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, name varchar(80) NOT NULL COMMENT 'display name',"
               " qty bigint NOT NULL DEFAULT 1, note varchar(20));"
            << "" << sum << kept;
        QTest::newRow("rename a column by hint")
            << base
            << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, title varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20));"
            << "items.name=title"
            << "SELECT CONCAT(COUNT(*), ':', SUM(qty), ':', GROUP_CONCAT(title ORDER BY id)) FROM items" << kept;
        QTest::newRow("rename a column only in case")
            << base
            << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, Name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20));"
            << "" << sum << kept;
        QTest::newRow("rename a table by hint")
            << base << "CREATE TABLE goods (id int PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20));"
            << "items=goods" << "SELECT CONCAT(COUNT(*), ':', SUM(qty), ':', GROUP_CONCAT(name ORDER BY id)) FROM goods" << kept;
        QTest::newRow("new table with foreign key, check, unique key and json")
            << base
            << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20),"
               " UNIQUE KEY uq_name (name), CONSTRAINT qty_positive CHECK (qty >= 0));"
               "CREATE TABLE tags (id int AUTO_INCREMENT, item_id int NOT NULL, label varchar(10) NOT NULL, meta json,"
               " UNIQUE KEY uq_id (id), CONSTRAINT fk_item FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE);"
            << "" << sum << kept;
        QTest::newRow("drop a table, its foreign key and check")
            << base + "CREATE TABLE tags (id int PRIMARY KEY, item_id int, CONSTRAINT fk_item FOREIGN KEY (item_id) REFERENCES items (id),"
                      " CONSTRAINT id_small CHECK (id < 1000)); INSERT INTO tags VALUES (1, 1);"
            << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20));"
            << "" << sum << kept;
        QTest::newRow("drop a parent and its child table")
            << base.section(u';', 0, 0) + ";"
                   "CREATE TABLE tags (id int PRIMARY KEY, item_id int, CONSTRAINT fk_item FOREIGN KEY (item_id) REFERENCES items (id));"
            << "CREATE TABLE other (id int PRIMARY KEY);"
            << "" << "SELECT GROUP_CONCAT(TABLE_NAME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()" << "other";
        QTest::newRow("change the primary key and the table options")
            << base
            << "CREATE TABLE items (id int NOT NULL, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20),"
               " PRIMARY KEY (id, name)) ENGINE=InnoDB ROW_FORMAT=COMPACT COMMENT='stock';"
            << "" << sum << kept;
        QTest::newRow("timestamps with ON UPDATE")
            << base
            << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20),"
               " changed timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);"
            << "" << sum << kept;
        QTest::newRow("views and triggers: add, replace, drop")
            << base + "CREATE VIEW cheap AS SELECT id FROM items WHERE qty < 5;"
                      "CREATE VIEW old_view AS SELECT name FROM items;"
                      "CREATE TRIGGER items_bi BEFORE INSERT ON items FOR EACH ROW SET NEW.qty = 1;"
            << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20));"
               "CREATE VIEW cheap AS SELECT id, name FROM items WHERE qty < 6;"
               "CREATE VIEW cheap_names AS SELECT name FROM cheap;"
               "CREATE TRIGGER items_bi BEFORE INSERT ON items FOR EACH ROW SET NEW.qty = 2;"
               "CREATE TRIGGER items_bu BEFORE UPDATE ON items FOR EACH ROW SET NEW.note = LOWER(NEW.note);"
            << "" << sum << kept;
        QTest::newRow("same index name on two tables (names are per table)")
            << base + "CREATE INDEX ix_label ON items (name);"
            << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20),"
               " KEY ix_label (name));"
               "CREATE TABLE labels (id int PRIMARY KEY, label varchar(10), KEY ix_label (label));"
            << "" << "SELECT CONCAT((SELECT COUNT(*) FROM items), ':', (SELECT COUNT(DISTINCT TABLE_NAME) FROM "
                     "information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME = 'ix_label'))"
            << "3:2";
        QTest::newRow("widen a key on both sides of a foreign key")
            << base + "CREATE TABLE tags (id int PRIMARY KEY, item_id int, CONSTRAINT fk_item FOREIGN KEY (item_id) REFERENCES items (id));"
                      "INSERT INTO tags VALUES (1, 1), (2, 3);"
            << "CREATE TABLE items (id bigint PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20));"
               "CREATE TABLE tags (id int PRIMARY KEY, item_id bigint, CONSTRAINT fk_item FOREIGN KEY (item_id) REFERENCES items (id));"
            << "" << "SELECT CONCAT((SELECT GROUP_CONCAT(item_id ORDER BY id) FROM tags), ':', (SELECT COUNT(*) FROM "
                     "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()))"
            << "1,3:1";
        QTest::newRow("fulltext and replaced index")
            << base + "CREATE INDEX ix_qty ON items (qty);"
            << "CREATE TABLE items (id int PRIMARY KEY AUTO_INCREMENT, name varchar(40) NOT NULL, qty int DEFAULT 0, note varchar(20),"
               " KEY ix_qty (qty, name), FULLTEXT KEY ft_name (name));"
            << "" << sum << kept;
        // MariaDB adds a column in front of a VIRTUAL one only by copying the table.
        QTest::newRow("add a column in front of a virtual generated column")
            << "CREATE TABLE t (id int PRIMARY KEY, a int, v int AS (a*2) VIRTUAL); INSERT INTO t (id, a) VALUES (1, 2), (2, 5);"
            << "CREATE TABLE t (id int PRIMARY KEY, a int, b int, v int AS (a*2) VIRTUAL);"
            << "" << "SELECT GROUP_CONCAT(id, '=', v ORDER BY id) FROM t" << "1=4,2=10";
        // MODIFY cannot switch VIRTUAL and STORED: the column is dropped and added again, with its indexes.
        QTest::newRow("virtual generated column becomes stored, keeping its indexes")
            << "CREATE TABLE t (id int PRIMARY KEY, a int, v int AS (a*2) VIRTUAL, b int, KEY iv (v), KEY iav (a, v));"
               "INSERT INTO t (id, a, b) VALUES (1, 2, 7), (2, 5, 8);"
            << "CREATE TABLE t (id int PRIMARY KEY, a int, v int AS (a*2) STORED, b int, KEY iv (v), KEY iav (a, v));"
            << "" << "SELECT GROUP_CONCAT(id, '=', v, '/', b ORDER BY id) FROM t" << "1=4/7,2=10/8";
        QTest::newRow("stored generated column becomes virtual, keeping its index")
            << "CREATE TABLE t (id int PRIMARY KEY, a int, v int AS (a*2) STORED, KEY iav (a, v)); INSERT INTO t (id, a) VALUES (1, 2);"
            << "CREATE TABLE t (id int PRIMARY KEY, a int, v int AS (a*2) VIRTUAL, KEY iav (a, v));"
            << "" << "SELECT GROUP_CONCAT(id, '=', v ORDER BY id) FROM t" << "1=4";
        // An AUTO_INCREMENT column must be a key from the moment it exists.
        QTest::newRow("add an AUTO_INCREMENT primary key to a table with rows")
            << "CREATE TABLE t (name varchar(10)); INSERT INTO t VALUES ('a'), ('b');"
            << "CREATE TABLE t (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(10));"
            << "" << "SELECT GROUP_CONCAT(id, '=', name ORDER BY id) FROM t" << "1=a,2=b";
        // The old index serves the foreign key until the new ones exist.
        QTest::newRow("replace the index a foreign key uses")
            << "CREATE TABLE p (id int PRIMARY KEY); INSERT INTO p VALUES (1);"
               "CREATE TABLE c (id int PRIMARY KEY, pid int, a int, KEY ipa (pid, a), CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));"
               "INSERT INTO c VALUES (1, 1, 3);"
            << "CREATE TABLE p (id int PRIMARY KEY);"
               "CREATE TABLE c (id int PRIMARY KEY, pid int, a int, KEY ia (a), CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));"
            << "" << "SELECT GROUP_CONCAT(id, '=', pid, '/', a) FROM c" << "1=1/3";
        QTest::newRow("replace the index a foreign key uses under the same name")
            << "CREATE TABLE p (id int PRIMARY KEY); INSERT INTO p VALUES (1);"
               "CREATE TABLE c (id int PRIMARY KEY, pid int, a int, b int, KEY ipa (pid, a), CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));"
               "INSERT INTO c VALUES (1, 1, 3, 4);"
            << "CREATE TABLE p (id int PRIMARY KEY);"
               "CREATE TABLE c (id int PRIMARY KEY, pid int, a int, b int, KEY ipa (pid, b), CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));"
            << "" << "SELECT GROUP_CONCAT(id, '=', pid, '/', a, '/', b) FROM c" << "1=1/3/4";
        QTest::newRow("replace the index of a renamed table that a foreign key uses")
            << "CREATE TABLE p (id int PRIMARY KEY); INSERT INTO p VALUES (1);"
               "CREATE TABLE c (id int PRIMARY KEY, pid int, a int, KEY ipa (pid, a), CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));"
               "INSERT INTO c VALUES (1, 1, 3);"
            << "CREATE TABLE p (id int PRIMARY KEY);"
               "CREATE TABLE c2 (id int PRIMARY KEY, pid int, a int, KEY ia (a), CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));"
            << "c=c2" << "SELECT GROUP_CONCAT(id, '=', pid, '/', a) FROM c2" << "1=1/3";
        // Trigger names are per database: the old trg goes before the new trg is created.
        QTest::newRow("table replaced by another with a trigger of the same name")
            << "CREATE TABLE t (id int PRIMARY KEY, a int); CREATE TABLE log (id int AUTO_INCREMENT PRIMARY KEY, tid int);"
               "CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW INSERT INTO log (tid) VALUES (NEW.id);"
               "INSERT INTO t VALUES (1, 1);"
            << "CREATE TABLE t2 (id int PRIMARY KEY, a int); CREATE TABLE log (id int AUTO_INCREMENT PRIMARY KEY, tid int);"
               "CREATE TRIGGER trg AFTER INSERT ON t2 FOR EACH ROW INSERT INTO log (tid) VALUES (NEW.id);"
            << "" << "SELECT CONCAT((SELECT GROUP_CONCAT(tid) FROM log), ':', (SELECT GROUP_CONCAT(EVENT_OBJECT_TABLE) FROM "
                     "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()))"
            << "1:t2";
        // INVISIBLE columns: SELECT * and INSERT without a column list leave them out.
        const QString invisibleColumns = QStringLiteral(
            "SELECT CONCAT(IFNULL(GROUP_CONCAT(TABLE_NAME, '.', COLUMN_NAME ORDER BY TABLE_NAME, ORDINAL_POSITION), ''), ':', "
            "(SELECT GROUP_CONCAT(id, '=', a, '/', IFNULL(b, 'null')) FROM t)) FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = DATABASE() AND EXTRA LIKE '%INVISIBLE%'");
        QTest::newRow("column becomes INVISIBLE, another visible again, new table with an INVISIBLE column")
            << "CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL DEFAULT 0 INVISIBLE, b int NULL); INSERT INTO t (id, a, b) VALUES (1, 5, 6);"
            << "CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL DEFAULT 0, b int NULL INVISIBLE);"
               "CREATE TABLE t2 (id int PRIMARY KEY, secret varchar(10) INVISIBLE);"
            << "" << invisibleColumns << "t.b,t2.secret:1=5/6";
        // Partitioning and system versioning are part of the table: changed with ALTER, rows kept.
        const QString partitioned = QStringLiteral(
            "SELECT CONCAT((SELECT GROUP_CONCAT(id, '=', y ORDER BY id) FROM p), ':', (SELECT COUNT(*) FROM "
            "information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'p' AND PARTITION_NAME IS NOT NULL))");
        QTest::newRow("RANGE partitions become HASH partitions")
            << "CREATE TABLE p (id int NOT NULL, y int NOT NULL, PRIMARY KEY (id, y)) PARTITION BY RANGE (y)"
               " (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE);"
               "INSERT INTO p VALUES (1, 1990), (2, 2010);"
            << "CREATE TABLE p (id int NOT NULL, y int NOT NULL, PRIMARY KEY (id, y)) PARTITION BY HASH (y) PARTITIONS 3;"
            << "" << partitioned << "1=1990,2=2010:3";
        QTest::newRow("plain table becomes partitioned, a new partitioned table")
            << "CREATE TABLE p (id int NOT NULL, y int NOT NULL, PRIMARY KEY (id, y)); INSERT INTO p VALUES (1, 1990), (2, 2010);"
            << "CREATE TABLE p (id int NOT NULL, y int NOT NULL, PRIMARY KEY (id, y)) PARTITION BY KEY (id) PARTITIONS 2;"
               "CREATE TABLE q (id int NOT NULL PRIMARY KEY) COMMENT 'parts' PARTITION BY HASH (id) PARTITIONS 2;"
            << "" << partitioned << "1=1990,2=2010:2";
        QTest::newRow("system versioning is turned on")
            << "CREATE TABLE p (id int NOT NULL, y int NOT NULL, PRIMARY KEY (id, y)); INSERT INTO p VALUES (1, 1990), (2, 2010);"
            << "CREATE TABLE p (id int NOT NULL, y int NOT NULL, PRIMARY KEY (id, y)) WITH SYSTEM VERSIONING;"
            << "" << "SELECT CONCAT((SELECT GROUP_CONCAT(id ORDER BY id) FROM p), ':', (SELECT TABLE_TYPE FROM "
                     "information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'p'))"
            << "1,2:SYSTEM VERSIONED";
    }

    // Ending system versioning deletes the history: destructive, and the rollback says it cannot bring it back.
    void endingSystemVersioningIsDestructive()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString error = db.exec(QStringLiteral("CREATE TABLE v (id int PRIMARY KEY, a int) WITH SYSTEM VERSIONING;"
                                                     "INSERT INTO v VALUES (1, 1); UPDATE v SET a = 2;"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto planned = planFor(m_dialect, db.database(), QStringLiteral("CREATE TABLE v (id int PRIMARY KEY, a int);"));
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
        QCOMPARE(planned->plan.steps.size(), 1);
        const PlanStep &step = planned->plan.steps.first();
        QCOMPARE(step.sql, QStringList{QStringLiteral("ALTER TABLE `v` DROP SYSTEM VERSIONING")});
        QCOMPARE(step.rollbackSql, QStringList{QStringLiteral("ALTER TABLE `v` ADD SYSTEM VERSIONING")});
        QVERIFY(step.destructive);
        QVERIFY(!step.rollbackRestoresData);
    }

    void roundTrip()
    {
        QFETCH(QString, live);
        QFETCH(QString, desired);
        QFETCH(QString, renames);
        QFETCH(QString, checkSql);
        QFETCH(QString, expected);
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QString error = db.exec(live);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DiffOptions hints = hintsFrom(renames);
        const auto planned = planFor(m_dialect, db.database(), desired, hints);
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
        QVERIFY2(!planned->plan.isEmpty(), "the schemas differ, so the plan must not be empty");
        QVERIFY(!planned->plan.transactional);

        auto forward = runAll(db.database(), planned->plan.forwardSql());
        QVERIFY2(forward, qPrintable((forward ? QString() : forward.error().toString()) + u'\n' + stepsText(planned->plan)));
        const auto after = m_dialect.inspector().inspect(db.database(), InspectOptions{});
        QVERIFY(after);
        const ChangeSet again = diffSchemas(*after, planned->desired, m_dialect.diffHooks());
        QVERIFY2(again.isEmpty(), qPrintable(describe(again) + u'\n' + stepsText(planned->plan)));
        QCOMPARE(db.column(checkSql), QStringList{expected});

        auto back = runAll(db.database(), planned->plan.rollbackSql());
        QVERIFY2(back, qPrintable((back ? QString() : back.error().toString()) + u'\n' + planned->plan.rollbackSql().join(u'\n')));
        const auto restored = m_dialect.inspector().inspect(db.database(), InspectOptions{});
        QVERIFY(restored);
        const ChangeSet undone = diffSchemas(*restored, planned->current, m_dialect.diffHooks());
        QVERIFY2(undone.isEmpty(), qPrintable(describe(undone) + u'\n' + planned->plan.rollbackSql().join(u'\n')));
    }

    // Probes count the real rows that make a step fail or lose data.
    void probesCountTheRealRows_data()
    {
        QTest::addColumn<QString>("live");
        QTest::addColumn<QString>("desired");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("count");

        const QString t = QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int NULL, s varchar(20), p int);"
                                         "CREATE TABLE parent (id int PRIMARY KEY); INSERT INTO parent VALUES (1);"
                                         "INSERT INTO t VALUES (1, NULL, 'short', 1), (2, NULL, 'much longer text', 2),"
                                         " (3, 300, 'x', 9), (4, 5, 'x', NULL);");
        const QString parent = QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY);");
        QTest::newRow("NULLs before NOT NULL") << t << "CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, s varchar(20), p int);" + parent
                                               << "MF101" << qint64(2);
        QTest::newRow("values that do not fit a narrower integer")
            << t << "CREATE TABLE t (id int PRIMARY KEY, a tinyint NULL, s varchar(20), p int);" + parent << "MF102" << qint64(1);
        QTest::newRow("values that do not fit a shorter varchar")
            << t << "CREATE TABLE t (id int PRIMARY KEY, a int NULL, s varchar(10), p int);" + parent << "MF102" << qint64(1);
        QTest::newRow("text that is not JSON before a JSON column")
            << t << "CREATE TABLE t (id int PRIMARY KEY, a int NULL, s json, p int);" + parent << "MF102" << qint64(4);
        QTest::newRow("duplicates before UNIQUE")
            << t << "CREATE TABLE t (id int PRIMARY KEY, a int NULL, s varchar(20), p int, UNIQUE KEY uq_s (s));" + parent
            << "MF103" << qint64(1);
        QTest::newRow("orphans before a foreign key")
            << t << parent + "CREATE TABLE t (id int PRIMARY KEY, a int NULL, s varchar(20), p int, CONSTRAINT fk_p FOREIGN KEY (p) REFERENCES parent (id));"
            << "MF104" << qint64(2);
        QTest::newRow("rows violating a new CHECK")
            << t << "CREATE TABLE t (id int PRIMARY KEY, a int NULL, s varchar(20), p int, CONSTRAINT a_small CHECK (a < 100));" + parent
            << "MF105" << qint64(1);
        QTest::newRow("values lost by a dropped column")
            << t << "CREATE TABLE t (id int PRIMARY KEY, s varchar(20), p int);" + parent << "DS102" << qint64(2);
        QTest::newRow("rows lost by a dropped table") << t << parent << "DS101" << qint64(4);
        // Values unique today that a new collation makes equal: the ALTER fails on the duplicate key.
        QTest::newRow("case-insensitive collation on a UNIQUE column")
            << "CREATE TABLE u (id int PRIMARY KEY, email varchar(50) COLLATE utf8mb4_bin NOT NULL, UNIQUE KEY u_email (email));"
               "INSERT INTO u VALUES (1, 'a@x'), (2, 'A@x'), (3, 'b@x'), (4, 'B@X'), (5, 'c@x');"
            << "CREATE TABLE u (id int PRIMARY KEY, email varchar(50) COLLATE utf8mb4_general_ci NOT NULL, UNIQUE KEY u_email (email));"
            << "MF103" << qint64(2);
        QTest::newRow("accents and trailing spaces under a PAD SPACE _ci collation on the primary key")
            << "CREATE TABLE k (code varchar(10) COLLATE utf8mb4_nopad_bin NOT NULL PRIMARY KEY);"
               "INSERT INTO k VALUES ('e'), ('é'), ('x'), ('x '), ('y');"
            << "CREATE TABLE k (code varchar(10) COLLATE utf8mb4_general_ci NOT NULL PRIMARY KEY);"
            << "MF103" << qint64(2);
        QTest::newRow("prefix of a UNIQUE index under the new collation")
            << "CREATE TABLE p (id int PRIMARY KEY, code varchar(10) COLLATE utf8mb4_bin NOT NULL, UNIQUE KEY p_code (code(3)));"
               "INSERT INTO p VALUES (1, 'abc'), (2, 'ABCd'), (3, 'abd');"
            << "CREATE TABLE p (id int PRIMARY KEY, code varchar(10) COLLATE utf8mb4_general_ci NOT NULL, UNIQUE KEY p_code (code(3)));"
            << "MF103" << qint64(1);
        QTest::newRow("table default collation that the UNIQUE column follows")
            << "CREATE TABLE d (id int PRIMARY KEY, name varchar(20) NOT NULL, UNIQUE KEY d_name (name)) "
               "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin; INSERT INTO d VALUES (1, 'Ann'), (2, 'ANN'), (3, 'ann'), (4, 'Bob');"
            << "CREATE TABLE d (id int PRIMARY KEY, name varchar(20) NOT NULL, UNIQUE KEY d_name (name)) "
               "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;"
            << "MF103" << qint64(1);
    }

    void probesCountTheRealRows()
    {
        QFETCH(QString, live);
        QFETCH(QString, desired);
        QFETCH(QString, code);
        QFETCH(qint64, count);
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString error = db.exec(live);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto planned = planFor(m_dialect, db.database(), desired);
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
        QStringList seen;
        bool found = false;
        for (const PlanStep &step : planned->plan.steps) {
            for (const DataProbe &probe : step.probes) {
                const auto value = queryScalar(db.database(), probe.sql);
                QVERIFY2(value, qPrintable(probe.sql + u'\n' + (value ? QString() : value.error().toString())));
                seen << probe.code + u'=' + value->toString();
                if (probe.code == code) {
                    QCOMPARE(value->toLongLong(), count);
                    const Warning warning = warningFromProbe(probe, value->toLongLong());
                    QVERIFY2(warning.message.contains(QString::number(count)), qPrintable(warning.message));
                    found = true;
                }
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no %1 probe; probes: %2\n%3").arg(code, seen.join(u' '), stepsText(planned->plan))));
    }

    // In front of a VIRTUAL column MariaDB only copies the table; behind the last one it still adds instantly.
    void columnInFrontOfAVirtualColumnIsACopy()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString error = db.exec(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, v int AS (a*2) VIRTUAL);"
                                                     "INSERT INTO t (id, a) VALUES (1, 1);"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto planned = planFor(m_dialect, db.database(),
                                     QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int, v int AS (a*2) VIRTUAL, c int);"));
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
        const Plan &plan = planned->plan;
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.steps[0].column, QStringLiteral("b"));
        QVERIFY2(!plan.steps[0].sql.first().contains(QStringLiteral("ALGORITHM")), qPrintable(plan.steps[0].sql.first()));
        QVERIFY(plan.steps[0].rewritesTable);
        QVERIFY(std::any_of(plan.steps[0].warnings.cbegin(), plan.steps[0].warnings.cend(),
                            [](const Warning &w) { return w.code == QStringLiteral("LT102"); }));
        QCOMPARE(plan.steps[1].column, QStringLiteral("c"));
        QVERIFY2(plan.steps[1].sql.first().endsWith(QStringLiteral("AFTER `v`, ALGORITHM=INSTANT")), qPrintable(plan.steps[1].sql.first()));
        QVERIFY(!plan.steps[1].rewritesTable);
        QVERIFY(runAll(db.database(), plan.forwardSql()));
    }

    void plansAreNonTransactionalAdditiveFirstAndNameTheAlgorithm()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString error = db.exec(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, old_col int, n int, s varchar(5));"
                                                     "INSERT INTO t VALUES (1, 1, 1, 'a');"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto planned = planFor(m_dialect, db.database(),
                                     QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, n bigint, s varchar(5), added int);"));
        QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
        const Plan &plan = planned->plan;
        QVERIFY(!plan.transactional);
        QVERIFY(std::any_of(plan.warnings.cbegin(), plan.warnings.cend(), [](const Warning &w) { return w.code == QStringLiteral("PL101"); }));
        QCOMPARE(plan.steps.size(), 3);
        QCOMPARE(plan.steps[0].type, OperationType::AddColumn);
        QVERIFY2(plan.steps[0].sql.first().endsWith(QStringLiteral("AFTER `s`, ALGORITHM=INSTANT")), qPrintable(plan.steps[0].sql.first()));
        QCOMPARE(plan.steps[1].type, OperationType::AlterColumnType);
        QVERIFY(plan.steps[1].rewritesTable);
        QVERIFY(std::any_of(plan.steps[1].warnings.cbegin(), plan.steps[1].warnings.cend(), [](const Warning &w) {
            return w.code == QStringLiteral("LT102") && w.message.contains(QStringLiteral("ALGORITHM=COPY"));
        }));
        QCOMPARE(plan.steps[2].type, OperationType::DropColumn);
        QVERIFY(plan.steps[2].destructive);
        QVERIFY(!plan.steps[2].rollbackRestoresData);
        QCOMPARE(plan.steps[2].rollbackSql, QStringList{"ALTER TABLE `t` ADD COLUMN `old_col` int(11) NULL AFTER `id`"});
        QVERIFY(plan.complexity == Complexity::Complex);
    }
};

QTEST_GUILESS_MAIN(TestMysqlPlanner)
#include "tst_mysqlplanner.moc"
