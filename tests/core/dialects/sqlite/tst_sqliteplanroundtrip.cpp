#include "db/connection.h"
#include "diff/schemadiffer.h"
#include "dialects/sqlite/sqlitedesiredloader.h"
#include "dialects/sqlite/sqlitediffhooks.h"
#include "dialects/sqlite/sqliteinspector.h"
#include "dialects/sqlite/sqliteplanner.h"
#include "plan/lint.h"
#include "support/sqlitefixture.h"
#include "support/sqlitescript.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

// Each scenario: a real file with the current schema and rows, the desired DDL, rename hints.
// The plan runs forward (foreign_keys=OFF, BEGIN IMMEDIATE, statements, foreign_key_check,
// COMMIT) and must leave exactly the desired schema with the data; its rollback must bring the
// original structure back.

namespace {

const QString kUsers = QStringLiteral(
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, nick TEXT, email TEXT);"
    "INSERT INTO users VALUES (1, 'ann', 31, 'a', 'ann@x'), (2, 'bob', NULL, NULL, 'bob@x'), (3, 'cy', 17, 'c', 'cy@x');");
const QString kShop = QStringLiteral(
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE, total REAL);"
    "CREATE INDEX orders_customer ON orders(customer_id);"
    "INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
    "INSERT INTO orders SELECT i, 1 + i % 2, i * 1.5 FROM n;");

struct Opened {
    std::unique_ptr<Connection> connection;
    QString error;
};

Opened open(const QString &path)
{
    auto url = ConnectionUrl::parse(path);
    if (!url)
        return {nullptr, url.error().toString()};
    auto connection = Connection::open(*url, Connection::Access::ReadWrite);
    if (!connection)
        return {nullptr, connection.error().toString()};
    return {std::move(*connection), {}};
}

Result<Schema> inspect(const QString &path)
{
    Opened opened = open(path);
    if (!opened.connection)
        return fail(ErrorCode::Internal, opened.error);
    return SqliteInspector().inspect(opened.connection->database(), InspectOptions{});
}

Result<Schema> loadDesired(const QString &ddl)
{
    const SqliteInspector inspector;
    return SqliteDesiredLoader(inspector).load(ddl, QStringLiteral("desired.sql"), QSqlDatabase(), InspectOptions{});
}

DiffOptions hints(const QStringList &renames)
{
    DiffOptions options;
    for (const QString &hint : renames) {
        const QString from = hint.section(u'=', 0, 0);
        const QString to = hint.section(u'=', 1);
        if (from.contains(u'.'))
            options.columnRenames << ColumnRenameHint{from.section(u'.', 0, 0), from.section(u'.', 1), to};
        else
            options.tableRenames << TableRenameHint{from, to};
    }
    return options;
}

QString describe(const ChangeSet &changes)
{
    QStringList kinds;
    for (const Change &c : changes.changes)
        kinds << QString::number(c.index());
    return kinds.join(u',');
}

QStringList stepTypes(const Plan &plan)
{
    QStringList types;
    for (const PlanStep &s : plan.steps)
        types << operationTypeName(s.type);
    return types;
}

QStringList rowCounts(const QString &path, const Schema &schema)
{
    QStringList counts;
    for (const Table &t : schema.tables)
        counts << t.name + u'=' + querySqliteFile(path, QStringLiteral("SELECT COUNT(*) FROM %1").arg(sqliteQuote(t.name))).join(u',');
    return counts;
}

} // namespace

class TestSqlitePlanRoundTrip final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void roundTrip_data();
    void roundTrip();
    void dataThatCannotMoveFailsSafely_data();
    void dataThatCannotMoveFailsSafely();
};

void TestSqlitePlanRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("currentSql");
    QTest::addColumn<QString>("desiredSql");
    QTest::addColumn<QStringList>("renames");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("checks");   // "query => expected rows joined by |"

    const QString usersDdl = QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, nick TEXT, email TEXT)");
    const auto users = [](const QString &columns) { return QStringLiteral("CREATE TABLE users (%1);").arg(columns); };
    const QString base = QStringLiteral("id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, nick TEXT, email TEXT");

    QTest::newRow("add nullable column")
        << kUsers << users(base + QStringLiteral(", phone TEXT")) << QStringList{} << QStringList{QStringLiteral("ADD_COLUMN")}
        << QStringList{QStringLiteral("SELECT group_concat(name || '/' || ifnull(phone, '-'), ',') FROM users => ann/-,bob/-,cy/-")};
    QTest::newRow("add not-null column with default")
        << kUsers << users(base + QStringLiteral(", status TEXT NOT NULL DEFAULT 'active'")) << QStringList{}
        << QStringList{QStringLiteral("ADD_COLUMN")}
        << QStringList{QStringLiteral("SELECT group_concat(status, ',') FROM users => active,active,active")};
    QTest::newRow("add column with CURRENT_TIMESTAMP default rebuilds")
        << kUsers << users(base + QStringLiteral(", created_at TEXT DEFAULT CURRENT_TIMESTAMP")) << QStringList{}
        << QStringList{QStringLiteral("ADD_COLUMN")}
        << QStringList{QStringLiteral("SELECT COUNT(created_at) || ':' || group_concat(name, ',') FROM users => 3:ann,bob,cy")};
    QTest::newRow("type change keeps convertible and odd values")
        << QStringLiteral("CREATE TABLE scores (id INTEGER PRIMARY KEY, points TEXT); INSERT INTO scores VALUES (1, '10'), (2, '20'), (3, 'n/a');")
        << QStringLiteral("CREATE TABLE scores (id INTEGER PRIMARY KEY, points INTEGER);") << QStringList{}
        << QStringList{QStringLiteral("ALTER_COLUMN_TYPE")}
        << QStringList{QStringLiteral("SELECT group_concat(points || ':' || typeof(points), ',') FROM scores => 10:integer,20:integer,n/a:text")};
    QTest::newRow("NOT NULL tightening fills NULLs with the default")
        << kUsers << users(QStringLiteral("id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, nick TEXT NOT NULL DEFAULT 'anon', email TEXT"))
        << QStringList{} << QStringList{QStringLiteral("ALTER_COLUMN")}
        << QStringList{QStringLiteral("SELECT group_concat(nick, ',') FROM users => a,anon,c")};
    QTest::newRow("new UNIQUE constraint")
        << kUsers << users(QStringLiteral("id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, nick TEXT, email TEXT UNIQUE"))
        << QStringList{} << QStringList{QStringLiteral("ADD_CONSTRAINT")}
        << QStringList{QStringLiteral("SELECT group_concat(email, ',') FROM users => ann@x,bob@x,cy@x")};
    QTest::newRow("new foreign key on existing column")
        << QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER);"
                          "INSERT INTO customers VALUES (1, 'ann'); INSERT INTO orders VALUES (1, 1), (2, NULL);")
        << QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id));")
        << QStringList{} << QStringList{QStringLiteral("ADD_FOREIGN_KEY")}
        << QStringList{QStringLiteral("SELECT COUNT(*) FROM orders => 2")};
    QTest::newRow("drop column in place")
        << kUsers << users(QStringLiteral("id INTEGER PRIMARY KEY, name TEXT NOT NULL, nick TEXT, email TEXT")) << QStringList{}
        << QStringList{QStringLiteral("DROP_COLUMN")}
        << QStringList{QStringLiteral("SELECT group_concat(name || nick, ',') FROM users WHERE nick IS NOT NULL => anna,cyc")};
    QTest::newRow("drop table")
        << kUsers + QStringLiteral("CREATE TABLE logs (line TEXT); INSERT INTO logs VALUES ('x');") << users(base) << QStringList{}
        << QStringList{QStringLiteral("DROP_TABLE")} << QStringList{QStringLiteral("SELECT COUNT(*) FROM users => 3")};
    QTest::newRow("rename column by hint keeps values")
        << kUsers << users(QStringLiteral("id INTEGER PRIMARY KEY, name TEXT NOT NULL, years INTEGER, nick TEXT, email TEXT"))
        << QStringList{QStringLiteral("users.age=years")} << QStringList{QStringLiteral("RENAME_COLUMN")}
        << QStringList{QStringLiteral("SELECT group_concat(ifnull(years, '-'), ',') FROM users => 31,-,17")};
    QTest::newRow("rename table by hint keeps rows and references")
        << kShop
        << QStringLiteral("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT);"
                          "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES clients(id) ON DELETE CASCADE, total REAL);"
                          "CREATE INDEX orders_customer ON orders(customer_id);")
        << QStringList{QStringLiteral("customers=clients")} << QStringList{QStringLiteral("RENAME_TABLE")}
        << QStringList{QStringLiteral("SELECT COUNT(*) FROM clients => 2"), QStringLiteral("SELECT COUNT(*) FROM orders => 50")};
    QTest::newRow("index changes")
        << kUsers + QStringLiteral("CREATE INDEX users_name ON users(name); CREATE INDEX users_age ON users(age);")
        << users(base) + QStringLiteral("CREATE INDEX users_age ON users(age DESC); CREATE UNIQUE INDEX users_email ON users(email);")
        << QStringList{}
        << QStringList{QStringLiteral("DROP_INDEX"), QStringLiteral("DROP_INDEX"), QStringLiteral("CREATE_INDEX"), QStringLiteral("CREATE_INDEX")}
        << QStringList{QStringLiteral("SELECT COUNT(*) FROM users => 3")};
    QTest::newRow("view and trigger on a rebuilt table are recreated")
        << kUsers + QStringLiteral("CREATE TABLE audit (what TEXT);"
                                   "CREATE VIEW adults AS SELECT name FROM users WHERE age >= 18;"
                                   "CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN INSERT INTO audit VALUES (new.name); END;")
        << users(QStringLiteral("id INTEGER PRIMARY KEY, name TEXT NOT NULL, age REAL, nick TEXT, email TEXT"))
               + QStringLiteral("CREATE TABLE audit (what TEXT);"
                                "CREATE VIEW adults AS SELECT name FROM users WHERE age >= 18;"
                                "CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN INSERT INTO audit VALUES (new.name); END;")
        << QStringList{}
        << QStringList{QStringLiteral("DROP_TRIGGER"), QStringLiteral("DROP_VIEW"), QStringLiteral("ALTER_COLUMN_TYPE"),
                       QStringLiteral("CREATE_VIEW"), QStringLiteral("CREATE_TRIGGER")}
        << QStringList{QStringLiteral("SELECT group_concat(name, ',') FROM adults => ann"),
                       QStringLiteral("SELECT group_concat(age || ':' || typeof(age), ',') FROM users WHERE age IS NOT NULL => 31.0:real,17.0:real")};
    QTest::newRow("WITHOUT ROWID and STRICT")
        << QStringLiteral("CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT); INSERT INTO kv VALUES ('a', '1'), ('b', '2');"
                          "CREATE TABLE notes (body TEXT); INSERT INTO notes(rowid, body) VALUES (5, 'x'), (8, 'y');")
        << QStringLiteral("CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID; CREATE TABLE notes (body TEXT) STRICT;")
        << QStringList{} << QStringList{QStringLiteral("REBUILD_TABLE"), QStringLiteral("REBUILD_TABLE")}
        << QStringList{QStringLiteral("SELECT group_concat(k || v, ',') FROM kv => a1,b2"),
                       QStringLiteral("SELECT group_concat(rowid || body, ',') FROM notes => 5x,8y")};
    QTest::newRow("cascading child rows survive a rebuild of their parent")
        << kShop
        << QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '?');"
                          "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE, total REAL);"
                          "CREATE INDEX orders_customer ON orders(customer_id);")
        << QStringList{} << QStringList{QStringLiteral("ALTER_COLUMN")}
        << QStringList{QStringLiteral("SELECT COUNT(*) FROM orders => 50"), QStringLiteral("SELECT COUNT(*) FROM customers => 2")};
    QTest::newRow("rename of a referenced key column follows into the child")
        << kShop
        << QStringLiteral("CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name TEXT);"
                          "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id) ON DELETE CASCADE, total REAL);"
                          "CREATE INDEX orders_customer ON orders(customer_id);")
        << QStringList{QStringLiteral("customers.id=customer_id")} << QStringList{QStringLiteral("RENAME_COLUMN")}
        << QStringList{QStringLiteral("SELECT COUNT(*) FROM orders JOIN customers USING (customer_id) => 50")};
    Q_UNUSED(usersDdl)
}

