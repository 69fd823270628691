// Verification helpers on real SQLite files: EarlyDigests (with a real second connection on a pool
// thread: digests read before the transaction are used only when nothing was written in between)
// and writtenTables(), what the post-flight checks read; verifySchema() names what is left to do.
#include "dialects/dialectregistry.h"
#include "exec/verification.h"
#include "support/sqlitefixture.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const char kItems[] = "CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT);"
                      "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 5000) "
                      "INSERT INTO items SELECT i, 'item ' || i FROM s;";

QList<RewrittenTable> itemsTable()
{
    RewrittenTable t;
    t.before = t.after = QStringLiteral("items");
    t.columnsBefore = t.columnsAfter = {QStringLiteral("id"), QStringLiteral("name")};
    return {t};
}

} // namespace

class TestVerification final : public QObject
{
    Q_OBJECT

    DialectRegistry m_dialects = DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("early-%1.db").arg(++m_counter));
        const QString error = createSqliteFile(path, QString::fromLatin1(kItems));
        return error.isEmpty() ? path : QString();
    }

    const ExecutionRuntime &runtime() const { return *m_dialects.forEngine(Engine::SQLite)->runtime(); }

    static std::unique_ptr<Connection> open(const QString &path)
    {
        auto connection = Connection::open(ConnectionUrl{Engine::SQLite, QStringLiteral("sqlite"), path},
                                           Connection::Access::ReadWrite, QStringLiteral("early-test"));
        return connection ? std::move(*connection) : nullptr;
    }

    // The executor's order inside its transaction: BEGIN, settle(), then the digests from before().
    Result<QList<RewrittenTable>> beginAndTake(const Connection &connection, EarlyDigests &digests) const
    {
        if (auto begun = runtime().begin(connection.database()); !begun)
            return fail(begun.error());
        if (auto settled = digests.settle(connection); !settled)
            return fail(settled.error());
        return digests.before();
    }

    // The digest of items taken on `connection` inside a transaction, the way the executor does.
    TableDigest digestInside(const Connection &connection)
    {
        QList<RewrittenTable> tables = itemsTable();
        [&] { QVERIFY(digestBefore(runtime(), connection, tables)); }();
        return tables.first().digest;
    }

