// The connection settings SqliteRuntime applies for a migration, on real files: secure_delete
// relaxed to FAST only while a plan that deletes nothing runs, and the file mapped into memory for
// the connections that scan it beside the migration.
#include "db/connection.h"
#include "db/sqlexec.h"
#include "dialects/sqlite/sqliteruntime.h"
#include "support/sqlitefixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

class TestSqliteMigrationSettings final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Connection> openFresh(int rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("settings-%1.db").arg(++m_counter));
        const QString error = createSqliteFile(path, QStringLiteral(
            "PRAGMA page_size = 4096; CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);"
            "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
            "INSERT INTO t SELECT i, hex(zeroblob(50)) || i FROM s;").arg(rows));
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        auto connection = Connection::open(ConnectionUrl{Engine::SQLite, QStringLiteral("sqlite"), path},
                                           Connection::Access::ReadWrite, QStringLiteral("settings"));
        return connection ? std::move(*connection) : nullptr;
    }

    static qint64 pragma(const Connection &connection, const QString &name)
    {
        auto value = queryScalar(connection.database(), QStringLiteral("PRAGMA ") + name);
        return value ? value->toLongLong() : -1;
    }

private slots:
    // A connection that scans beside the migration maps the whole file instead of reading it page by page.
    void scanConnectionMapsTheFile()
    {
        auto connection = openFresh(20000);
        QVERIFY(connection);
        const qint64 bytes = pragma(*connection, QStringLiteral("page_count")) * pragma(*connection, QStringLiteral("page_size"));
        QVERIFY(bytes > 1000000);
        QCOMPARE(pragma(*connection, QStringLiteral("mmap_size")), 0);
        SqliteRuntime().prepareForScan(*connection);
        QCOMPARE(pragma(*connection, QStringLiteral("mmap_size")), bytes);
        QCOMPARE(queryScalar(connection->database(), QStringLiteral("SELECT count(*) FROM t"))->toInt(), 20000);
    }

    void secureDeleteIsRelaxedAndRestored()
    {
        auto connection = openFresh(10);
        QVERIFY(connection);
        QSqlQuery set(connection->database());
        QVERIFY(set.exec(QStringLiteral("PRAGMA secure_delete = 1")));
        {
            auto relaxed = SqliteRuntime().skipScrubbingCopiedPages(connection->database());
            QVERIFY(relaxed);
            QCOMPARE(pragma(*connection, QStringLiteral("secure_delete")), 2);   // FAST
        }
        QCOMPARE(pragma(*connection, QStringLiteral("secure_delete")), 1);

        QVERIFY(set.exec(QStringLiteral("PRAGMA secure_delete = 0")));
        QVERIFY(!SqliteRuntime().skipScrubbingCopiedPages(connection->database()));   // nothing to relax
        QCOMPARE(pragma(*connection, QStringLiteral("secure_delete")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteMigrationSettings)
#include "tst_sqlitemigrationsettings.moc"
