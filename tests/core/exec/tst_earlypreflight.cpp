// EarlyPreflight on real SQLite files: the pre-flight checks run on a second connection on a pool
// thread (while the migration's connection compares schemas) and give the same verdicts as in place.
#include "dialects/dialectregistry.h"
#include "db/sqlexec.h"
#include "exec/safetycheck.h"
#include "exec/sidereader.h"
#include "support/sqlitefixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const char kRows[] = "PRAGMA page_size = 4096; CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                     "INSERT INTO t SELECT i, printf('value-%08d-xxxxxxxxxxxxxxxxxxxxxxxx', i) FROM n;"
                     "CREATE INDEX tv ON t(v);"
                     "CREATE TABLE child(id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES t(id));";

} // namespace

class TestEarlyPreflight final : public QObject
{
    Q_OBJECT

    DialectRegistry m_dialects = DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
    int m_counter = 0;

    const ExecutionRuntime &runtime() const { return *m_dialects.forEngine(Engine::SQLite)->runtime(); }

    QString freshDatabase(const QString &extraSql = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("preflight-%1.db").arg(++m_counter));
        const QString error = createSqliteFile(path, QString::fromLatin1(kRows) + extraSql);
        return error.isEmpty() ? path : QString();
    }

    static std::unique_ptr<Connection> open(const QString &path)
    {
        auto connection = Connection::open(ConnectionUrl{Engine::SQLite, QStringLiteral("sqlite"), path},
                                           Connection::Access::ReadWrite, QStringLiteral("preflight-test"));
        return connection ? std::move(*connection) : nullptr;
    }

    // The verdict of EarlyPreflight started on a fresh connection to `path`, and whether it ran alongside.
    struct Outcome {
        Result<void> verdict;
        bool alongside = false;
    };
    Outcome preflightOf(const QString &path, IntegrityLevel level)
    {
        auto connection = open(path);
        if (!connection)
            return {fail(ErrorCode::Internal, QStringLiteral("could not open %1").arg(path)), false};
        EarlyPreflight preflight(runtime(), level);
        preflight.start(*connection);
        Result<void> verdict = preflight.result(*connection);
        return {verdict, preflight.ranAlongside()};
    }

private slots:
    void healthyDatabasePassesAlongside()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        const Outcome outcome = preflightOf(path, IntegrityLevel::Full);
        QVERIFY2(outcome.verdict, qPrintable(outcome.verdict ? QString() : outcome.verdict.error().toString()));
        QVERIFY(outcome.alongside);
    }

    // The second connection is set up for a scan (the file mapped) before the work reads through it.
    void sideConnectionIsPreparedForTheScan()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        SideRead<qint64> read(runtime(), ConnectionUrl{Engine::SQLite, QStringLiteral("sqlite"), path},
                              QStringLiteral("scan-test"), [](const Connection &reader) -> Result<qint64> {
            auto mapped = queryScalar(reader.database(), QStringLiteral("PRAGMA mmap_size"));
            if (!mapped)
                return fail(mapped.error());
            return mapped->toLongLong();
        });
        const Result<qint64> mapped = read.result();
        QVERIFY2(mapped, qPrintable(mapped ? QString() : mapped.error().toString()));
        QCOMPARE(*mapped, QFileInfo(path).size());
    }

    // A damaged page: found on the second connection, reported as the database's own finding.
    void damagedDatabaseIsFoundAlongside()
    {
        const QString path = freshDatabase();
        {
            QFile file(path);   // overwrite cell pointers of page 5: the file opens, quick_check fails
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4 * 4096 + 8);
            file.write(QByteArray(16, '\xff'));
        }
        const Outcome outcome = preflightOf(path, IntegrityLevel::Quick);
        QVERIFY(!outcome.verdict);
        QCOMPARE(outcome.verdict.error().code, ErrorCode::IntegrityCheckFailed);
        QVERIFY(outcome.alongside);
    }

    void orphanRowFailsTheForeignKeyCheckAlongside()
    {
        const QString path = freshDatabase(QStringLiteral("INSERT INTO child(t_id) VALUES (99999);"));
        const Outcome outcome = preflightOf(path, IntegrityLevel::Quick);
        QVERIFY(!outcome.verdict);
        QCOMPARE(outcome.verdict.error().code, ErrorCode::IntegrityCheckFailed);
        QVERIFY2(outcome.verdict.error().toString().contains(QStringLiteral("child")), qPrintable(outcome.verdict.error().toString()));
        QVERIFY(outcome.alongside);
    }

    // A second connection to ":memory:" would open another, empty database: checked in place.
    void inMemoryDatabaseIsCheckedInPlace()
    {
        auto connection = Connection::open(ConnectionUrl{Engine::SQLite, QStringLiteral("sqlite"), QStringLiteral(":memory:")},
                                           Connection::Access::ReadWriteCreate, QStringLiteral("preflight-memory"));
        QVERIFY(connection);
        QSqlQuery setup((*connection)->database());
        QVERIFY(setup.exec(QStringLiteral("CREATE TABLE p(id INTEGER PRIMARY KEY)")));
        QVERIFY(setup.exec(QStringLiteral("CREATE TABLE c(id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id))")));
        QVERIFY(setup.exec(QStringLiteral("INSERT INTO c(p_id) VALUES (7)")));
        EarlyPreflight preflight(runtime(), IntegrityLevel::Quick);
        preflight.start(**connection);
        auto verdict = preflight.result(**connection);
        QVERIFY(!preflight.ranAlongside());
        QVERIFY(!verdict);   // the orphan is seen: the check ran on the database that holds it
        QCOMPARE(verdict.error().code, ErrorCode::IntegrityCheckFailed);
    }

    // The second connection cannot open the file (renamed away after the migration's connection
    // opened it): the checks run in place instead of failing the migration.
    void unopenableSecondConnectionChecksInPlace()
    {
        const QString path = freshDatabase();
        auto connection = open(path);
        QVERIFY(connection);
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        EarlyPreflight preflight(runtime(), IntegrityLevel::Quick);
        preflight.start(*connection);
        auto verdict = preflight.result(*connection);
        QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.error().toString()));
        QVERIFY(!preflight.ranAlongside());
    }

    // Never asked for its result (the plan was refused first): going away interrupts and waits.
    void abandonedChecksStop()
    {
        const QString path = freshDatabase();
        auto connection = open(path);
        QVERIFY(connection);
        {
            EarlyPreflight preflight(runtime(), IntegrityLevel::Full);
            preflight.start(*connection);
        }
        QCOMPARE(execSqliteFile(path, QStringLiteral("INSERT INTO t(v) VALUES ('after')")), QString());
    }
};

QTEST_GUILESS_MAIN(TestEarlyPreflight)
#include "tst_earlypreflight.moc"
