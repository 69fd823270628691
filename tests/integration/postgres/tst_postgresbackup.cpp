// PostgreSQL backups on a real server: pg_dump into the store, verification, restore (with the
// pre-restore safety backup) and refusals of damaged or foreign backups before anything is touched.
#include "backup/backupstore.h"
#include "dialects/dialectregistry.h"
#include "dialects/postgres/postgresbackup.h"
#include "dialects/postgres/postgresdialect.h"
#include "exec/restore.h"
#include "support/filetamper.h"
#include "support/postgresfixture.h"
#include "support/postgressnapshot.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const QString kData = QStringLiteral(
    "CREATE TABLE people (id serial PRIMARY KEY, name text NOT NULL, born date);"
    "CREATE TABLE \"Odd \"\"Name\" (id int PRIMARY KEY, owner int REFERENCES people (id), note text);"
    "CREATE TABLE empty (id int);"
    "CREATE INDEX people_name_idx ON people (name);"
    "CREATE VIEW adults AS SELECT id, name FROM people WHERE born < '2000-01-01';"
    "INSERT INTO people (name, born) SELECT 'person ' || i, date '1990-01-01' + i FROM generate_series(1, 500) AS i;"
    "INSERT INTO \"Odd \"\"Name\" VALUES (1, 1, E'tab\\tand\\nnewline'), (2, 2, NULL), (3, NULL, 'x');");


} // namespace

class TestPostgresBackup final : public QObject
{
    Q_OBJECT

private:
    DialectRegistry m_dialects = DialectRegistry::withBuiltins();
    PostgresDialect m_dialect;
    QTemporaryDir m_dir;

    static ConnectionUrl urlOf(const PostgresScratchSchema &schema)
    {
        return *ConnectionUrl::parse(postgresTestUrl() + QStringLiteral("?schema=") + schema.name());
    }

private slots:
    void initTestCase()
    {
        SCHEMAPILOT_REQUIRE_POSTGRES();
        QVERIFY(m_dir.isValid());
    }

    void roundTripRestoresRowsAndDropsLaterObjects()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgbak")), QString());
        QCOMPARE(schema.exec(kData), QString());
        const QStringList original = snapshotPostgresSchema(schema);
        auto connection = openServer(postgresTestUrl() + QStringLiteral("?schema=") + schema.name(), QStringLiteral("backup"));
        QVERIFY(connection);

        const BackupStore store(m_dir.filePath(schema.name()));
        auto created = store.create(**connection, m_dialect, BackupRequest{});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QCOMPARE(created->engine, QStringLiteral("postgresql"));
        QCOMPARE(created->rowCounts.value(QStringLiteral("people")), 500);
        QCOMPARE(created->rowCounts.value(QStringLiteral("Odd \"Name")), 3);
        QCOMPARE(created->rowCounts.value(QStringLiteral("empty"), -1), 0);
        const QString file = store.directory() + u'/' + created->fileName;
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        // The rows the backup holds are the live ones.
        auto live = m_dialect.backupEngine()->rowCounts(**connection);
        QVERIFY(live);
        QCOMPARE(*live, created->rowCounts);

