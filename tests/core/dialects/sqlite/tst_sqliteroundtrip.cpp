#include "db/connection.h"
#include "diff/schemadiffer.h"
#include "dialects/sqlite/sqlitedesiredloader.h"
#include "dialects/sqlite/sqlitediffhooks.h"
#include "support/changesetdescription.h"
#include "support/sqlitefixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

// Inspector, desired loader and differ together: a live file and a desired file that say the
// same thing (however they are written) must diff to nothing.
class TestSqliteRoundTrip final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SqliteInspector m_inspector;
    SqliteDesiredLoader m_loader{m_inspector};
    SqliteDiffHooks m_hooks;

private slots:
    void sameSchemaDiffsToNothing_data()
    {
        QTest::addColumn<QString>("liveDdl");
        QTest::addColumn<QString>("desiredDdl");
        auto demo = [](const char *name) {
            QFile file(QStringLiteral(SCHEMAPILOT_SOURCE_DIR "/resources/demo/") + QLatin1StringView(name));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        QTest::newRow("bundled demo current schema") << demo("demo-current.sql") << demo("demo-current.sql");
        QTest::newRow("bundled demo desired schema") << demo("demo-desired.sql") << demo("demo-desired.sql");
        QTest::newRow("same tables written differently")
            << "CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE,"
               " age INT CHECK (age >= 0) DEFAULT 0);\nCREATE INDEX users_age ON users(age DESC) WHERE age > 0;"
            << "create table \"users\" (\n  id integer primary key,\n  email text not null unique collate nocase,\n"
               "  age int check(age>=0) default 0\n);\n-- an index\ncreate index users_age on users (age desc) where age>0;";
        // FTS5 reads PRAGMA data_version while it creates its table: the scratch load must allow it.
        QTest::newRow("full-text search tables (FTS5, FTS4, R-tree)")
            << "CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);\n"
               "CREATE VIRTUAL TABLE docs_fts USING fts5(body, content='docs', content_rowid='id');\n"
               "CREATE VIRTUAL TABLE notes USING fts4(title, body);\nCREATE VIRTUAL TABLE boxes USING rtree(id, x0, x1);"
            << "CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);\n"
               "CREATE VIRTUAL TABLE docs_fts USING fts5(body, content='docs', content_rowid='id');\n"
               "CREATE VIRTUAL TABLE notes USING fts4(title, body);\nCREATE VIRTUAL TABLE boxes USING rtree(id, x0, x1);";
    }

    void sameSchemaDiffsToNothing()
    {
        QFETCH(QString, liveDdl);
        QFETCH(QString, desiredDdl);
        QVERIFY(!liveDdl.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
        QCOMPARE(createSqliteFile(path, liveDdl), QString());
        auto url = ConnectionUrl::parse(path);
        QVERIFY(url);
        auto connection = Connection::open(*url, Connection::Access::ReadOnly);
        QVERIFY(connection);
        auto live = m_inspector.inspect((*connection)->database(), {});
        QVERIFY2(live, qPrintable(live ? QString() : live.error().toString()));
        auto desired = m_loader.load(desiredDdl, QStringLiteral("desired.sql"), (*connection)->database(), {});
        QVERIFY2(desired, qPrintable(desired ? QString() : desired.error().toString()));
        const ChangeSet changes = diffSchemas(*live, *desired, m_hooks);
        QStringList described;
        for (const Change &change : changes.changes)
            described << describeChange(change);
        QCOMPARE(described, QStringList());
    }

    // The details only the CREATE text shows must reach the differ too.
    void textOnlyDetailsAreDifferences_data()
    {
        QTest::addColumn<QString>("liveDdl");
        QTest::addColumn<QString>("desiredDdl");
        QTest::newRow("CHECK expression") << "CREATE TABLE t(a INT CHECK (a > 0))" << "CREATE TABLE t(a INT CHECK (a > 1))";
        QTest::newRow("generated expression") << "CREATE TABLE t(a INT, b INT AS (a + 1))"
                                              << "CREATE TABLE t(a INT, b INT AS (a + 2))";
        QTest::newRow("DEFERRABLE foreign key")
            << "CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE c(p INT REFERENCES p(id))"
            << "CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE c(p INT REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)";
        QTest::newRow("AUTOINCREMENT") << "CREATE TABLE t(id INTEGER PRIMARY KEY)"
                                       << "CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT)";
        QTest::newRow("column collation") << "CREATE TABLE t(a TEXT)" << "CREATE TABLE t(a TEXT COLLATE NOCASE)";
    }

    void textOnlyDetailsAreDifferences()
    {
        QFETCH(QString, liveDdl);
        QFETCH(QString, desiredDdl);
        const QString path = m_dir.filePath(QStringLiteral("differs.sqlite"));
        QCOMPARE(createSqliteFile(path, liveDdl), QString());
        auto url = ConnectionUrl::parse(path);
        QVERIFY(url);
        auto connection = Connection::open(*url, Connection::Access::ReadOnly);
        QVERIFY(connection);
        auto live = m_inspector.inspect((*connection)->database(), {});
        QVERIFY(live);
        auto desired = m_loader.load(desiredDdl, QStringLiteral("desired.sql"), (*connection)->database(), {});
        QVERIFY(desired);
        const ChangeSet changes = diffSchemas(*live, *desired, m_hooks);
        QVERIFY(!changes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteRoundTrip)
#include "tst_sqliteroundtrip.moc"
