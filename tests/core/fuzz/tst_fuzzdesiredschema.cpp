// Fuzzes the SQLite desired-schema loader with mutated DDL: every input gives a Schema or an
// error naming the file (and the line of a failed statement), never a crash or a hang, and no
// file appears anywhere (the scratch database lives in memory; ATTACH and friends are refused).
#include "dialects/sqlite/sqlitedialect.h"
#include "support/fuzzmutator.h"
#include "support/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const QString kFileName = QStringLiteral("fuzzed.sql");

// Small DDL covering what the inspector models, beside the bundled demo schemas.
const QByteArray kFeatureDdl = R"sql(
CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL COLLATE NOCASE UNIQUE, /* one; per address */
    name TEXT DEFAULT 'anon''s',
    score REAL CHECK (score >= 0),
    CONSTRAINT name_ok CHECK (length(trim(name)) > 0)
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    cents INTEGER NOT NULL DEFAULT 0,
    total REAL GENERATED ALWAYS AS (cents / 100.0) VIRTUAL
) STRICT;
CREATE TABLE lines (o INTEGER, n INTEGER, PRIMARY KEY (o, n), FOREIGN KEY (o) REFERENCES orders(id)) WITHOUT ROWID;
CREATE INDEX orders_by_customer ON orders(customer_id, id DESC);
CREATE UNIQUE INDEX customers_email ON customers(lower(email)) WHERE email IS NOT NULL;
CREATE VIEW big AS SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.cents > 100;
CREATE TRIGGER touch AFTER UPDATE ON orders BEGIN
    UPDATE orders SET cents = 0 WHERE id = new.id AND cents < 0; SELECT 1;
END;
INSERT INTO customers(email, name) VALUES ('a@b.c', 'seed; row');
PRAGMA foreign_keys = ON;
)sql";