        auto verified = store.verify(created->id, *m_dialect.backupEngine());
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->message));

        // Damage after the backup: rows deleted and changed, a table dropped, a new table added.
        QCOMPARE(schema.exec(QStringLiteral("DELETE FROM \"Odd \"\"Name\"; DELETE FROM people WHERE id > 10;"
                                            "UPDATE people SET name = 'changed'; DROP VIEW adults; DROP TABLE empty;"
                                            "CREATE TABLE later (id int); INSERT INTO later VALUES (1);")),
                 QString());
        QVERIFY(snapshotPostgresSchema(schema) != original);

        auto restored = restoreBackup(m_dialects, RestoreRequest{urlOf(schema), created->id, store.directory(), true,
                                                                 QStringLiteral("test")});
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QVERIFY(!restored->safetyBackupId.isEmpty());
        QCOMPARE(snapshotPostgresSchema(schema), original);
        QCOMPARE(schema.query(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'later' "
                                             "AND relnamespace = '%1'::regnamespace").arg(schema.name())),
                 QStringList{"0"});
        // The sequence comes back too: the next id continues after the backup's last one.
        QCOMPARE(schema.query(QStringLiteral("SELECT nextval('people_id_seq')")), QStringList{"501"});
        // The safety backup holds the damaged state and verifies.
        auto safety = store.find(restored->safetyBackupId);
        QVERIFY(safety);
        QCOMPARE(safety->rowCounts.value(QStringLiteral("later")), 1);
        QCOMPARE(safety->rowCounts.value(QStringLiteral("people")), 10);
        QVERIFY(store.verify(restored->safetyBackupId, *m_dialect.backupEngine())->ok);
    }

    void tamperedBackupIsRefusedBeforeAnythingIsTouched()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgbak")), QString());
        QCOMPARE(schema.exec(kData), QString());
        auto connection = openServer(postgresTestUrl() + QStringLiteral("?schema=") + schema.name(), QStringLiteral("backup"));
        QVERIFY(connection);
        const BackupStore store(m_dir.filePath(schema.name()));
        auto created = store.create(**connection, m_dialect, BackupRequest{});
        QVERIFY(created);
        QCOMPARE(schema.exec(QStringLiteral("DELETE FROM people WHERE id > 250")), QString());
        const QStringList current = snapshotPostgresSchema(schema);

        const QString file = store.directory() + u'/' + created->fileName;
        QVERIFY(flipByte(file, QFileInfo(file).size() / 2));
        auto verified = store.verify(created->id, *m_dialect.backupEngine());
        QVERIFY(verified);
        QVERIFY(!verified->ok);
        QVERIFY(!verified->checksumOk);

        auto restored = restoreBackup(m_dialects, RestoreRequest{urlOf(schema), created->id, store.directory(), true, {}});
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::BackupInvalid);
        QCOMPARE(snapshotPostgresSchema(schema), current);
        QCOMPARE(store.list()->size(), 1);   // not even a safety backup was taken
    }

    void truncatedArchiveFailsTheEngineCheck()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgbak")), QString());
        QCOMPARE(schema.exec(kData), QString());
        auto connection = openServer(postgresTestUrl() + QStringLiteral("?schema=") + schema.name(), QStringLiteral("backup"));
        QVERIFY(connection);
        const PostgresBackupEngine engine;
        const QString path = m_dir.filePath(schema.name() + QStringLiteral(".pgdump"));
        QVERIFY(engine.dump(**connection, path));
        auto good = engine.examine(path, ExamineOptions{});
        QVERIFY(good && good->opens && good->integrityOk);
        QVERIFY(!good->schema);

        QVERIFY(QFile::resize(path, QFileInfo(path).size() * 2 / 3));
        auto truncated = engine.examine(path, ExamineOptions{});
        QVERIFY(truncated);
        QVERIFY2(!truncated->opens || !truncated->integrityOk, qPrintable(truncated->message));

        QFile junk(m_dir.filePath(QStringLiteral("junk.pgdump")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not an archive");
        junk.close();
        auto notArchive = engine.examine(junk.fileName(), ExamineOptions{});
        QVERIFY(notArchive);
        QVERIFY(!notArchive->opens);
    }

    void backupOfAnotherSchemaIsNotRestoredOverThisOne()
    {
        PostgresScratchSchema source;
        QCOMPARE(source.create(QStringLiteral("tst_pgbak")), QString());
        QCOMPARE(source.exec(kData), QString());
        PostgresScratchSchema target;
        QCOMPARE(target.create(QStringLiteral("tst_pgbak")), QString());
        QCOMPARE(target.exec(QStringLiteral("CREATE TABLE mine (id int); INSERT INTO mine VALUES (7);")), QString());
        const QStringList before = snapshotPostgresSchema(target);

        auto sourceConnection = openServer(postgresTestUrl() + QStringLiteral("?schema=") + source.name(), QStringLiteral("source"));
        auto targetConnection = openServer(postgresTestUrl() + QStringLiteral("?schema=") + target.name(), QStringLiteral("target"));
        QVERIFY(sourceConnection && targetConnection);
        const PostgresBackupEngine engine;
        const QString path = m_dir.filePath(source.name() + QStringLiteral(".pgdump"));
        QVERIFY(engine.dump(**sourceConnection, path));
        QCOMPARE(*PostgresBackupEngine::archiveSchemas(path), QStringList{source.name()});
        auto restored = engine.restore(path, **targetConnection);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Refused);
        QCOMPARE(snapshotPostgresSchema(target), before);
    }

    void defaultFolderIsPerSchema()
    {
        const auto plain = defaultBackupDirectory(*ConnectionUrl::parse(QStringLiteral("postgresql://u@db.example:5433/app")));
        const auto other = defaultBackupDirectory(*ConnectionUrl::parse(QStringLiteral("postgresql://u@db.example:5433/app?schema=tenant1")));
        QVERIFY(plain && other);
        QVERIFY(plain->endsWith(QStringLiteral("postgresql-db.example-5433-app")));
        QVERIFY(other->endsWith(QStringLiteral("postgresql-db.example-5433-app-tenant1")));
    }
};

QTEST_GUILESS_MAIN(TestPostgresBackup)
#include "tst_postgresbackup.moc"