private slots:
    void earlyScanIsUsedWhenNothingChanged()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        auto connection = open(path);
        QVERIFY(connection);
        EarlyDigests digests(runtime(), itemsTable());
        digests.start(*connection);
        auto taken = beginAndTake(*connection, digests);
        QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().toString()));
        QVERIFY(digests.usedEarlyScan());
        QCOMPARE(taken->first().digest.rows, 5000);
        QCOMPARE(taken->first().digest, digestInside(*connection));
        QVERIFY(runtime().rollback(connection->database()));
    }

    // settle() does not wait for the scan to end: the migration's statements run while it reads, and
    // it still reports the rows as they were. A tiny page cache makes the rebuild spill to the file
    // while the scan holds its read lock (rollback journal) or snapshot (WAL).
    void statementsRunWhileTheEarlyScanReadsTheOldRows_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("rollback journal") << QStringLiteral("DELETE");
        QTest::newRow("wal") << QStringLiteral("WAL");
    }
    void statementsRunWhileTheEarlyScanReadsTheOldRows()
    {
        QFETCH(QString, journalMode);
        const QString path = freshDatabase();
        QCOMPARE(execSqliteFile(path, QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode)), QString());
        auto connection = open(path);
        QVERIFY(connection);
        const TableDigest original = digestInside(*connection);
        QSqlQuery tiny(connection->database());
        QVERIFY(tiny.exec(QStringLiteral("PRAGMA cache_size = 10")));

        EarlyDigests digests(runtime(), itemsTable());
        digests.start(*connection);
        QVERIFY(runtime().begin(connection->database()));
        QVERIFY(digests.settle(*connection));
        QVERIFY(digests.usedEarlyScan());
        // A rebuild that changes every row, as a faulty migration would.
        for (const char *sql : {"CREATE TABLE items_new(id INTEGER PRIMARY KEY, name TEXT)",
                                "INSERT INTO items_new SELECT id, upper(name) || '!' FROM items",
                                "DROP TABLE items", "ALTER TABLE items_new RENAME TO items"}) {
            QSqlQuery step(connection->database());
            QVERIFY2(step.exec(QString::fromLatin1(sql)), qPrintable(step.lastError().text()));
        }
        auto before = digests.before();
        QVERIFY2(before, qPrintable(before ? QString() : before.error().toString()));
        QCOMPARE(before->first().digest, original);
        // ... so the comparison catches the change.
        auto compared = compareDigests(runtime(), *connection, *before);
        QVERIFY(!compared);
        QCOMPARE(compared.error().code, ErrorCode::VerificationFailed);
        QVERIFY(runtime().rollback(connection->database()));
        QCOMPARE(digestInside(*connection), original);
    }

    // The second connection cannot open the file (it was renamed away after the migration's
    // connection opened it): settle() does not wait for a snapshot that never comes, it digests inside.
    void unopenableSecondConnectionFallsBackInside()
    {
        const QString path = freshDatabase();
        auto connection = open(path);
        QVERIFY(connection);
        const TableDigest original = digestInside(*connection);
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        EarlyDigests digests(runtime(), itemsTable());
        digests.start(*connection);
        auto before = beginAndTake(*connection, digests);
        QVERIFY(before);
        QVERIFY(!digests.usedEarlyScan());
        QCOMPARE(before->first().digest, original);
        QVERIFY(runtime().rollback(connection->database()));
    }

    // Another connection commits a row after start(): settle() must see it, never the stale scan.
    void commitByAnotherConnectionIsNoticed()
    {
        const QString path = freshDatabase();
        auto connection = open(path);
        QVERIFY(connection);
        EarlyDigests digests(runtime(), itemsTable());
        digests.start(*connection);
        // Busy while the early scan holds its read lock, like any reader's; retried until it commits.
        QString updated = QStringLiteral("not tried");
        QElapsedTimer waited;
        waited.start();
        while (!updated.isEmpty() && waited.elapsed() < 10000) {
            updated = execSqliteFile(path, QStringLiteral("UPDATE items SET name = 'changed' WHERE id = 7"));
            if (!updated.isEmpty())
                QTest::qSleep(20);
        }
        QCOMPARE(updated, QString());
        auto taken = beginAndTake(*connection, digests);
        QVERIFY(taken);
        QVERIFY(!digests.usedEarlyScan());
        const TableDigest inside = digestInside(*connection);
        QCOMPARE(taken->first().digest.rows, inside.rows);
        QCOMPARE(taken->first().digest.hash, inside.hash);
        QVERIFY(runtime().rollback(connection->database()));
    }

    // The migration's own connection writes after start(): also noticed (data_version alone would miss it).
    void writeOnTheSameConnectionIsNoticed()
    {
        const QString path = freshDatabase();
        auto connection = open(path);
        QVERIFY(connection);
        EarlyDigests digests(runtime(), itemsTable());
        digests.start(*connection);
        QSqlQuery insert(connection->database());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO items(name) VALUES ('late')")));
        auto taken = beginAndTake(*connection, digests);
        QVERIFY(taken);
        QVERIFY(!digests.usedEarlyScan());
        QCOMPARE(taken->first().digest.rows, 5001);
        QVERIFY(runtime().rollback(connection->database()));
    }

    // An in-memory database: a second connection would open another, empty database.
    void inMemoryDatabaseIsDigestedInside()
    {
        auto connection = Connection::open(ConnectionUrl{Engine::SQLite, QStringLiteral("sqlite"), QStringLiteral(":memory:")},
                                           Connection::Access::ReadWriteCreate, QStringLiteral("early-memory"));
        QVERIFY(connection);
        QSqlQuery setup((*connection)->database());
        QVERIFY(setup.exec(QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(setup.exec(QStringLiteral("INSERT INTO items(name) VALUES ('a'), ('b')")));
        EarlyDigests digests(runtime(), itemsTable());
        digests.start(**connection);
        auto taken = beginAndTake(**connection, digests);
        QVERIFY(taken);
        QVERIFY(!digests.usedEarlyScan());
        QCOMPARE(taken->first().digest.rows, 2);
        QVERIFY(runtime().rollback((*connection)->database()));
    }

    // The post-flight checks read what the plan wrote: a new column's table, not its children; a
    // rebuilt or dropped parent's children for the foreign key check too.
    void writtenTablesNameWhatThePlanWrote()
    {
        CheckReport report;
        Table customers;
        customers.name = QStringLiteral("customers");
        Table orders;
        orders.name = QStringLiteral("orders");
        ForeignKey toCustomers;
        toCustomers.columns = {QStringLiteral("customer_id")};
        toCustomers.refTable = QStringLiteral("Customers");
        orders.foreignKeys << toCustomers;
        Table notes;
        notes.name = QStringLiteral("notes");
        report.desired.tables = {customers, orders, notes};

        PlanStep addColumn;
        addColumn.type = OperationType::AddColumn;
        addColumn.table = QStringLiteral("customers");
        PlanStep view;
        view.type = OperationType::CreateView;
        view.table = QStringLiteral("customer_names");
        report.plan.steps = {addColumn, view};
        WrittenTables written = writtenTables(report);
        QCOMPARE(written.tables, QStringList{QStringLiteral("customers")});
        QCOMPARE(written.foreignKeyTables, QStringList{QStringLiteral("customers")});

        PlanStep rebuild;
        rebuild.type = OperationType::RebuildTable;
        rebuild.table = QStringLiteral("CUSTOMERS");
        report.plan.steps = {rebuild};
        written = writtenTables(report);
        QCOMPARE(written.tables, QStringList{QStringLiteral("customers")});
        QCOMPARE(written.foreignKeyTables, (QStringList{QStringLiteral("customers"), QStringLiteral("orders")}));

        // A dropped parent: nothing of it is left to read, but its children are checked.
        report.desired.tables = {orders, notes};
        PlanStep drop;
        drop.type = OperationType::DropTable;
        drop.table = QStringLiteral("customers");
        report.plan.steps = {drop};
        written = writtenTables(report);
        QCOMPARE(written.tables, QStringList());
        QCOMPARE(written.foreignKeyTables, QStringList{QStringLiteral("orders")});
    }

    // Abandoned before settle() (a refusal after the pre-flight checks): the scan stops and nothing leaks.
    void abandonedScanStops()
    {
        const QString path = freshDatabase();
        auto connection = open(path);
        QVERIFY(connection);
        {
            EarlyDigests digests(runtime(), itemsTable());
            digests.start(*connection);
        }
        QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT count(*) FROM items")), QStringList{QStringLiteral("5000")});
    }

    // After a migration that left something undone, the error names the remaining steps.
    void leftoverDifferenceNamesTheRemainingSteps()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("live.db"));
        QCOMPARE(createSqliteFile(db, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);")), QString());
        const QString schema = dir.filePath(QStringLiteral("want.sql"));
        QFile file(schema);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT);\n"
                   "CREATE TABLE audit_log (id INTEGER PRIMARY KEY);\n");
        file.close();

        CheckRequest request;
        request.url = *ConnectionUrl::parse(db);
        request.schemaFile = schema;
        auto connection = Connection::open(request.url, Connection::Access::ReadOnly, QStringLiteral("verification-test"));
        QVERIFY(connection);
        const Dialect *dialect = m_dialects.forEngine(Engine::SQLite);
        QVERIFY(dialect);
        auto report = runCheck(*dialect, **connection, request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));

        // As if the executor had run nothing: both changes are left.
        auto verified = verifySchema(*dialect, **connection, *report, request);
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::VerificationFailed);
        const QString message = verified.error().message;
        QVERIFY2(message.contains(QStringLiteral("2 place(s)")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("email")) && message.contains(QStringLiteral("audit_log")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
