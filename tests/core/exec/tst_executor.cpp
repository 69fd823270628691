// The executor on real SQLite files and real worker threads: every stage, refusals that write
// nothing, timeout and cancel that leave the database as it was, history surviving failures.
#include "dialects/dialectregistry.h"
#include "exec/executor.h"
#include "exec/filemigrationlock.h"
#include "history/historystore.h"
#include "support/dbsnapshot.h"
#include "support/sqlitefixture.h"
#include "support/sqlitescript.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const char kUsers[] = "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER);"
                      "INSERT INTO users(name, age) VALUES ('ann', 31), ('bob', 42), ('cy', NULL);"
                      "CREATE TABLE posts(id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), title TEXT);"
                      "INSERT INTO posts(user_id, title) VALUES (1, 'a'), (2, 'b'), (2, 'c');";
const char kUsersWanted[] = "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, email TEXT);\n"
                            "CREATE TABLE posts(id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), title TEXT);\n"
                            "CREATE INDEX posts_user ON posts(user_id);\n";

// A table big enough that rebuilding it takes far longer than a millisecond.
const char kBig[] = "CREATE TABLE big(id INTEGER PRIMARY KEY, payload TEXT, n INTEGER);"
                    "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 300000) "
                    "INSERT INTO big SELECT i, printf('row-%08d-%s', i, hex(randomblob(8))), i % 97 FROM s;";
// A type change that converts stored values (INTEGER to TEXT affinity): SQLite can only make it
// by rebuilding the table.
const char kBigWanted[] = "CREATE TABLE big(id INTEGER PRIMARY KEY, payload TEXT, n TEXT);\n";

QList<HistoryRecord> historyOf(const QString &path)
{
    auto connection = Connection::open(ConnectionUrl{Engine::SQLite, QStringLiteral("sqlite"), path}, Connection::Access::ReadOnly,
                                       QStringLiteral("test-history"));
    if (!connection)
        return {};
    auto rows = HistoryStore((*connection)->database()).query({});
    return rows.value_or(QList<HistoryRecord>{});
}

} // namespace

class TestExecutor final : public QObject
{
    Q_OBJECT

    DialectRegistry m_dialects = DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A fresh database and desired schema file in the temporary folder.
    ApplyRequest makeRequest(const QString &setupSql, const QString &wantedSql, QString *dbPath = nullptr)
    {
        ++m_counter;
        const QString db = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_counter));
        const QString schema = m_dir.filePath(QStringLiteral("want%1.sql").arg(m_counter));
        const QString error = createSqliteFile(db, setupSql);
        if (!error.isEmpty())
            qFatal("fixture: %s", qPrintable(error));
        QFile file(schema);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(schema));
        file.write(wantedSql.toUtf8());
        file.close();
        ApplyRequest request;
        request.check.url = *ConnectionUrl::parse(db);
        request.check.schemaFile = schema;
        request.options.backupDir = m_dir.filePath(QStringLiteral("backups%1").arg(m_counter));
        if (dbPath)
            *dbPath = db;
        return request;
    }

    static QStringList stageNames(const ApplyResult &result)
    {
        QStringList names;
        for (const StageReport &s : result.stages)
            names << s.name;
        return names;
    }

