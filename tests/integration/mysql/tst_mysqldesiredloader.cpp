#include "dialects/mysql/mysqldesiredloader.h"
#include "support/mysqlfixture.h"

#include <QTest>

using namespace SchemaPilot::Core;

namespace {

const QString kScratchPrefix = QStringLiteral("schemapilot_scratch_");

// Several statements, a compound trigger body with its own semicolons, a view on a view.
const char *const kDesired = R"sql(
CREATE TABLE customers (
  id int PRIMARY KEY AUTO_INCREMENT,
  email varchar(120) NOT NULL,
  note text,
  UNIQUE KEY uq_email (email)
);
CREATE TABLE orders (
  id int PRIMARY KEY,
  customer_id int NOT NULL,
  total decimal(10,2) NOT NULL DEFAULT 0 CHECK (total >= 0),
  CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
CREATE VIEW big_order_ids AS SELECT id FROM big_orders;
CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW
BEGIN
  IF NEW.total < 0 THEN
    SET NEW.total = 0;
  END IF;
END;
)sql";

} // namespace

class TestMysqlDesiredLoader final : public QObject
{
    Q_OBJECT

private slots:
    void loadsIntoAScratchDatabaseAndDropsIt()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        // Only this session's scratch databases: other tests may load desired schemas meanwhile.
        const QString ownScratch = kScratchPrefix + db.column(QStringLiteral("SELECT CONNECTION_ID()")).value(0) + u'_';
        const int scratchBefore = db.databasesNamedLike(ownScratch);
        const auto schema = MysqlDesiredLoader(MysqlInspector()).load(QString::fromUtf8(kDesired), QStringLiteral("desired.sql"),
                                                                      db.database(), InspectOptions{});
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QCOMPARE(schema->name, db.name());
        QCOMPARE(schema->tables.size(), 2);
        QCOMPARE(schema->views.size(), 2);
        QCOMPARE(schema->triggers.size(), 1);
        QVERIFY(schema->triggers.first().sql.contains(QStringLiteral("SET NEW.total = 0;")));
        QCOMPARE(schema->table(QStringLiteral("orders"))->foreignKeys.first().refTable, QStringLiteral("customers"));
        // The target stays empty and the scratch database is gone.
        QCOMPARE(db.column(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")),
                 QStringList{"0"});
        QCOMPARE(db.databasesNamedLike(ownScratch), scratchBefore);
    }

