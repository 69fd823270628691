#include "dialects/sqlite/sqlitecreatetext.h"

#include <QTest>

using namespace SchemaPilot::Core;

class TestSqliteCreateText final : public QObject
{
    Q_OBJECT

private slots:
    void parsesTableText()
    {
        const SqliteTableText table = SqliteCreateText::parseTable(QStringLiteral(
            "CREATE TABLE \"t(x\" (\n"
            "  id INTEGER CONSTRAINT pk PRIMARY KEY,\n"
            "  \"a,b\" TEXT CONSTRAINT nn NOT NULL CHECK(\"a,b\" <> 'CHECK (no)') UNIQUE,\n"
            "  g DECIMAL(10, 2) DEFAULT (1) GENERATED ALWAYS AS (id * (2 + 1)) STORED,\n"
            "  r INT REFERENCES other ON DELETE SET NULL ON UPDATE NO ACTION MATCH partial,\n"
            "  CONSTRAINT [u 1] UNIQUE (g COLLATE NOCASE, r DESC),\n"
            "  CONSTRAINT fk2 FOREIGN KEY (r, g) REFERENCES \"other t\" (a, b) NOT DEFERRABLE INITIALLY DEFERRED,\n"
            "  FOREIGN KEY (r) REFERENCES other DEFERRABLE INITIALLY DEFERRED,\n"
            "  CHECK (g > 0)\n"
            ") WITHOUT ROWID"));
        QStringList columns;
        for (const SqliteColumnText &column : table.columns)
            columns << column.name;
        QCOMPARE(columns, QStringList({"id", "a,b", "g", "r"}));
        QCOMPARE(table.columns.at(2).generatedExpr, QStringLiteral("id * (2 + 1)"));
        QVERIFY(table.columns.at(0).generatedExpr.isEmpty());
        QCOMPARE(table.primaryKeyName, QStringLiteral("pk"));
        QCOMPARE(table.checks, (QList<CheckConstraint>{{QString(), "\"a,b\" <> 'CHECK (no)'"}, {QString(), "g > 0"}}));
        QCOMPARE(table.uniques.size(), 2);
        QCOMPARE(table.uniques.at(0).columns, QStringList({"a,b"}));
        QVERIFY(table.uniques.at(0).constraintName.isEmpty());
        QCOMPARE(table.uniques.at(1).constraintName, QStringLiteral("u 1"));
        QCOMPARE(table.uniques.at(1).columns, QStringList({"g", "r"}));

        QCOMPARE(table.foreignKeys.size(), 3);
        const SqliteForeignKeyText &columnKey = table.foreignKeys.at(0);
        QCOMPARE(columnKey.columns, QStringList({"r"}));
        QCOMPARE(columnKey.refTable, QStringLiteral("other"));
        QCOMPARE(columnKey.match, QStringLiteral("PARTIAL"));
        QVERIFY(!columnKey.deferrable);
        const SqliteForeignKeyText &named = table.foreignKeys.at(1);
        QCOMPARE(named.constraintName, QStringLiteral("fk2"));
        QCOMPARE(named.columns, QStringList({"r", "g"}));
        QCOMPARE(named.refTable, QStringLiteral("other t"));
        QVERIFY(!named.deferrable);
        QVERIFY(!named.initiallyDeferred); // NOT DEFERRABLE wins over INITIALLY DEFERRED
        QVERIFY(table.foreignKeys.at(2).deferrable);
        QVERIFY(table.foreignKeys.at(2).initiallyDeferred);
    }

    void tableAsSelectHasNoDefinitions()
    {
        const SqliteTableText table = SqliteCreateText::parseTable(QStringLiteral("CREATE TABLE t AS SELECT (1) AS x"));
        QVERIFY(table.columns.isEmpty());
        QVERIFY(table.checks.isEmpty());
    }

    void parsesIndexText_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QString>("where");
        QTest::newRow("plain columns") << "CREATE INDEX i ON t(a, b)" << QStringList{"a", "b"} << "";
        QTest::newRow("collate and order stripped") << "CREATE INDEX i ON t(a COLLATE nocase DESC, \"b\" ASC)"
                                                    << QStringList{"a", "\"b\""} << "";
        QTest::newRow("expressions with commas") << "CREATE INDEX \"on\" ON \"t\" (substr(a, 1, 2), (a + b) DESC)"
                                                 << QStringList{"substr(a, 1, 2)", "(a + b)"} << "";
        QTest::newRow("partial with nested where") << "CREATE UNIQUE INDEX IF NOT EXISTS i ON t(a) WHERE a IN (SELECT 1 WHERE 1) AND b"
                                                   << QStringList{"a"} << "a IN (SELECT 1 WHERE 1) AND b";
        QTest::newRow("schema-qualified table") << "CREATE INDEX main.i ON t(a)" << QStringList{"a"} << "";
    }

    void parsesIndexText()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, parts);
        QFETCH(QString, where);
        const SqliteIndexText index = SqliteCreateText::parseIndex(sql);
        QCOMPARE(index.parts, parts);
        QCOMPARE(index.where, where);
    }

    void viewSelectAndFirstKeyword()
    {
        QCOMPARE(SqliteCreateText::viewSelect(QStringLiteral("CREATE VIEW v(a, b) AS SELECT 1 AS a, 2 AS b")),
                 QStringLiteral("SELECT 1 AS a, 2 AS b"));
        QCOMPARE(SqliteCreateText::viewSelect(QStringLiteral("CREATE VIEW \"as\" AS\n  WITH x AS (SELECT 1) SELECT * FROM x")),
                 QStringLiteral("WITH x AS (SELECT 1) SELECT * FROM x"));
        QCOMPARE(SqliteCreateText::firstKeyword(QStringLiteral("/* x */ -- y\n vacuum into 'f'")), QStringLiteral("VACUUM"));
        QCOMPARE(SqliteCreateText::firstKeyword(QStringLiteral("  'text'")), QString());
        QCOMPARE(SqliteCreateText::firstKeyword(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestSqliteCreateText)
#include "tst_sqlitecreatetext.moc"