void TestSqlitePlanRoundTrip::roundTrip()
{
    QFETCH(QString, currentSql);
    QFETCH(QString, desiredSql);
    QFETCH(QStringList, renames);
    QFETCH(QStringList, types);
    QFETCH(QStringList, checks);

    const QString path = m_dir.filePath(QStringLiteral("roundtrip%1.db").arg(++m_counter));
    QCOMPARE(createSqliteFile(path, currentSql), QString());
    const Result<Schema> current = inspect(path);
    QVERIFY2(current.has_value(), qPrintable(current ? QString() : current.error().toString()));
    const Result<Schema> desired = loadDesired(desiredSql);
    QVERIFY2(desired.has_value(), qPrintable(desired ? QString() : desired.error().toString()));
    const QStringList countsBefore = rowCounts(path, *current);

    const SqliteDiffHooks hooks;
    const ChangeSet changes = diffSchemas(*current, *desired, hooks, hints(renames));
    QVERIFY(!changes.isEmpty());
    const Result<Plan> plan = SqlitePlanner().plan(changes, *current, *desired, PlanOptions{});
    QVERIFY2(plan.has_value(), qPrintable(plan ? QString() : plan.error().toString()));
    if (stepTypes(*plan) != types)
        for (const PlanStep &step : plan->steps)
            qWarning().noquote() << operationTypeName(step.type) << step.comment; // explains a mismatch
    QCOMPARE(stepTypes(*plan), types);

    // Forward, as the executor runs it.
    QStringList verify;
    for (const PlanStep &step : plan->steps)
        verify << step.verifySql;
    QCOMPARE(runSqliteScript(path, plan->forwardSql(), verify, plan->needsForeignKeysOff), QString());
    const Result<Schema> after = inspect(path);
    QVERIFY(after.has_value());
    const ChangeSet second = diffSchemas(*after, *desired, hooks);
    QVERIFY2(second.isEmpty(), qPrintable(QStringLiteral("second diff not empty: %1 changes (%2)")
                                              .arg(second.changes.size()).arg(describe(second))));
    QCOMPARE(after->fingerprint(), desired->fingerprint());
    QCOMPARE(querySqliteFile(path, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    for (const QString &check : checks) {
        const QString query = check.section(QStringLiteral(" => "), 0, 0);
        const QString expected = check.section(QStringLiteral(" => "), 1);
        QCOMPARE(querySqliteFile(path, query).join(u'|'), expected);
    }

    // Rollback brings the original structure back (and the rows, where the plan says it can).
    QCOMPARE(runSqliteScript(path, plan->rollbackSql(), {}, plan->needsForeignKeysOff), QString());
    const Result<Schema> restored = inspect(path);
    QVERIFY(restored.has_value());
    QVERIFY(diffSchemas(*restored, *current, hooks).isEmpty());
    QCOMPARE(restored->fingerprint(), current->fingerprint());
    QCOMPARE(querySqliteFile(path, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    const bool restoresData = std::all_of(plan->steps.cbegin(), plan->steps.cend(),
                                          [](const PlanStep &s) { return s.rollbackRestoresData; });
    if (restoresData)
        QCOMPARE(rowCounts(path, *current), countsBefore);
}

void TestSqlitePlanRoundTrip::dataThatCannotMoveFailsSafely_data()
{
    QTest::addColumn<QString>("currentSql");
    QTest::addColumn<QString>("desiredSql");
    QTest::addColumn<QString>("code");       // the probe that predicts the failure
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("engineError"); // part of SQLite's message

    QTest::newRow("new NOT NULL column without default on a filled table")
        << kUsers << QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, nick TEXT, email TEXT, code TEXT NOT NULL);")
        << QStringLiteral("MF101") << qint64(3) << QStringLiteral("NOT NULL constraint failed");
    QTest::newRow("NOT NULL without default on a column holding NULLs")
        << kUsers << QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER NOT NULL, nick TEXT, email TEXT);")
        << QStringLiteral("MF101") << qint64(1) << QStringLiteral("users.age has NULL values; give it a DEFAULT or fill them");
    QTest::newRow("STRICT INTEGER column meets text")
        << QStringLiteral("CREATE TABLE scores (id INTEGER PRIMARY KEY, points TEXT); INSERT INTO scores VALUES (1, '10'), (2, 'n/a'), (3, '2.5');")
        << QStringLiteral("CREATE TABLE scores (id INTEGER PRIMARY KEY, points INTEGER) STRICT;")
        << QStringLiteral("MF102") << qint64(2) << QStringLiteral("cannot store");
    QTest::newRow("UNIQUE meets duplicates")
        << QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT); INSERT INTO tags VALUES (1, 'a'), (2, 'a'), (3, 'b'), (4, 'b'), (5, 'c');")
        << QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT UNIQUE);")
        << QStringLiteral("MF103") << qint64(2) << QStringLiteral("UNIQUE constraint failed");
    QTest::newRow("foreign key meets orphans")
        << QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY); CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER);"
                          "INSERT INTO customers VALUES (1); INSERT INTO orders VALUES (1, 1), (2, 7), (3, 8), (4, NULL);")
        << QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY); CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id));")
        << QStringLiteral("MF104") << qint64(2) << QStringLiteral("verification returned rows");
    QTest::newRow("CHECK violated by rows")
        << QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, qty INTEGER); INSERT INTO items VALUES (1, 5), (2, -1), (3, NULL);")
        << QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty >= 0));")
        << QStringLiteral("MF105") << qint64(1) << QStringLiteral("CHECK constraint failed: rows of items break the new CHECK (qty >= 0)");
}

