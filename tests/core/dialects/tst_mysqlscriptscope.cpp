// mysqlScriptReachesOutside: a desired-schema script must stay in its scratch database.
#include "dialects/mysql/mysqlscriptscope.h"

#include <QTest>

using namespace SchemaPilot::Core;

class TestMysqlScriptScope final : public QObject
{
    Q_OBJECT

    const QStringList m_databases{QStringLiteral("shop"), QStringLiteral("Other_DB"), QStringLiteral("mysql")};

private slots:
    void reaches_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("named");   // what the refusal must mention; "" when the script stays inside
        QTest::newRow("unqualified names stay inside") << "CREATE TABLE a (id int);\nCREATE VIEW v AS SELECT a.id FROM a;" << "";
        QTest::newRow("table.column of a table that is not a database") << "CREATE VIEW v AS SELECT t.id FROM t;" << "";
        QTest::newRow("database names in strings and comments") << "CREATE TABLE a (id int COMMENT 'copied from shop.a'); -- mysql.user\n# other_db.x\n/* shop.b */" << "";
        QTest::newRow("decimal numbers are not names") << "CREATE TABLE a (p decimal(5,2) DEFAULT 1.50);" << "";
        QTest::newRow("DROP TABLE db.table") << "CREATE TABLE a (id int);\nDROP TABLE IF EXISTS shop.orders;" << "shop";
        QTest::newRow("quoted and differently cased") << "CREATE TABLE `other_db`.`evil` (id int);" << "other_db";
        QTest::newRow("spaces around the dot") << "INSERT INTO mysql . user VALUES ();" << "mysql";
        QTest::newRow("inside a trigger body") << "CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW DELETE FROM shop.log;" << "shop";
        QTest::newRow("USE") << "USE shop;\nCREATE TABLE a (id int);" << "USE";
        QTest::newRow("CREATE DATABASE") << "CREATE DATABASE x;" << "CREATE DATABASE";
        QTest::newRow("drop schema after another statement") << "CREATE TABLE a (id int); drop schema x;" << "DROP SCHEMA";
        QTest::newRow("a column named database is fine") << "CREATE TABLE a (`database` varchar(10));" << "";
    }

    void reaches()
    {
        QFETCH(QString, script);
        QFETCH(QString, named);
        const QString problem = mysqlScriptReachesOutside(script, m_databases);
        if (named.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY(!problem.isEmpty());
            QVERIFY2(problem.contains(named, Qt::CaseInsensitive), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestMysqlScriptScope)
#include "tst_mysqlscriptscope.moc"
