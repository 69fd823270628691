#include "dialects/sqlite/sqlitediffhooks.h"
#include "support/sqlitefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

// The normalisers decide when two spellings are "the same" for SQLite. Wherever the claim can be
// checked, the engine itself is asked: equal means SQLite stores or computes the same thing.
class TestSqliteDiffHooks final : public QObject
{
    Q_OBJECT

private:
    SqliteDiffHooks m_hooks;
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString freshDatabase(const QString &sql)
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_fileCounter));
        const QString error = createSqliteFile(path, sql);
        if (!error.isEmpty())
            qWarning("SQLite refused the test DDL: %s", qPrintable(error));
        return error.isEmpty() ? path : QString();
    }

    QString storedTableSql(const QString &ddl)
    {
        const QString path = freshDatabase(ddl);
        const QStringList rows = querySqliteFile(path, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table'"));
        return rows.value(0);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void typesEquivalent_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equivalent");
        QTest::newRow("same spelling") << "INTEGER" << "INTEGER" << true;
        QTest::newRow("case only") << "integer" << "INTEGER" << true;
        QTest::newRow("spaces inside parentheses") << "VARCHAR(10)" << "varchar( 10 )" << true;
        QTest::newRow("space before parenthesis") << "VARCHAR (10)" << "VARCHAR(10)" << true;
        QTest::newRow("two-word type with extra spaces") << "double   precision" << "DOUBLE PRECISION" << true;
        QTest::newRow("precision and scale spacing") << "NUMERIC(10,2)" << "numeric(10, 2)" << true;
        QTest::newRow("both without a declared type") << "" << "" << true;
        QTest::newRow("INTEGER is not INT (rowid alias)") << "INTEGER" << "INT" << false;
        QTest::newRow("different length") << "VARCHAR(10)" << "VARCHAR(20)" << false;
        QTest::newRow("TEXT is not VARCHAR (STRICT rejects VARCHAR)") << "TEXT" << "VARCHAR" << false;
        QTest::newRow("declared type vs none") << "" << "ANY" << false;
        QTest::newRow("words are not glued together") << "DOUBLE PRECISION" << "DOUBLEPRECISION" << false;
    }

    void typesEquivalent()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equivalent);
        QCOMPARE(m_hooks.typesEquivalent(a, b), equivalent);
        QCOMPARE(m_hooks.typesEquivalent(b, a), equivalent);
    }

    // The reason INTEGER and INT must stay distinct, shown by the engine.
    void integerAndIntBehaveDifferently()
    {
        const QString path = freshDatabase(QStringLiteral(
            "CREATE TABLE a(id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE b(id INT PRIMARY KEY, v TEXT);"
            "INSERT INTO a(id, v) VALUES (NULL, 'x'); INSERT INTO b(id, v) VALUES (NULL, 'x');"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT id FROM a")), QStringList{"1"});
        QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT id FROM b")), QStringList{"<null>"});
        QVERIFY(!m_hooks.typesEquivalent(QStringLiteral("INTEGER"), QStringLiteral("INT")));
    }

    void normaliseDefault_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("outer parentheses") << "(0)" << "0" << true;
        QTest::newRow("nested outer parentheses") << "((0))" << "0" << true;
        QTest::newRow("current_timestamp keyword case") << "current_timestamp" << "CURRENT_TIMESTAMP" << true;
        QTest::newRow("null keyword case") << "null" << "NULL" << true;
        QTest::newRow("true keyword case") << "true" << "TRUE" << true;
        QTest::newRow("negative number in parentheses") << "(-1)" << "-1" << true;
        QTest::newRow("expression spacing") << "(1 + 2)" << "1+2" << true;
        QTest::newRow("function name case and spacing") << "datetime('now')" << "DATETIME( 'now' )" << true;
        QTest::newRow("string vs number") << "'1'" << "1" << false;
        QTest::newRow("string literal case kept") << "'abc'" << "'ABC'" << false;
        QTest::newRow("string literal spacing kept") << "'a  b'" << "'a b'" << false;
        QTest::newRow("integer vs real") << "1" << "1.0" << false;
        QTest::newRow("different numbers") << "1" << "2" << false;
    }

    void normaliseDefault()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(m_hooks.normaliseDefault(a) == m_hooks.normaliseDefault(b), equal);

        // The engine agrees: both defaults store the same value of the same type, or they do not.
        const QString path = freshDatabase(
            QStringLiteral("CREATE TABLE t(k INTEGER PRIMARY KEY, x DEFAULT (%1), y DEFAULT (%2)); INSERT INTO t DEFAULT VALUES;")
                .arg(a, b));
        QVERIFY(!path.isEmpty());
        const QStringList same = querySqliteFile(path, QStringLiteral("SELECT x IS y AND typeof(x) = typeof(y) FROM t"));
        QCOMPARE(same, QStringList{equal ? "1" : "0"});
    }

    // What PRAGMA table_info reports for DEFAULT 0 and DEFAULT (0) compares equal.
    void normaliseDefaultOfStoredDefaults()
    {
        const QString path = freshDatabase(QStringLiteral(
            "CREATE TABLE t(a INTEGER DEFAULT (0), b INTEGER DEFAULT 0, c TEXT DEFAULT (current_timestamp),"
            " d TEXT DEFAULT CURRENT_TIMESTAMP);"));
        QVERIFY(!path.isEmpty());
        const QStringList defaults = querySqliteFile(path, QStringLiteral("SELECT dflt_value FROM pragma_table_info('t')"));
        QCOMPARE(defaults.size(), 4);
        QCOMPARE(m_hooks.normaliseDefault(defaults[0]), m_hooks.normaliseDefault(defaults[1]));
        QCOMPARE(m_hooks.normaliseDefault(defaults[2]), m_hooks.normaliseDefault(defaults[3]));
        QVERIFY(m_hooks.normaliseDefault(defaults[0]) != m_hooks.normaliseDefault(defaults[2]));
    }

    void normaliseExpression_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("whitespace around operators") << "a>0" << "a  >  0" << true;
        QTest::newRow("double-quoted identifier") << "\"a\" > 0" << "a > 0" << true;
        QTest::newRow("backtick identifier") << "`a` > 0" << "a > 0" << true;
        QTest::newRow("bracket identifier") << "[a] > 0" << "a > 0" << true;
        QTest::newRow("identifier case") << "A > 0" << "a > 0" << true;
        QTest::newRow("keyword case") << "a is not null" << "a IS NOT NULL" << true;
        QTest::newRow("function spacing") << "length( name )>0" << "LENGTH(name) > 0" << true;
        QTest::newRow("== and =") << "a == 1" << "a = 1" << true;
        QTest::newRow("<> and !=") << "a <> 1" << "a != 1" << true;
        QTest::newRow("comments ignored") << "a > 0 /* positive */" << "a > 0" << true;
        QTest::newRow("quoted name with a space, two styles") << "\"my col\" > 0" << "[my col] > 0" << true;
        QTest::newRow("string literal case matters") << "a = 'x'" << "a = 'X'" << false;
        QTest::newRow("quoted keyword stays quoted") << "\"order\" > 0" << "order > 0" << false;
        QTest::newRow("string is not an identifier") << "'a' > 0" << "a > 0" << false;
        QTest::newRow("different constant") << "a > 0" << "a > 1" << false;
        QTest::newRow("different operator") << "a > 0" << "a >= 0" << false;
    }

    void normaliseExpression()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(m_hooks.normaliseExpression(a) == m_hooks.normaliseExpression(b), equal);
    }

    void tableDefinitionDifference_data()
    {
        QTest::addColumn<QString>("currentDdl");
        QTest::addColumn<QString>("desiredDdl");
        QTest::addColumn<QString>("mentions");  // empty: no difference expected
        QTest::newRow("identical") << "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)"
                                   << "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)" << "";
        QTest::newRow("whitespace and newlines") << "CREATE TABLE t(id INTEGER PRIMARY KEY,name TEXT)"
                                                 << "CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  name TEXT\n)" << "";
        QTest::newRow("quoting styles") << "CREATE TABLE \"t\"(\"id\" INTEGER, [name] TEXT, `note` TEXT)"
                                        << "CREATE TABLE t(id INTEGER, name TEXT, note TEXT)" << "";
        QTest::newRow("keyword and identifier case") << "create table t(ID integer not null, Name text default 'x')"
                                                     << "CREATE TABLE t(id INTEGER NOT NULL, name TEXT DEFAULT 'x')" << "";
        QTest::newRow("comments") << "CREATE TABLE t(id INTEGER -- the key\n)" << "CREATE TABLE t(id INTEGER)" << "";
        QTest::newRow("table name part ignored") << "CREATE TABLE old_name(id INTEGER)" << "CREATE TABLE new_name(id INTEGER)" << "";
        QTest::newRow("parentheses around a default literal") << "CREATE TABLE t(a INTEGER DEFAULT (0), b INTEGER DEFAULT (-1), c TEXT DEFAULT (CURRENT_TIMESTAMP))"
                                                              << "CREATE TABLE t(a INTEGER DEFAULT 0, b INTEGER DEFAULT -1, c TEXT DEFAULT CURRENT_TIMESTAMP)" << "";
        // Defaults, checks, keys and names are the model's business (the differ compares them there);
        // the stored text only adds what the model cannot show.
        QTest::newRow("default expression is compared by the model") << "CREATE TABLE t(a INTEGER DEFAULT (1 + 2))" << "CREATE TABLE t(a INTEGER DEFAULT (1 + 3))" << "";
        QTest::newRow("ON CONFLICT clause") << "CREATE TABLE t(id INTEGER PRIMARY KEY)"
                                            << "CREATE TABLE t(id INTEGER PRIMARY KEY ON CONFLICT REPLACE)" << "ON CONFLICT";
        QTest::newRow("string literal default is compared by the model") << "CREATE TABLE t(a TEXT DEFAULT 'a')" << "CREATE TABLE t(a TEXT DEFAULT 'A')" << "";
        QTest::newRow("conflict clause on NOT NULL") << "CREATE TABLE t(a TEXT NOT NULL)" << "CREATE TABLE t(a TEXT NOT NULL ON CONFLICT IGNORE)"
                                                     << "A NOT NULL ON CONFLICT IGNORE";
        QTest::newRow("primary key as a table constraint") << "CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT)"
                                                           << "CREATE TABLE t(id INTEGER, a TEXT, PRIMARY KEY(id))" << "";
        QTest::newRow("unique and references as table constraints")
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT UNIQUE, p INTEGER REFERENCES p(id))"
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT, p INTEGER, UNIQUE(code), FOREIGN KEY(p) REFERENCES p(id))" << "";
        QTest::newRow("column order") << "CREATE TABLE t(a INTEGER, b TEXT)" << "CREATE TABLE t(b TEXT, a INTEGER)" << "column order A, B → B, A";
        QTest::newRow("named constraint is the same table") << "CREATE TABLE t(a INTEGER CHECK (a > 0))"
                                          << "CREATE TABLE t(a INTEGER CONSTRAINT positive CHECK (a > 0))" << "";
    }

    void tableDefinitionDifference()
    {
        QFETCH(QString, currentDdl);
        QFETCH(QString, desiredDdl);
        QFETCH(QString, mentions);
        Table current;
        current.sql = storedTableSql(currentDdl);
        Table desired;
        desired.sql = storedTableSql(desiredDdl);
        QVERIFY(!current.sql.isEmpty());
        QVERIFY(!desired.sql.isEmpty());
        const QString difference = m_hooks.tableDefinitionDifference(current, desired);
        if (mentions.isEmpty())
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        else
            QVERIFY2(difference.contains(mentions), qPrintable(difference));
    }

    void tableDefinitionDifferenceNeedsBothTexts()
    {
        Table withSql;
        withSql.sql = QStringLiteral("CREATE TABLE t(a INTEGER)");
        QVERIFY(m_hooks.tableDefinitionDifference(withSql, Table{}).isEmpty());
        QVERIFY(m_hooks.tableDefinitionDifference(Table{}, withSql).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteDiffHooks)
#include "tst_sqlitediffhooks.moc"