private slots:
    void appliesWithEveryStageInOrder()
    {
        QString db;
        const ApplyRequest request = makeRequest(QString::fromLatin1(kUsers), QString::fromLatin1(kUsersWanted), &db);
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(stageNames(result), (QStringList{"connect", "lock", "check", "safety", "preflight", "backup", "execute",
                                                  "verify", "history", "commit"}));
        for (const StageReport &s : result.stages)
            QCOMPARE(s.outcome, StageOutcome::Ok);
        // On a file the pre-flight checks ran on a second connection while the schemas were compared.
        QVERIFY2(result.stage(QStringLiteral("preflight"))->detail.contains(QStringLiteral("second connection")),
                 qPrintable(result.stage(QStringLiteral("preflight"))->detail));
        QCOMPARE(querySqliteFile(db, "SELECT count(*) FROM pragma_table_info('users') WHERE name = 'email'"), QStringList{"1"});
        QCOMPARE(querySqliteFile(db, "SELECT count(*) FROM users"), QStringList{"3"});
        QVERIFY(!result.backupId.isEmpty());
        QVERIFY(QFile::exists(request.options.backupDir + u'/' + result.backupId + QStringLiteral(".sqlite")));
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);
        QVERIFY(result.fingerprintBefore != result.fingerprintAfter);
        // One history row per operation, committed with the change.
        const QList<HistoryRecord> history = historyOf(db);
        QCOMPARE(history.size(), result.plan.steps.size());
        for (const HistoryRecord &r : history) {
            QCOMPARE(r.status, HistoryStatus::Applied);
            QCOMPARE(r.batchId, result.batchId);
            QCOMPARE(r.backupId, result.backupId);
        }
        QVERIFY(!QFile::exists(FileMigrationLock::lockFilePathFor(db)));
    }

    void upToDateDatabaseIsNotTouched()
    {
        QString db;
        ApplyRequest request = makeRequest(QString::fromLatin1(kUsers), QString::fromLatin1(kUsersWanted), &db);
        request.options.autoBackup = false;
        QCOMPARE(Executor(m_dialects).applySync(request).status, ApplyStatus::Applied);
        const QByteArray before = fileBytes(db);
        const ApplyResult again = Executor(m_dialects).applySync(request);
        QCOMPARE(again.status, ApplyStatus::NoChanges);
        QVERIFY(again.plan.isEmpty());
        QCOMPARE(fileBytes(db), before);
    }

    void dryRunChangesNothing()
    {
        QString db;
        ApplyRequest request = makeRequest(QString::fromLatin1(kUsers), QString::fromLatin1(kUsersWanted), &db);
        request.options.mode = ApplyMode::DryRun;
        const QByteArray before = fileBytes(db);
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QCOMPARE(result.status, ApplyStatus::DryRun);
        QCOMPARE(result.plan.steps.size(), 2);
        QVERIFY(result.stage(QStringLiteral("preflight")));
        QCOMPARE(result.stage(QStringLiteral("execute"))->outcome, StageOutcome::Skipped);
        QCOMPARE(fileBytes(db), before);
        QVERIFY(!QDir(request.options.backupDir).exists());
    }

    void destructivePlanIsRefusedWithRowsLostAndNothingWritten()
    {
        QString db;
        const ApplyRequest request = makeRequest(
            QString::fromLatin1(kUsers), QStringLiteral("CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"), &db);
        const QByteArray before = fileBytes(db);
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QCOMPARE(result.status, ApplyStatus::Refused);
        QCOMPARE(result.error->code, ErrorCode::Refused);
        QCOMPARE(result.needsConsent.size(), 2);
        QMap<QString, qint64> lost;
        for (const ConsentItem &item : result.needsConsent)
            lost.insert(operationTypeName(item.type) + u' ' + item.table, item.rowsLost);
        QCOMPARE(lost.value(QStringLiteral("DROP_TABLE posts")), 3);
        QCOMPARE(lost.value(QStringLiteral("DROP_COLUMN users")), 2);   // ann and bob have an age, cy has none
        QVERIFY(result.error->message.contains(QStringLiteral("--allow-data-loss")));
        QCOMPARE(fileBytes(db), before);
        QVERIFY(!QDir(request.options.backupDir).exists());
    }

    void destructivePlanRunsWithConsent()
    {
        QString db;
        ApplyRequest request = makeRequest(
            QString::fromLatin1(kUsers), QStringLiteral("CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"), &db);
        request.options.allowDataLoss = true;
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(querySqliteFile(db, "SELECT group_concat(name) FROM pragma_table_info('users')"), QStringList{"id,name"});
        QCOMPARE(querySqliteFile(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'posts'"), QStringList{"0"});
    }

    void timeoutInterruptsTheRebuildAndLeavesTheDatabaseUnchanged()
    {
        QString db;
        ApplyRequest request = makeRequest(QString::fromLatin1(kBig), QString::fromLatin1(kBigWanted), &db);
        request.options.autoBackup = false;
        request.options.maxExecutionTimeMs = 1;
        const QStringList before = snapshotUserTables(db);
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QCOMPARE(result.status, ApplyStatus::TimedOut);
        QCOMPARE(result.error->code, ErrorCode::TimedOut);
        QVERIFY(result.transactionMs < 5000);
        QCOMPARE(snapshotUserTables(db), before);
        QVERIFY(result.stage(QStringLiteral("rollback")));
        // The failed run is in the history, written after the rollback.
        const QList<HistoryRecord> history = historyOf(db);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().status, HistoryStatus::TimedOut);
        QCOMPARE(history.first().batchId, result.batchId);
    }

    void failingStatementRollsBackAndIsRecorded()
    {
        QString db;
        ApplyRequest request = makeRequest(
            QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT); INSERT INTO t(code) VALUES ('x'), ('x');"),
            QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT, extra INTEGER);\nCREATE UNIQUE INDEX t_code ON t(code);\n"),
            &db);
        request.options.autoBackup = false;
        request.check.runProbes = false;   // uncounted, so the engine itself meets the duplicates
        const QStringList before = snapshotUserTables(db);
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QCOMPARE(result.status, ApplyStatus::Failed);
        QVERIFY2(result.error->message.contains(QStringLiteral("CREATE_INDEX")), qPrintable(result.error->toString()));
        QCOMPARE(snapshotUserTables(db), before);
        const QList<HistoryRecord> history = historyOf(db);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().status, HistoryStatus::Failed);
        QVERIFY(history.first().errorMessage.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive));
    }

    // NOT NULL with a default, a new CHECK and a new foreign key on existing columns change no
    // stored row: the table is edited in place (SQLite's documented schema edit), not rebuilt. The
    // NULLs get the default, a connection opened before the migration enforces the new rules at
    // once, and the rollback statements put the old definition back.
    void constraintChangesEditTheTableInPlace()
    {
        QString db;
        ApplyRequest request = makeRequest(
            QString::fromLatin1(kUsers),
            QStringLiteral("CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER NOT NULL DEFAULT 0 CHECK (age >= 0));\n"
                           "CREATE TABLE posts(id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), title TEXT);\n"),
            &db);
        request.options.autoBackup = false;
        auto other = Connection::open(*ConnectionUrl::parse(db), Connection::Access::ReadWrite, QStringLiteral("other"));
        QVERIFY(other);
        QVERIFY((*other)->database().exec(QStringLiteral("SELECT count(*) FROM users")).isActive());   // schema loaded before
        const QStringList rowidsBefore = querySqliteFile(db, QStringLiteral("SELECT group_concat(rowid) FROM users"));

        const ApplyResult result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.plan.steps.size(), 1);
        const PlanStep &step = result.plan.steps.first();
        QVERIFY(!step.rewritesTable);
        QVERIFY(step.sql.join(u'\n').contains(QStringLiteral("writable_schema")));
        QVERIFY(!step.sql.join(u'\n').contains(QStringLiteral("_schemapilot_new_")));
        QVERIFY(!result.plan.needsForeignKeysOff);
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT group_concat(coalesce(age, 'NULL')) FROM users")), QStringList{"31,42,0"});
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT group_concat(rowid) FROM users")), rowidsBefore);
        QCOMPARE(querySqliteFile(db, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);

        QSqlDatabase before = (*other)->database();
        QSqlQuery insert(before);
        QVERIFY(!insert.exec(QStringLiteral("INSERT INTO users(name, age) VALUES ('dee', NULL)")));
        QVERIFY2(insert.lastError().text().contains(QStringLiteral("NOT NULL")), qPrintable(insert.lastError().text()));
        QVERIFY(!insert.exec(QStringLiteral("INSERT INTO users(name, age) VALUES ('dee', -1)")));
        QVERIFY2(insert.lastError().text().contains(QStringLiteral("CHECK")), qPrintable(insert.lastError().text()));
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO users(name) VALUES ('dee')")));
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT age FROM users WHERE name = 'dee'")), QStringList{"0"});
        other->reset();

        // Back: the old definition, still no rows copied, rows and their values as they are now.
        QCOMPARE(runSqliteScript(db, result.plan.rollbackSql()), QString());
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'users'")),
                 QStringList{QStringLiteral("CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)")});
        QCOMPARE(execSqliteFile(db, QStringLiteral("INSERT INTO users(name, age) VALUES ('eve', NULL)")), QString());
        QCOMPARE(querySqliteFile(db, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});
    }

    // A wider type name of the same affinity (the most common type change) keeps every stored
    // value as it is, so it is edited in place too; values keep their storage class.
    void sameAffinityTypeChangeEditsInPlace()
    {
        QString db;
        ApplyRequest request = makeRequest(
            QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, name VARCHAR(50), score INT);"
                           "INSERT INTO people(name, score) VALUES ('ann', 3), ('bob', NULL), (x'00ff', '12');"),
            QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, name VARCHAR(200), score BIGINT);\n"), &db);
        request.options.autoBackup = false;
        const QStringList before = querySqliteFile(db, QStringLiteral("SELECT group_concat(typeof(name) || ':' || typeof(score) || ':' || quote(name) || ':' || quote(score), ' ') FROM people"));
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.plan.steps.size(), 1);
        QVERIFY(!result.plan.steps.first().rewritesTable);
        QVERIFY(result.plan.steps.first().sql.join(u'\n').contains(QStringLiteral("writable_schema")));
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT group_concat(type, ',') FROM pragma_table_info('people')")),
                 QStringList{QStringLiteral("INTEGER,VARCHAR(200),BIGINT")});
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT group_concat(typeof(name) || ':' || typeof(score) || ':' || quote(name) || ':' || quote(score), ' ') FROM people")), before);
        QCOMPARE(querySqliteFile(db, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);
    }

    // A collation decides how values compare, not how they are stored: on a column nothing compares
    // by (no index, key, CHECK or generated column) it changes in place; where an index orders the
    // column the table is rebuilt, so the index is ordered by the new collation.
    void collationChangeEditsInPlaceUnlessSomethingComparesByIt()
    {
        QString db;
        ApplyRequest request = makeRequest(
            QStringLiteral("CREATE TABLE tags(id INTEGER PRIMARY KEY, label TEXT, code TEXT);"
                           "CREATE INDEX tags_code ON tags(code);"
                           "INSERT INTO tags(label, code) VALUES ('Red', 'B'), ('red', 'a'), ('BLUE', 'c');"),
            QStringLiteral("CREATE TABLE tags(id INTEGER PRIMARY KEY, label TEXT COLLATE NOCASE, code TEXT);\n"
                           "CREATE INDEX tags_code ON tags(code);\n"),
            &db);
        request.options.autoBackup = false;
        const QStringList rowidsBefore = querySqliteFile(db, QStringLiteral("SELECT group_concat(rowid) FROM tags"));
        ApplyResult result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.plan.steps.size(), 1);
        QVERIFY(!result.plan.steps.first().rewritesTable);
        QVERIFY(result.plan.steps.first().sql.join(u'\n').contains(QStringLiteral("writable_schema")));
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT count(*) FROM tags WHERE label = 'RED'")), QStringList{"2"});
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT group_concat(rowid) FROM tags")), rowidsBefore);
        QCOMPARE(querySqliteFile(db, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);

        // The indexed column: rebuilt, and the index answers by the new collation.
        const QString wanted = m_dir.filePath(QStringLiteral("tags-code.sql"));
        QFile file(wanted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE tags(id INTEGER PRIMARY KEY, label TEXT COLLATE NOCASE, code TEXT COLLATE NOCASE);\n"
                   "CREATE INDEX tags_code ON tags(code);\n");
        file.close();
        request.check.schemaFile = wanted;
        result = Executor(m_dialects).applySync(request);
        QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(result.error ? result.error->toString() : QString()));
        QVERIFY(result.plan.steps.first().rewritesTable);
        QCOMPARE(querySqliteFile(db, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT group_concat(code, '') FROM tags INDEXED BY tags_code WHERE code >= 'A'")),
                 QStringList{"aBc"});
    }

    // Rows that break a new CHECK: the migration stops before the definition is touched and says why.
    // Debian's SQLite overwrites freed pages (secure_delete). A plan that deletes nothing frees only
    // the old copy of rows it keeps, so those pages are left as they are (FAST); a plan that drops a
    // column keeps the setting, and the dropped values are gone from the file.
    void freedPagesAreScrubbedOnlyWhenAPlanDeletesData()
    {
        const QString probe = m_dir.filePath(QStringLiteral("secure-delete-probe.db"));
        QCOMPARE(createSqliteFile(probe, QStringLiteral("CREATE TABLE p(x);")), QString());
        if (querySqliteFile(probe, QStringLiteral("PRAGMA secure_delete")) != QStringList{QStringLiteral("1")})
            QSKIP("this SQLite build does not overwrite freed pages by default");
        const QString setup = QStringLiteral(
            "CREATE TABLE t(id INTEGER PRIMARY KEY, secret TEXT, n INTEGER);"
            "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 2000) "
            "INSERT INTO t SELECT i, printf('SECRET-MARK-%06d', i), i FROM s;");
        auto marks = [](const QString &path) { return int(fileBytes(path).count("SECRET-MARK-")); };

        QString kept;
        ApplyRequest rebuild = makeRequest(setup, QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, secret TEXT, n TEXT);\n"), &kept);
        rebuild.options.autoBackup = false;
        QCOMPARE(marks(kept), 2000);
        const ApplyResult rebuilt = Executor(m_dialects).applySync(rebuild);
        QCOMPARE(rebuilt.status, ApplyStatus::Applied);
        QVERIFY(rebuilt.plan.steps.first().rewritesTable);
        QVERIFY2(marks(kept) > 2000, "the old copy's pages were overwritten although the plan deletes nothing");
        QCOMPARE(querySqliteFile(kept, QStringLiteral("SELECT count(*) FROM t WHERE secret LIKE 'SECRET-MARK-%'")),
                 QStringList{QStringLiteral("2000")});

        QString dropped;
        // Dropping the column and changing another's type: one rebuild that frees every old page.
        ApplyRequest drop = makeRequest(setup, QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, n TEXT);\n"), &dropped);
        drop.options.autoBackup = false;
        drop.options.allowDataLoss = true;
        const ApplyResult result = Executor(m_dialects).applySync(drop);
        QCOMPARE(result.status, ApplyStatus::Applied);
        QVERIFY(result.plan.isDestructive());
        QVERIFY(std::any_of(result.plan.steps.cbegin(), result.plan.steps.cend(), [](const PlanStep &s) { return s.rewritesTable; }));
        QCOMPARE(marks(dropped), 0);
    }

    void constraintEditRefusesRowsThatBreakIt()
    {
        QString db;
        ApplyRequest request = makeRequest(
            QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, qty INTEGER); INSERT INTO items VALUES (1, 5), (2, -1);"),
            QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty >= 0));\n"), &db);
        request.options.autoBackup = false;
        request.check.runProbes = false;   // uncounted, so the in-place edit's own check meets the row
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QCOMPARE(result.status, ApplyStatus::Failed);
        QVERIFY2(result.error->toString().contains(QStringLiteral("rows of items break the new CHECK (qty >= 0)")),
                 qPrintable(result.error->toString()));
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'items'")),
                 QStringList{QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, qty INTEGER)")});
        // (not byte-identical: the history table records the failure, by design)
        QCOMPARE(querySqliteFile(db, QStringLiteral("SELECT group_concat(qty) FROM items")), QStringList{"5,-1"});
    }

    // Rows the probes counted and the engine would reject: the run stops before the backup and the
    // rewrite, names the rows, and leaves only its failure record behind.
    void predictedFailureStopsBeforeTheBackup_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("code");
        QTest::newRow("NOT NULL over NULLs, no default")
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT); INSERT INTO t(code) VALUES ('a'), (NULL), (NULL);"
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT NOT NULL);\n" << "MF101";
        QTest::newRow("unique index over duplicates")
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT); INSERT INTO t(code) VALUES ('x'), ('x'), ('y');"
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT);\nCREATE UNIQUE INDEX t_code ON t(code);\n" << "MF103";
        QTest::newRow("foreign key over orphans")
            << "CREATE TABLE p(id INTEGER PRIMARY KEY); INSERT INTO p VALUES (1);"
               "CREATE TABLE c(id INTEGER PRIMARY KEY, p_id INTEGER); INSERT INTO c(p_id) VALUES (1), (7);"
            << "CREATE TABLE p(id INTEGER PRIMARY KEY);\nCREATE TABLE c(id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id));\n"
            << "MF104";
        QTest::newRow("CHECK over rows that break it")
            << "CREATE TABLE items(id INTEGER PRIMARY KEY, qty INTEGER); INSERT INTO items VALUES (1, 5), (2, -1);"
            << "CREATE TABLE items(id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty >= 0));\n" << "MF105";
        QTest::newRow("STRICT table: text that is no integer")
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT) STRICT; INSERT INTO t(code) VALUES ('12'), ('abc');"
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, code INTEGER) STRICT;\n" << "MF102";
    }

    void predictedFailureStopsBeforeTheBackup()
    {
        QFETCH(QString, setup);
        QFETCH(QString, wanted);
        QFETCH(QString, code);
        QString db;
        const ApplyRequest request = makeRequest(setup, wanted, &db);
        const QStringList before = snapshotUserTables(db);
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QCOMPARE(result.status, ApplyStatus::Failed);
        QCOMPARE(result.error->code, ErrorCode::DataViolatesSchema);
        QVERIFY2(result.error->message.contains(code) && result.error->message.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(result.error->message));
        QVERIFY2(!stageNames(result).contains(QStringLiteral("backup")) && !stageNames(result).contains(QStringLiteral("execute")),
                 qPrintable(stageNames(result).join(u',')));
        QVERIFY(result.backupId.isEmpty());
        QVERIFY2(!QDir(request.options.backupDir).exists() || QDir(request.options.backupDir).isEmpty(),
                 qPrintable(request.options.backupDir));
        QCOMPARE(snapshotUserTables(db), before);
        const QList<HistoryRecord> history = historyOf(db);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().status, HistoryStatus::Failed);
        QVERIFY(history.first().errorMessage.contains(code));
        // A dry run shows the same findings and changes nothing: the prediction applies to real runs.
        ApplyRequest dry = request;
        dry.options.mode = ApplyMode::DryRun;
        const ApplyResult dryResult = Executor(m_dialects).applySync(dry);
        QCOMPARE(dryResult.status, ApplyStatus::DryRun);
        QVERIFY2(dryResult.notes.join(u'\n').contains(QStringLiteral("would stop here")) && dryResult.notes.join(u'\n').contains(code),
                 qPrintable(dryResult.notes.join(u'\n')));
        QCOMPARE(historyOf(db).size(), 1);   // a dry run records nothing
    }

    void heldLockRefusesNamingTheHolder()
    {
        QString db;
        const ApplyRequest request = makeRequest(QString::fromLatin1(kUsers), QString::fromLatin1(kUsersWanted), &db);
        FileMigrationLock other(db);
        QVERIFY(other.acquire());
        const QByteArray before = fileBytes(db);
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QCOMPARE(result.status, ApplyStatus::Refused);
        QCOMPARE(result.error->code, ErrorCode::LockHeld);
        QVERIFY(result.error->message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())));
        QCOMPARE(fileBytes(db), before);
    }

    void corruptDatabaseIsRefusedAndNothingWritten()
    {
        QString db;
        const ApplyRequest request = makeRequest(
            QStringLiteral("PRAGMA page_size = 4096; CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                           "INSERT INTO t SELECT i, printf('value-%08d-xxxxxxxxxxxxxxxxxxxxxxxx', i) FROM n;"
                           "CREATE INDEX tv ON t(v);"),
            QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT, w TEXT);\nCREATE INDEX tv ON t(v);\n"), &db);
        {
            QFile file(db);   // overwrite cell pointers of page 5: the file opens, quick_check fails
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4 * 4096 + 8);
            file.write(QByteArray(16, '\xff'));
        }
        const QByteArray before = fileBytes(db);
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QCOMPARE(result.status, ApplyStatus::Refused);
        QVERIFY2(result.error->code == ErrorCode::IntegrityCheckFailed || result.error->code == ErrorCode::DatabaseCorrupt,
                 qPrintable(result.error->toString()));
        QCOMPARE(fileBytes(db), before);
        QVERIFY(!QDir(request.options.backupDir).exists());
    }

    void foreignKeyViolationFailsThePreflight()
    {
        QString db;
        ApplyRequest request = makeRequest(QString::fromLatin1(kUsers) + QStringLiteral("INSERT INTO posts(user_id, title) VALUES (99, 'orphan');"),
                                           QString::fromLatin1(kUsersWanted), &db);
        const QByteArray before = fileBytes(db);
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QCOMPARE(result.status, ApplyStatus::Refused);
        QCOMPARE(result.error->code, ErrorCode::IntegrityCheckFailed);
        QVERIFY(result.error->toString().contains(QStringLiteral("posts")));
        QCOMPARE(fileBytes(db), before);
    }

    void rehearsalRunsOnACopyOnly()
    {
        QString db;
        ApplyRequest request = makeRequest(QString::fromLatin1(kUsers), QString::fromLatin1(kUsersWanted), &db);
        request.options.mode = ApplyMode::Rehearse;
        request.options.rehearsalDir = m_dir.path();
        const QByteArray before = fileBytes(db);
        const ApplyResult result = Executor(m_dialects).applySync(request);
        QCOMPARE(result.status, ApplyStatus::DryRun);
        QVERIFY(result.rehearsed);
        QCOMPARE(result.rehearsalStatus, ApplyStatus::Applied);
        QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);
        QVERIFY(result.stage(QStringLiteral("rehearsal:commit")));
        QCOMPARE(fileBytes(db), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("schemapilot-rehearsal-*")}, QDir::Dirs), QStringList{});
    }

    void progressIsReportedPerStageAndStatement()
    {
        ApplyRequest request = makeRequest(QString::fromLatin1(kUsers), QString::fromLatin1(kUsersWanted));
        request.options.autoBackup = false;
        QFutureWatcher<ApplyResult> watcher;
        QSignalSpy texts(&watcher, &QFutureWatcher<ApplyResult>::progressTextChanged);
        QSignalSpy values(&watcher, &QFutureWatcher<ApplyResult>::progressValueChanged);
        QSignalSpy finished(&watcher, &QFutureWatcher<ApplyResult>::finished);
        const Executor executor(m_dialects);
        watcher.setFuture(executor.apply(request));
        QVERIFY(finished.wait(10000));
        QCOMPARE(watcher.result().status, ApplyStatus::Applied);
        // QFutureWatcher coalesces progress events, so not every text arrives; the ones that do
        // must be ours, and the values must only grow towards the maximum (stages + statements).
        QVERIFY(!texts.isEmpty());
        for (const QList<QVariant> &args : texts) {
            const QString text = args.first().toString();
            QVERIFY2(text.startsWith(QStringLiteral("Connecting")) || text.startsWith(QStringLiteral("Taking"))
                         || text.startsWith(QStringLiteral("Comparing")) || text.startsWith(QStringLiteral("Checking"))
                         || text.startsWith(QStringLiteral("Starting")) || text.startsWith(QStringLiteral("Step "))
                         || text.startsWith(QStringLiteral("Verifying")) || text.startsWith(QStringLiteral("Recording"))
                         || text.startsWith(QStringLiteral("Committing")) || text.startsWith(QStringLiteral("Making")),
                     qPrintable(text));
        }
        int last = -1;
        for (const QList<QVariant> &args : values) {
            QVERIFY(args.first().toInt() > last);
            last = args.first().toInt();
        }
        QCOMPARE(watcher.progressMaximum(), 10 + 2);   // ten stage units and two statements
        QVERIFY(last > 0 && last <= watcher.progressMaximum());
    }

    void cancelInterruptsAndRollsBack()
    {
        QString db;
        ApplyRequest request = makeRequest(QString::fromLatin1(kBig), QString::fromLatin1(kBigWanted), &db);
        request.options.autoBackup = false;
        request.options.maxExecutionTimeMs = 0;
        const QStringList before = snapshotUserTables(db);
        QFutureWatcher<ApplyResult> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<ApplyResult>::finished);
        // QFutureWatcher throttles progress reports (25 per second), so "Starting the transaction"
        // itself may be skipped: cancel on the first report from inside the transaction.
        const QStringList beforeTransaction{QStringLiteral("Taking the migration lock"),
                                            QStringLiteral("Comparing the database with the desired schema"),
                                            QStringLiteral("Checking for data loss"),
                                            QStringLiteral("Checking the database's integrity"),
                                            QStringLiteral("Making a verified backup")};
        connect(&watcher, &QFutureWatcher<ApplyResult>::progressTextChanged, &watcher,
                [&watcher, beforeTransaction](const QString &text) {
                    if (!text.startsWith(QStringLiteral("Connecting")) && !beforeTransaction.contains(text))
                        watcher.cancel();
                });
        const Executor executor(m_dialects);
        QFuture<ApplyResult> future = executor.apply(request);
        watcher.setFuture(future);
        QVERIFY(finished.wait(20000));
        future.waitForFinished();
        QVERIFY(future.isCanceled());
        QCOMPARE(snapshotUserTables(db), before);
        const QList<HistoryRecord> history = historyOf(db);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().status, HistoryStatus::Failed);
        QVERIFY(history.first().errorMessage.contains(QStringLiteral("canceled")));
    }

    void configFileOptions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("every key") << QByteArray(R"({"auto_backup": false, "max_execution_time_ms": 500, "dry_run_mode": "rehearse",
            "backup_dir": "/tmp/b", "retention_days": 7, "retention_count": 3, "integrity_check": "full", "allow_data_loss": true})") << true;
        QTest::newRow("unknown key is a typo") << QByteArray(R"({"auto_bakup": false})") << false;
        QTest::newRow("timeout must be a number") << QByteArray(R"({"max_execution_time_ms": "fast"})") << false;
        QTest::newRow("negative retention") << QByteArray(R"({"retention_days": -1})") << false;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << false;
    }

    void configFileOptions()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        const QString path = m_dir.filePath(QStringLiteral("config-%1.json").arg(++m_counter));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        auto options = ApplyOptions::fromConfigFile(path, ApplyOptions{});
        QCOMPARE(bool(options), valid);
        if (!valid) {
            QCOMPARE(options.error().code, ErrorCode::Usage);
            QCOMPARE(options.error().file, path);
            return;
        }
        QCOMPARE(options->autoBackup, false);
        QCOMPARE(options->maxExecutionTimeMs, 500);
        QCOMPARE(options->mode, ApplyMode::Rehearse);
        QCOMPARE(options->backupDir, QStringLiteral("/tmp/b"));
        QCOMPARE(options->retentionDays, 7);
        QCOMPARE(options->retentionCount, 3);
        QCOMPARE(options->integrity, IntegrityLevel::Full);
        QCOMPARE(options->allowDataLoss, true);
    }
};

QTEST_GUILESS_MAIN(TestExecutor)

#include "tst_executor.moc"