    void desiredEqualsTheSameDdlAppliedToTheLiveDatabase()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString error = db.exec(QString::fromUtf8(kDesired));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto live = MysqlInspector().inspect(db.database(), InspectOptions{.estimateRows = false});
        QVERIFY(live);
        const auto desired = MysqlDesiredLoader(MysqlInspector()).load(QString::fromUtf8(kDesired), QStringLiteral("desired.sql"),
                                                                       db.database(), InspectOptions{.estimateRows = false});
        QVERIFY2(desired, qPrintable(desired ? QString() : desired.error().toString()));
        QCOMPARE(desired->fingerprint(), live->fingerprint());
        QVERIFY(*desired == *live);
    }

    // A default that takes the next value of a sequence names it with its database; the live
    // database and the scratch copy (another name) must still read the same.
    void sequenceDefaultsReadTheSameInEitherDatabase()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString ddl = QStringLiteral("CREATE SEQUENCE s START WITH 100;\n"
                                           "CREATE TABLE t (id int PRIMARY KEY DEFAULT NEXT VALUE FOR s, v int);\n");
        QCOMPARE(db.exec(ddl), QString());
        const auto live = MysqlInspector().inspect(db.database(), InspectOptions{.estimateRows = false});
        QVERIFY(live);
        QCOMPARE(live->table(QStringLiteral("t"))->column(QStringLiteral("id"))->defaultExpr.value_or(QString()),
                 QStringLiteral("nextval(`s`)"));
        const auto desired = MysqlDesiredLoader(MysqlInspector()).load(ddl, QStringLiteral("desired.sql"), db.database(),
                                                                       InspectOptions{.estimateRows = false});
        QVERIFY2(desired, qPrintable(desired ? QString() : desired.error().toString()));
        QCOMPARE(desired->fingerprint(), live->fingerprint());
    }

    // mysqldump and Sakila's schema file: the trigger between "DELIMITER ;;" lines, in versioned
    // comments with a DEFINER. It must describe the same schema as the plain DDL.
    void mysqldumpDelimitersLoadLikeThePlainDdl()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const QString error = db.exec(QString::fromUtf8(kDesired));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto live = MysqlInspector().inspect(db.database(), InspectOptions{.estimateRows = false});
        QVERIFY(live);
        QString dump = QString::fromUtf8(kDesired);
        dump.truncate(dump.indexOf(QStringLiteral("CREATE TRIGGER")));
        dump += QStringLiteral("/*!50003 SET @saved_sql_mode = @@sql_mode */ ;\n"
                               "DELIMITER ;;\n"
                               "/*!50003 CREATE*/ /*!50017 DEFINER=CURRENT_USER*/ /*!50003 TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW\n"
                               "BEGIN\n  IF NEW.total < 0 THEN\n    SET NEW.total = 0;\n  END IF;\nEND */;;\n"
                               "DELIMITER ;\n"
                               "/*!50003 SET sql_mode = @saved_sql_mode */ ;\n");
        const auto desired = MysqlDesiredLoader(MysqlInspector()).load(dump, QStringLiteral("dump.sql"), db.database(),
                                                                       InspectOptions{.estimateRows = false});
        QVERIFY2(desired, qPrintable(desired ? QString() : desired.error().toString()));
        QCOMPARE(desired->triggers, live->triggers);
        QVERIFY(*desired == *live);
    }

    void errorsNameTheStatementAndLine_data()
    {
        QTest::addColumn<QString>("ddl");
        QTest::addColumn<QString>("statement");   // "statement N failed"
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("engineText");  // part of MariaDB's own message

        QTest::newRow("syntax error on line 4 in the second statement")
            << "CREATE TABLE a (id int PRIMARY KEY);\n\nCREATE TABLE b (\n  id int PRIMAY KEY\n);\n"
            << "statement 2 failed" << 4 << "You have an error in your SQL syntax";
        QTest::newRow("foreign key to a missing table in the third statement")
            << "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int);\n"
               "CREATE TABLE c (id int, a_id int, FOREIGN KEY (a_id) REFERENCES missing (id));\n"
            << "statement 3 failed" << 0 << "Foreign key constraint is incorrectly formed";
        QTest::newRow("syntax error after a DELIMITER command keeps its line")
            << "CREATE TABLE a (id int);\nDELIMITER $$\nCREATE TABLEE b (id int)$$\n"
            << "statement 2 failed" << 3 << "You have an error in your SQL syntax";
        QTest::newRow("duplicate table in the first statement")
            << "CREATE TABLE a (id int);\nCREATE TABLE a (id int);\n" << "statement 2 failed" << 0 << "already exists";
    }

    void errorsNameTheStatementAndLine()
    {
        QFETCH(QString, ddl);
        QFETCH(QString, statement);
        QFETCH(int, line);
        QFETCH(QString, engineText);
        SCHEMAPILOT_MYSQL_DATABASE(db);
        // Only this session's scratch databases: other tests may load desired schemas meanwhile.
        const QString ownScratch = kScratchPrefix + db.column(QStringLiteral("SELECT CONNECTION_ID()")).value(0) + u'_';
        const int scratchBefore = db.databasesNamedLike(ownScratch);
        const auto schema = MysqlDesiredLoader(MysqlInspector()).load(ddl, QStringLiteral("broken.sql"), db.database(), InspectOptions{});
        QVERIFY(!schema);
        QCOMPARE(schema.error().code, ErrorCode::SchemaLoadFailed);
        QCOMPARE(schema.error().file, QStringLiteral("broken.sql"));
        QVERIFY2(schema.error().message.contains(statement), qPrintable(schema.error().message));
        QVERIFY2(schema.error().driverText.contains(engineText), qPrintable(schema.error().driverText));
        QVERIFY2(schema.error().line == line, qPrintable(QStringLiteral("line %1, expected %2: %3")
                                                              .arg(schema.error().line).arg(line).arg(schema.error().driverText)));
        QCOMPARE(db.databasesNamedLike(ownScratch), scratchBefore);
        // The connection stays usable after the failed multi-statement batch.
        QCOMPARE(db.column(QStringLiteral("SELECT 1")), QStringList{"1"});
    }

    void refusesToLeaveTheScratchDatabase_data()
    {
        QTest::addColumn<QString>("ddl");
        QTest::newRow("USE another database") << "CREATE TABLE a (id int);\nUSE mysql;\nCREATE TABLE b (id int);";
        QTest::newRow("qualified with the live database") << "CREATE TABLE `%1`.a (id int);";
        QTest::newRow("a database of its own") << "CREATE DATABASE schemapilot_never;\nCREATE TABLE a (id int);";
    }

    void refusesToLeaveTheScratchDatabase()
    {
        QFETCH(QString, ddl);
        SCHEMAPILOT_MYSQL_DATABASE(db);
        const auto schema = MysqlDesiredLoader(MysqlInspector())
                                .load(ddl.contains(QStringLiteral("%1")) ? ddl.arg(db.name()) : ddl, QStringLiteral("escape.sql"), db.database(), InspectOptions{});
        QVERIFY(!schema);
        QCOMPARE(schema.error().code, ErrorCode::SchemaLoadFailed);
        QCOMPARE(db.column(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")),
                 QStringList{"0"});
    }

    // A desired file that names another database would run there with the user's rights: a
    // status or plan must not drop or create anything outside the scratch database.
    void refusesToTouchAnotherDatabase()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        SCHEMAPILOT_MYSQL_DATABASE(other);
        QCOMPARE(other.exec(QStringLiteral("CREATE TABLE important (id int); INSERT INTO important VALUES (1);")), QString());
        const QString ddl = QStringLiteral("CREATE TABLE t (id int);\n"
                                           "CREATE TABLE %1.evil (id int);\n"
                                           "DROP TABLE IF EXISTS `%1`.important;\n").arg(other.name());
        const auto schema = MysqlDesiredLoader(MysqlInspector()).load(ddl, QStringLiteral("reach.sql"), db.database(), InspectOptions{});
        QVERIFY(!schema);
        QCOMPARE(schema.error().code, ErrorCode::SchemaLoadFailed);
        QVERIFY2(schema.error().message.contains(other.name()), qPrintable(schema.error().message));
        QCOMPARE(other.column(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")),
                 QStringList{QStringLiteral("important")});
        QCOMPARE(other.column(QStringLiteral("SELECT COUNT(*) FROM important")), QStringList{QStringLiteral("1")});
    }
};

QTEST_GUILESS_MAIN(TestMysqlDesiredLoader)
#include "tst_mysqldesiredloader.moc"
