// SqliteRuntime::tableDigest on real files: the row count and content hash the executor compares
// before and after a rebuild. Equal for the same rows in any order; different for any change a
// migration must never make silently.
#include "db/connection.h"
#include "dialects/sqlite/sqliteruntime.h"
#include "support/sqlitefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

class TestSqliteTableDigest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // The digest of columns a, b of a table t filled by `rows` (an INSERT's VALUES list).
    TableDigest digestOf(const QString &rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("digest-%1.db").arg(++m_counter));
        const QString error = createSqliteFile(path, QStringLiteral("CREATE TABLE t(a, b);") +
                                                         (rows.isEmpty() ? QString() : QStringLiteral("INSERT INTO t VALUES ") + rows));
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        auto connection = Connection::open(ConnectionUrl{Engine::SQLite, QStringLiteral("sqlite"), path},
                                           Connection::Access::ReadOnly, QStringLiteral("digest"));
        if (!connection)
            qFatal("%s", qPrintable(connection.error().toString()));
        auto digest = SqliteRuntime().tableDigest(**connection, QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b")});
        if (!digest)
            qFatal("%s", qPrintable(digest.error().toString()));
        return *digest;
    }

private slots:
    void sameRowsInAnyOrderGiveTheSameDigest()
    {
        const TableDigest one = digestOf(QStringLiteral("(1, 'x'), (2, 'a somewhat longer text value'), (NULL, x'00ff')"));
        const TableDigest other = digestOf(QStringLiteral("(NULL, x'00ff'), (1, 'x'), (2, 'a somewhat longer text value')"));
        QCOMPARE(one.rows, 3);
        QCOMPARE(one, other);
    }

    void everyKindOfChangeGivesAnotherDigest_data()
    {
        QTest::addColumn<QString>("changed");
        QTest::newRow("one character of a long text") << QStringLiteral("(1, 'x'), (2, 'a somewhat longer text valuE')");
        QTest::newRow("a text one byte longer") << QStringLiteral("(1, 'x'), (2, 'a somewhat longer text value ')");
        QTest::newRow("integer becomes text") << QStringLiteral("('1', 'x'), (2, 'a somewhat longer text value')");
        QTest::newRow("integer becomes real") << QStringLiteral("(1.0, 'x'), (2, 'a somewhat longer text value')");
        QTest::newRow("text becomes blob") << QStringLiteral("(1, x'78'), (2, 'a somewhat longer text value')");
        QTest::newRow("empty text becomes NULL") << QStringLiteral("(1, NULL), (2, 'a somewhat longer text value')");
        QTest::newRow("values swap columns") << QStringLiteral("('x', 1), (2, 'a somewhat longer text value')");
        QTest::newRow("a row duplicated") << QStringLiteral("(1, 'x'), (1, 'x'), (2, 'a somewhat longer text value')");
        QTest::newRow("a row lost") << QStringLiteral("(2, 'a somewhat longer text value')");
    }

    void everyKindOfChangeGivesAnotherDigest()
    {
        QFETCH(QString, changed);
        const TableDigest original = digestOf(QStringLiteral("(1, 'x'), (2, 'a somewhat longer text value')"));
        const TableDigest emptyText = digestOf(QStringLiteral("(1, ''), (2, 'a somewhat longer text value')"));
        const TableDigest other = digestOf(changed);
        QVERIFY(other != original);
        if (QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("empty text becomes NULL"))
            QVERIFY(other != emptyText);
    }

    // More columns than an SQL function takes arguments (127 in Debian's SQLite): the rows are
    // stepped through instead, with the same per-row hash.
    void wideTableIsDigestedToo()
    {
        const QString path = m_dir.filePath(QStringLiteral("wide-%1.db").arg(++m_counter));
        QStringList columns;
        QStringList values;
        for (int i = 0; i < 150; ++i) {
            columns << QStringLiteral("c%1").arg(i);
            values << QString::number(i);
        }
        QCOMPARE(createSqliteFile(path, QStringLiteral("CREATE TABLE w(%1); INSERT INTO w VALUES (%2), (%2);")
                                            .arg(columns.join(u','), values.join(u','))),
                 QString());
        auto connection = Connection::open(ConnectionUrl{Engine::SQLite, QStringLiteral("sqlite"), path},
                                           Connection::Access::ReadWrite, QStringLiteral("wide"));
        QVERIFY(connection);
        const SqliteRuntime runtime;
        auto wide = runtime.tableDigest(**connection, QStringLiteral("w"), columns);
        QVERIFY2(wide, qPrintable(wide ? QString() : wide.error().toString()));
        QCOMPARE(wide->rows, 2);
        QCOMPARE(runtime.tableDigest(**connection, QStringLiteral("w"), columns)->hash, wide->hash);
        QCOMPARE(execSqliteFile(path, QStringLiteral("UPDATE w SET c149 = 'x' WHERE rowid = 2")), QString());
        auto changed = runtime.tableDigest(**connection, QStringLiteral("w"), columns);
        QVERIFY(changed);
        QVERIFY(changed->hash != wide->hash);
    }

    void emptyTableHasZeroRows()
    {
        QCOMPARE(digestOf(QString()).rows, 0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteTableDigest)
#include "tst_sqlitetabledigest.moc"
