// mysqlScriptWithoutDelimiters: the mysql client's DELIMITER command resolved without a server.
#include "dialects/mysql/mysqldelimiters.h"

#include <QTest>

using namespace SchemaPilot::Core;

class TestMysqlDelimiters final : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no DELIMITER: unchanged") << "CREATE TABLE a (id int);\n" << "CREATE TABLE a (id int);\n";
        QTest::newRow("double semicolon around a trigger")
            << "DELIMITER ;;\nCREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.id = 1; END;;\nDELIMITER ;\nSELECT 1;\n"
            << "\nCREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.id = 1; END;\n\nSELECT 1;\n";
        QTest::newRow("dollar delimiter, lower-case command")
            << "delimiter $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\ndelimiter ;\n"
            << "\nCREATE PROCEDURE p() BEGIN SELECT 1; END;\n\n";
        QTest::newRow("delimiter text inside strings, names and comments stays")
            << "DELIMITER //\nSELECT '//', `a//b` /* // */ FROM t //\nDELIMITER ;\n"
            << "\nSELECT '//', `a//b` /* // */ FROM t ;\n\n";
        QTest::newRow("DELIMITER as a word later on a line is not the command")
            << "SELECT 1 AS delimiter;\n" << "SELECT 1 AS delimiter;\n";
    }

    void resolve()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QCOMPARE(mysqlScriptWithoutDelimiters(script), expected);
    }
};

QTEST_GUILESS_MAIN(TestMysqlDelimiters)
#include "tst_mysqldelimiters.moc"