QByteArray readSource(const QString &relative)
{
    QFile file(QStringLiteral(SCHEMAPILOT_SOURCE_DIR "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entriesOf(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QStringList scratchConnections()
{
    QStringList names;
    for (const QString &name : QSqlDatabase::connectionNames())
        if (name.contains(QStringLiteral("desired")))
            names << name;
    return names;
}

} // namespace

class TestFuzzDesiredSchema final : public QObject
{
    Q_OBJECT

    SqliteDialect m_dialect;
    QTemporaryDir m_sandbox;     // the working directory and TMPDIR while fuzzing: must stay empty
    QString m_previousDirectory;
    QList<QByteArray> m_seeds;

    // Empty when the invariants hold, else what is wrong.
    QString check(const QByteArray &ddl)
    {
        const auto schema = m_dialect.desiredLoader().load(QString::fromUtf8(ddl), kFileName, QSqlDatabase(), {});
        if (!schema) {
            const Error &error = schema.error();
            if (error.message.isEmpty())
                return QStringLiteral("an error without a message");
            if (error.file != kFileName)
                return QStringLiteral("the error does not name the file: ") + error.toString();
            const int lines = int(ddl.count('\n')) + 1;
            if (!error.statement.isEmpty() && (error.line < 1 || error.line > lines))
                return QStringLiteral("the error names line %1 of a %2-line file: %3").arg(error.line).arg(lines).arg(error.toString());
        }
        if (const QStringList left = entriesOf(m_sandbox.path()); !left.isEmpty())
            return QStringLiteral("files appeared: ") + left.join(u", ");
        if (const QStringList open = scratchConnections(); !open.isEmpty())
            return QStringLiteral("scratch connections left open: ") + open.join(u", ");
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        m_previousDirectory = QDir::currentPath();
        // Relative file names (ATTACH 'x.db') resolve here, SQLite's temporary files go here.
        QVERIFY(QDir::setCurrent(m_sandbox.path()));
        qputenv("SQLITE_TMPDIR", QFile::encodeName(m_sandbox.path()));
        qputenv("TMPDIR", QFile::encodeName(m_sandbox.path()));
        m_seeds = {readSource(QStringLiteral("resources/demo/demo-desired.sql")),
                   readSource(QStringLiteral("resources/demo/demo-current.sql")), kFeatureDdl};
        for (const QByteArray &seed : std::as_const(m_seeds))
            QVERIFY(!seed.isEmpty());
        // Every seed loads as is: the mutations start from valid schemas.
        for (const QByteArray &seed : std::as_const(m_seeds)) {
            const auto schema = m_dialect.desiredLoader().load(QString::fromUtf8(seed), kFileName, QSqlDatabase(), {});
            QVERIFY2(schema && !schema->tables.isEmpty(), qPrintable(schema ? QString() : schema.error().toString()));
        }
    }

    void cleanupTestCase()
    {
        QDir::setCurrent(m_previousDirectory);
    }

    // Inputs that hung or reached files before the loader limited them; kept as regression rows.
    void hostileSchemas_data()
    {
        QTest::addColumn<QByteArray>("ddl");
        QTest::newRow("unbounded recursive CTE")
            << QByteArray("CREATE TABLE t(x);\nWITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT count(*) FROM c;");
        QTest::newRow("seed rows from an unbounded recursive CTE")
            << QByteArray("CREATE TABLE t(x);\nINSERT INTO t WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT n FROM c;");
        QTest::newRow("a gigabyte blob") << QByteArray("CREATE TABLE t(x);\nSELECT length(randomblob(1000000000));");
        QTest::newRow("unterminated quote before thousands of statements")
            << "CREATE TABLE t(x DEFAULT 'oops);\n" + QByteArray("CREATE TABLE a(x);\n").repeated(60000);
        QTest::newRow("ATTACH a relative file") << QByteArray("CREATE TABLE t(x);\nATTACH 'stolen.db' AS s;");
        QTest::newRow("ATTACH with a URI") << QByteArray("ATTACH 'file:stolen.db?mode=rwc' AS s;");
        QTest::newRow("VACUUM INTO a relative file") << QByteArray("CREATE TABLE t(x);\nVACUUM INTO 'copy.db';");
        QTest::newRow("temporary file folder pragma") << QByteArray("PRAGMA temp_store_directory = '.';");
        QTest::newRow("NUL in the middle") << QByteArray("CREATE TABLE t(x);\0CREATE TABLE u(y);", 37);
        QTest::newRow("invalid UTF-8") << QByteArray("CREATE TABLE \xff\xfe(x \xc0\x80);");
    }

    void hostileSchemas()
    {
        QFETCH(QByteArray, ddl);
        FuzzWatchdog watchdog(20000);
        watchdog.begin(ddl);
        const QString problem = check(ddl);
        watchdog.end();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void mutatedSchemas()
    {
        FuzzBudget budget = FuzzBudget::fromEnvironment(6, 1000, 2000);
        FuzzMutator mutator(budget.seed);
        FuzzWatchdog watchdog(20000);
        while (budget.next()) {
            const QByteArray input = mutator.mutate(m_seeds.at(mutator.bounded(quint32(m_seeds.size()))));
            watchdog.begin(input);
            const QString problem = check(input);
            watchdog.end();
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 for input \"%2\" (%3)")
                                                       .arg(problem, fuzzInputText(input, 2000), budget.describe())));
        }
        qInfo("%s", qPrintable(budget.describe()));
    }

    void randomBytes()
    {
        FuzzBudget budget = FuzzBudget::fromEnvironment(7, 1500, 1500);
        FuzzMutator mutator(budget.seed);
        FuzzWatchdog watchdog(20000);
        while (budget.next()) {
            QByteArray input = mutator.randomBytes(300);
            if (mutator.chance(50))
                input.prepend("CREATE TABLE t(");
            watchdog.begin(input);
            const QString problem = check(input);
            watchdog.end();
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 for input \"%2\" (%3)")
                                                       .arg(problem, fuzzInputText(input), budget.describe())));
        }
        qInfo("%s", qPrintable(budget.describe()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzDesiredSchema)
#include "tst_fuzzdesiredschema.moc"
