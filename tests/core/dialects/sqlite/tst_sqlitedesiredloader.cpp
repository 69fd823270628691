#include "db/connection.h"
#include "dialects/sqlite/sqlitedesiredloader.h"
#include "support/sqlitefixture.h"

#include <QFile>
#include <QFuture>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

// Covers every feature the inspector models, with comments and statements over several lines.
const char *const kFullSchema = R"sql(
-- customers and their orders
CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL COLLATE NOCASE UNIQUE,  /* one account per address; */
    name TEXT DEFAULT 'anonymous',
    created_at TEXT DEFAULT CURRENT_TIMESTAMP,
    score REAL CHECK (score >= 0),
    CONSTRAINT name_not_blank CHECK (length(trim(name)) > 0)
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    total_cents INTEGER NOT NULL DEFAULT 0,
    total REAL GENERATED ALWAYS AS (total_cents / 100.0) VIRTUAL,
    note TEXT
) STRICT;

CREATE TABLE order_lines (
    order_id INTEGER NOT NULL,
    line INTEGER NOT NULL,
    sku TEXT NOT NULL,
    CONSTRAINT order_lines_pk PRIMARY KEY (order_id, line),
    FOREIGN KEY (order_id) REFERENCES orders(id) ON UPDATE CASCADE MATCH SIMPLE
) WITHOUT ROWID;

CREATE INDEX orders_by_customer ON orders(customer_id, id DESC);
CREATE UNIQUE INDEX orders_note ON orders(lower(note)) WHERE note IS NOT NULL;

CREATE VIEW big_orders AS
    SELECT o.id, c.email FROM orders AS o JOIN customers AS c ON c.id = o.customer_id
    WHERE o.total_cents > 10000;

CREATE TRIGGER orders_touch AFTER UPDATE ON orders
BEGIN
    UPDATE orders SET note = 'changed; see log' WHERE id = new.id AND note IS NULL;
    SELECT 1;
END;
)sql";

} // namespace