void TestSqlitePlanRoundTrip::dataThatCannotMoveFailsSafely()
{
    QFETCH(QString, currentSql);
    QFETCH(QString, desiredSql);
    QFETCH(QString, code);
    QFETCH(qint64, count);
    QFETCH(QString, engineError);

    const QString path = m_dir.filePath(QStringLiteral("refusal%1.db").arg(++m_counter));
    QCOMPARE(createSqliteFile(path, currentSql), QString());
    const Result<Schema> current = inspect(path);
    QVERIFY(current.has_value());
    const Result<Schema> desired = loadDesired(desiredSql);
    QVERIFY2(desired.has_value(), qPrintable(desired ? QString() : desired.error().toString()));
    const Result<Plan> plan = SqlitePlanner().plan(diffSchemas(*current, *desired, SqliteDiffHooks()), *current, *desired, PlanOptions{});
    QVERIFY(plan.has_value());

    // The probe predicts the failure with the real count...
    const DataProbe *probe = nullptr;
    for (const PlanStep &step : plan->steps)
        for (const DataProbe &p : step.probes)
            if (p.code == code)
                probe = &p;
    QVERIFY2(probe, qPrintable(code));
    QCOMPARE(querySqliteFile(path, probe->sql), QStringList{QString::number(count)});
    QVERIFY(warningFromProbe(*probe, count).message.contains(QString::number(count)));

    // ...and the migration fails inside its transaction, leaving the file as it was.
    const QStringList before = querySqliteFile(path, QStringLiteral("SELECT sql FROM sqlite_schema ORDER BY name"));
    const QStringList countsBefore = rowCounts(path, *current);
    QStringList verify;
    for (const PlanStep &step : plan->steps)
        verify << step.verifySql;
    const QString error = runSqliteScript(path, plan->forwardSql(), verify, plan->needsForeignKeysOff);
    QVERIFY2(error.contains(engineError), qPrintable(error));
    QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT sql FROM sqlite_schema ORDER BY name")), before);
    QCOMPARE(rowCounts(path, *current), countsBefore);
}

QTEST_GUILESS_MAIN(TestSqlitePlanRoundTrip)
#include "tst_sqliteplanroundtrip.moc"