class TestSqliteDesiredLoader final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SqliteInspector m_inspector;
    SqliteDesiredLoader m_loader{m_inspector};

    Result<Schema> load(const QString &ddl, const QString &fileName = QStringLiteral("schema.sql"))
    {
        return m_loader.load(ddl, fileName, QSqlDatabase(), {});
    }

    QStringList scratchConnections() const
    {
        QStringList names;
        for (const QString &name : QSqlDatabase::connectionNames())
            if (name.contains(QStringLiteral("desired")))
                names << name;
        return names;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void equalsInspectingTheSameDdlFromAFile()
    {
        auto desired = load(QString::fromUtf8(kFullSchema));
        QVERIFY2(desired, qPrintable(desired ? QString() : desired.error().toString()));

        const QString path = m_dir.filePath(QStringLiteral("same.sqlite"));
        QCOMPARE(createSqliteFile(path, QString::fromUtf8(kFullSchema)), QString());
        auto url = ConnectionUrl::parse(path);
        QVERIFY(url);
        auto connection = Connection::open(*url, Connection::Access::ReadOnly);
        QVERIFY(connection);
        InspectOptions options;
        options.estimateRows = false; // the desired side has no rows to estimate
        auto live = m_inspector.inspect((*connection)->database(), options);
        QVERIFY(live);

        QCOMPARE(desired->tables.size(), 3);
        QCOMPARE(desired->views.size(), 1);
        QCOMPARE(desired->triggers.size(), 1);
        for (const Table &table : live->tables) {
            const Table *other = desired->table(table.name);
            QVERIFY2(other, qPrintable(table.name));
            QVERIFY2(*other == table, qPrintable(QStringLiteral("table %1 differs").arg(table.name)));
        }
        QCOMPARE(desired->views, live->views);
        QCOMPARE(desired->triggers, live->triggers);
        QCOMPARE(*desired, *live);
        QCOMPARE(desired->fingerprint(), live->fingerprint());

        // spot checks that the features really came through
        const Table *orders = desired->table(QStringLiteral("orders"));
        QVERIFY(orders->strict);
        QCOMPARE(orders->column("total")->generatedExpr, QStringLiteral("total_cents / 100.0"));
        QVERIFY(orders->foreignKeys.first().initiallyDeferred);
        QCOMPARE(orders->index("orders_note")->where, QStringLiteral("note IS NOT NULL"));
        QVERIFY(desired->table(QStringLiteral("order_lines"))->withoutRowid);
        QCOMPARE(desired->table(QStringLiteral("order_lines"))->primaryKeyName, QStringLiteral("order_lines_pk"));
        QCOMPARE(desired->table(QStringLiteral("customers"))->column("email")->collation, QStringLiteral("NOCASE"));
        QVERIFY(desired->table(QStringLiteral("customers"))->column("id")->autoIncrement);
        QCOMPARE(desired->table(QStringLiteral("customers"))->rowEstimate, -1);
        QVERIFY(scratchConnections().isEmpty());
    }

    void triggerBodiesKeepTheirSemicolons()
    {
        auto schema = load(QStringLiteral(
            "CREATE TABLE t(a);\nCREATE TABLE log(m);\n"
            "CREATE TRIGGER t_ai AFTER INSERT ON t\nBEGIN\n  INSERT INTO log VALUES ('x;y');\n"
            "  INSERT INTO log VALUES (new.a); -- ; in a comment\nEND;\n"
            "CREATE TRIGGER t_ad AFTER DELETE ON t BEGIN DELETE FROM log; END"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QCOMPARE(schema->triggers.size(), 2);
        QCOMPARE(schema->triggers.at(1).name, QStringLiteral("t_ai"));
        QVERIFY(schema->triggers.at(1).sql.endsWith(QStringLiteral("-- ; in a comment\nEND")));
        QCOMPARE(schema->triggers.at(0).sql, QStringLiteral("CREATE TRIGGER t_ad AFTER DELETE ON t BEGIN DELETE FROM log; END"));
    }

    void commentsAndBlankStatements()
    {
        auto schema = load(QStringLiteral(
            "/* header; with a semicolon */\n"
            "-- CREATE TABLE commented_out(x);\n"
            ";;\n"
            "CREATE TABLE t(\n  a TEXT DEFAULT ';', -- trailing; comment\n  b INT\n);\n"
            "INSERT INTO t VALUES ('seed; row', 1);\n"
            "/* unterminated at the end"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QCOMPARE(schema->tables.size(), 1);
        QCOMPARE(schema->tables.first().columnNames(), QStringList({"a", "b"}));
        QCOMPARE(*schema->tables.first().column("a")->defaultExpr, QStringLiteral("';'"));
    }

    void emptySchemas_data()
    {
        QTest::addColumn<QString>("ddl");
        QTest::newRow("empty file") << "";
        QTest::newRow("only whitespace") << "\n\n  \t\n";
        QTest::newRow("only comments") << "-- nothing yet\n/* really nothing */";
        QTest::newRow("statements but no tables") << "PRAGMA foreign_keys = ON; SELECT 1;";
    }

    void emptySchemas()
    {
        QFETCH(QString, ddl);
        auto schema = load(ddl);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QVERIFY(schema->isEmpty());
        QCOMPARE(schema->dialect, QStringLiteral("sqlite"));
    }

    void brokenStatements_data()
    {
        QTest::addColumn<QString>("ddl");
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("driverText");

        QTest::newRow("syntax error in the third statement")
            << "CREATE TABLE a(x);\n-- second\nCREATE TABLE b(y);\n\nCREATE TABEL c(z);\nCREATE TABLE d(w);"
            << 3 << 5 << "CREATE TABEL c(z)" << "near \"TABEL\": syntax error";
        QTest::newRow("index on a missing table, after a trigger with semicolons")
            << "CREATE TABLE a(x);\nCREATE TRIGGER tr AFTER INSERT ON a BEGIN\n SELECT 1;\n SELECT 2;\nEND;\n"
               "CREATE INDEX i ON missing(x);"
            << 3 << 6 << "CREATE INDEX i ON missing(x)" << "no such table: main.missing";
        QTest::newRow("error that only shows when the statement runs")
            << "CREATE TABLE a(x UNIQUE);\nINSERT INTO a VALUES (1);\n/* dup */ INSERT INTO a\n  VALUES (1);"
            << 3 << 3 << "INSERT INTO a\n  VALUES (1)" << "UNIQUE constraint failed: a.x";
        QTest::newRow("duplicate table over several lines")
            << "CREATE TABLE a(x);\n\nCREATE TABLE\n  a(y);" << 2 << 3 << "CREATE TABLE\n  a(y)"
            << "table a already exists";
        QTest::newRow("unterminated string at the end") << "CREATE TABLE a(x);\nCREATE TABLE b(y DEFAULT 'oops);"
            << 2 << 2 << "CREATE TABLE b(y DEFAULT 'oops);" << "unrecognized token: \"'oops);\"";
    }

    void brokenStatements()
    {
        QFETCH(QString, ddl);
        QFETCH(int, number);
        QFETCH(int, line);
        QFETCH(QString, statement);
        QFETCH(QString, driverText);
        auto schema = load(ddl, QStringLiteral("desired.sql"));
        QVERIFY(!schema);
        const Error &error = schema.error();
        QCOMPARE(error.code, ErrorCode::SchemaLoadFailed);
        QCOMPARE(error.file, QStringLiteral("desired.sql"));
        QCOMPARE(error.line, line);
        QCOMPARE(error.statement, statement);
        QCOMPARE(error.driverText, driverText);
        QVERIFY2(error.message.startsWith(QStringLiteral("Statement %1 of desired.sql").arg(number)), qPrintable(error.message));
        QVERIFY2(error.message.contains(driverText), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("fix the statement")), qPrintable(error.message));
        QVERIFY(scratchConnections().isEmpty());
    }

    void refusesFileAccess_data()
    {
        QTest::addColumn<QString>("ddl");   // %1: a file path that must never appear
        QTest::addColumn<QString>("reason");
        QTest::newRow("ATTACH a file") << "CREATE TABLE a(x);\nATTACH '%1' AS other;\nCREATE TABLE other.t(x);"
                                       << "ATTACH";
        QTest::newRow("ATTACH through a URI") << "ATTACH 'file:%1?mode=rwc' AS other;" << "ATTACH";
        QTest::newRow("VACUUM INTO a file") << "CREATE TABLE a(x);\nVACUUM INTO '%1';" << "VACUUM";
        QTest::newRow("VACUUM INTO after a comment") << "/* c */ vacuum main into '%1'" << "VACUUM";
        QTest::newRow("pragma that redirects temporary files")
            << "PRAGMA temp_store_directory = '%1';" << "temp_store_directory";
        QTest::newRow("load_extension()") << "SELECT load_extension('%1');" << "load_extension";
    }

    void refusesFileAccess()
    {
        QFETCH(QString, ddl);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("must-not-exist.db"));
        QFile::remove(path);
        auto schema = load(ddl.arg(path), QStringLiteral("evil.sql"));
        QVERIFY(!schema);
        QCOMPARE(schema.error().code, ErrorCode::SchemaLoadFailed);
        QVERIFY2(schema.error().message.contains(reason), qPrintable(schema.error().message));
        QVERIFY2(schema.error().message.contains(QStringLiteral("in-memory")), qPrintable(schema.error().message));
        QVERIFY(schema.error().statement.contains(path));
        // the engine's own refusal text, except for VACUUM, which SchemaPilot refuses before running it
        if (reason == QStringLiteral("VACUUM"))
            QVERIFY(schema.error().driverText.isEmpty());
        else
            QVERIFY2(schema.error().driverText.startsWith(QStringLiteral("not authorized")), qPrintable(schema.error().driverText));
        QVERIFY2(!QFile::exists(path), "the desired schema must never create a file");
        QVERIFY(!QFile::exists(QStringLiteral("other")));
    }

    void internalTablesAreSkippedToo()
    {
        InspectOptions options;
        options.excludeTables = {QStringLiteral("scratch")};
        auto schema = m_loader.load(QStringLiteral("CREATE TABLE schemapilot_history(id);\nCREATE TABLE scratch(x);\n"
                                                   "CREATE TABLE kept(y);"),
                                    QStringLiteral("schema.sql"), QSqlDatabase(), options);
        QVERIFY(schema);
        QCOMPARE(schema->tables.size(), 1);
        QCOMPARE(schema->tables.first().name, QStringLiteral("kept"));
    }

    // The sqlite3 shell's .schema lists the engine's own tables as CREATE statements, which no
    // statement may run ("object name reserved for internal use"); SQLite makes them itself.
    void shellSchemaWithEngineTablesLoads()
    {
        const QString shellSchema = QStringLiteral(
            "CREATE TABLE \"django_migrations\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"app\" varchar(255) NOT NULL);\n"
            "CREATE TABLE sqlite_sequence(name,seq);\n"
            "CREATE INDEX migrations_app ON django_migrations (app);\n"
            "CREATE TABLE sqlite_stat1(tbl,idx,stat);\n"
            "CREATE TABLE IF NOT EXISTS \"sqlite_stat4\"(tbl,idx,neq,nlt,ndlt,sample);\n");
        auto schema = load(shellSchema);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QCOMPARE(schema->tables.size(), 1);
        QCOMPARE(schema->tables.first().name, QStringLiteral("django_migrations"));
        QCOMPARE(schema->tables.first().indexes.size(), 1);
        // A user table that merely starts like one is still refused by the engine.
        QVERIFY(!load(QStringLiteral("CREATE TABLE sqlite_mine(x);")));
    }

    void bundledDemoSchemasLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("demo current schema") << "resources/demo/demo-current.sql";
        QTest::newRow("demo desired schema") << "resources/demo/demo-desired.sql";
    }

    void bundledDemoSchemasLoad()
    {
        QFETCH(QString, file);
        QFile source(QStringLiteral(SCHEMAPILOT_SOURCE_DIR) + u'/' + file);
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        const QString ddl = QString::fromUtf8(source.readAll());
        auto schema = load(ddl, file);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QVERIFY(!schema->tables.isEmpty());
        // the same DDL in a real file inspects to the same schema
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(createSqliteFile(path, ddl), QString());
        auto url = ConnectionUrl::parse(path);
        QVERIFY(url);
        auto connection = Connection::open(*url, Connection::Access::ReadOnly);
        QVERIFY(connection);
        InspectOptions options;
        options.estimateRows = false;
        auto live = m_inspector.inspect((*connection)->database(), options);
        QVERIFY(live);
        QCOMPARE(*schema, *live);
    }

    void loadsOnAWorkerThread()
    {
        // Each call opens and removes its own connection on the calling thread.
        QFuture<Result<Schema>> future = QtConcurrent::run([this] {
            return m_loader.load(QString::fromUtf8(kFullSchema), QStringLiteral("schema.sql"), QSqlDatabase(), {});
        });
        auto onMain = load(QString::fromUtf8(kFullSchema));
        const Result<Schema> onWorker = future.result();
        QVERIFY(onWorker);
        QVERIFY(onMain);
        QCOMPARE(*onWorker, *onMain);
        QVERIFY(scratchConnections().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteDesiredLoader)
#include "tst_sqlitedesiredloader.moc"
