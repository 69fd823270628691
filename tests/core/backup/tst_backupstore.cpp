#include "backup/backupstore.h"
#include "crypto/hasher.h"
#include "dialects/sqlite/sqlitebackup.h"
#include "dialects/sqlite/sqliteinspector.h"
#include "support/filetamper.h"
#include "support/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const char kSchema[] =
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE);"
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL, note BLOB);"
    "CREATE INDEX orders_user ON orders(user_id);"
    "CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;"
    "CREATE TABLE tags (name TEXT PRIMARY KEY, weight INTEGER) WITHOUT ROWID;"
    "INSERT INTO users VALUES (1, 'Ada', 'ada@example.org'), (2, 'Brian', NULL), (3, 'Chloé', 'c@example.org');"
    "INSERT INTO orders VALUES (1, 1, 12.5, x'00ff10'), (2, 1, 250, NULL), (3, 2, 99.99, x''), (4, 3, 101, 'text'), (5, 3, 0, NULL);"
    "INSERT INTO tags VALUES ('red', 1), ('blue', 2);";

int mode(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// Every row of every table (and the schema text), in a stable order: "equal content" means equal lists.
QStringList snapshot(const QString &path)
{
    QStringList result = querySqliteFile(path, QStringLiteral(
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name"));
    const QStringList tables = querySqliteFile(path, QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    for (const QString &table : tables) {
        const QStringList columns = querySqliteFile(path, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        QStringList quoted;
        for (const QString &column : columns)
            quoted << QStringLiteral("quote(\"%1\")").arg(column);
        for (const QString &row : querySqliteFile(path, QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1")
                                                           .arg(quoted.join(QStringLiteral(" || '|' || ")), table)))
            result << table + QStringLiteral(": ") + row;
    }
    return result;
}

ConnectionUrl urlFor(const QString &path)
{
    ConnectionUrl url;
    url.path = path;
    return url;
}

std::unique_ptr<Connection> openConnection(const QString &path)
{
    auto connection = Connection::open(urlFor(path), Connection::Access::ReadWrite, QStringLiteral("test"));
    if (!connection)
        qWarning() << connection.error().toString();
    return connection ? std::move(*connection) : nullptr;
}

Schema schemaNamed(const QString &name)
{
    Schema schema;
    schema.dialect = QStringLiteral("sqlite");
    schema.name = QStringLiteral("main");
    Table table;
    table.name = name;
    schema.tables << table;
    return schema;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(object).toJson());
}


} // namespace

class TestBackupStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SqliteBackupEngine m_engine;
    QString m_dbPath;
    QString m_storePath;
    std::unique_ptr<Connection> m_connection;

    BackupMetadata createBackup(BackupRequest request = {})
    {
        BackupStore store(m_storePath);
        if (!request.schema)
            request.schema = schemaNamed(QStringLiteral("users"));
        auto metadata = store.create(*m_connection, m_engine, request);
        if (!metadata)
            qWarning() << metadata.error().toString();
        return metadata ? *metadata : BackupMetadata{};
    }

    // Moves a backup's creation time into the past the way an old backup would look,
    // with a consistent metadata checksum.
    bool age(const QString &id, int days)
    {
        BackupStore store(m_storePath);
        auto metadata = store.find(id);
        if (!metadata)
            return false;
        metadata->created = metadata->created.addDays(-days);
        metadata->metadataSha256 = *metadata->computeMetadataSha256();
        writeJson(m_storePath + u'/' + id + QStringLiteral(".json"), metadata->toJson());
        return true;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString base = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-'
                                            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        QVERIFY(QDir().mkpath(base));
        m_dbPath = base + QStringLiteral("/app.db");
        m_storePath = base + QStringLiteral("/app.db.backups");
        QCOMPARE(createSqliteFile(m_dbPath, QString::fromLatin1(kSchema)), QString());
        m_connection = openConnection(m_dbPath);
        QVERIFY(m_connection);
    }

    void cleanup()
    {
        m_connection.reset();
    }

    void createWritesBackupAndSidecar()
    {
        BackupStore store(m_storePath);
        BackupRequest request;
        request.reason = BackupReason::PreMigration;
        request.batchId = QStringLiteral("batch-42");
        request.schema = schemaNamed(QStringLiteral("users"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto created = store.create(*m_connection, m_engine, request);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        const BackupMetadata &m = *created;

        QVERIFY(BackupStore::isValidId(m.id));
        QVERIFY2(m.id.contains(QStringLiteral("-pre-migration-")), qPrintable(m.id));
        QCOMPARE(m.fileName, m.id + QStringLiteral(".sqlite"));
        QCOMPARE(m.source, urlFor(m_dbPath).redacted());
        QCOMPARE(m.engine, QStringLiteral("sqlite"));
        QCOMPARE(m.reason, BackupReason::PreMigration);
        QCOMPARE(m.batchId, QStringLiteral("batch-42"));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+")).match(m.appVersion).hasMatch(), qPrintable(m.appVersion));
        QCOMPARE(m.schemaFingerprint, schemaNamed(QStringLiteral("users")).fingerprint());
        QVERIFY(m.created >= before.addMSecs(-1) && m.created <= QDateTime::currentDateTimeUtc());
        QCOMPARE(m.rowCounts, (RowCounts{{QStringLiteral("users"), 3}, {QStringLiteral("orders"), 5}, {QStringLiteral("tags"), 2}}));
        QVERIFY(m.isVerifiedOk());

        const QString dataPath = m_storePath + u'/' + m.fileName;
        const QString sidecarPath = m_storePath + u'/' + m.id + QStringLiteral(".json");
        QCOMPARE(QFileInfo(dataPath).size(), m.size);
        const auto digests = hashFile(dataPath);
        QVERIFY(digests);
        QCOMPARE(m.sha256, digests->sha256);
        QCOMPARE(m.md5, digests->md5);

        QCOMPARE(mode(m_storePath), 0700);
        QCOMPARE(mode(dataPath), 0600);
        QCOMPARE(mode(sidecarPath), 0600);
        QCOMPARE(QDir(m_storePath).entryList(QDir::Files | QDir::Hidden).size(), 2);   // no leftovers

        const QJsonObject json = readJson(sidecarPath);
        QCOMPARE(json.value(QStringLiteral("id")).toString(), m.id);
        QCOMPARE(json.value(QStringLiteral("sha256")).toString(), m.sha256);
        QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("pre-migration"));
        QCOMPARE(json.value(QStringLiteral("row_counts")).toObject().value(QStringLiteral("orders")).toInt(), 5);
        QVERIFY(json.value(QStringLiteral("created")).toString().endsWith(u'Z'));

        QCOMPARE(snapshot(dataPath), snapshot(m_dbPath));
    }

    void createCopiesUncheckpointedWalContent()
    {
        m_connection.reset();
        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral("PRAGMA journal_mode=WAL")), QString());
        m_connection = openConnection(m_dbPath);
        QVERIFY(m_connection);
        // Written through the live connection: sits in app.db-wal, not in app.db yet.
        QVERIFY(m_connection->database().exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")).isActive());
        QVERIFY(m_connection->database().exec(QStringLiteral("INSERT INTO users VALUES (4, 'Dora', NULL)")).isActive());
        QVERIFY(QFileInfo(m_dbPath + QStringLiteral("-wal")).size() > 0);

        const BackupMetadata m = createBackup();
        QVERIFY(!m.id.isEmpty());
        QCOMPARE(m.rowCounts.value(QStringLiteral("users")), 4);
        const QString dataPath = m_storePath + u'/' + m.fileName;
        // A self-contained rollback-journal file: no -wal/-shm needed to read it.
        QCOMPARE(querySqliteFile(dataPath, QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("delete")});
        QVERIFY(!QFileInfo::exists(dataPath + QStringLiteral("-wal")));
        QCOMPARE(querySqliteFile(dataPath, QStringLiteral("SELECT name FROM users WHERE id = 4")), QStringList{QStringLiteral("Dora")});
    }

    void fingerprintIsTheInspectedSchemaOfTheCopy()
    {
        const SqliteInspector inspector;
        BackupRequest request;
        request.inspector = &inspector;
        BackupStore store(m_storePath);
        auto created = store.create(*m_connection, m_engine, request);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        const auto live = inspector.inspect(m_connection->database(), InspectOptions{});
        QVERIFY(live);
        QCOMPARE(created->schemaFingerprint, live->fingerprint());

        // After a schema change and a restore, the fingerprint check passes again.
        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral("ALTER TABLE users ADD COLUMN age INTEGER")), QString());
        auto changed = checkRestored(*created, *m_connection, m_engine, &inspector);
        QVERIFY(!changed);
        QVERIFY2(changed.error().message.contains(QStringLiteral("schema")), qPrintable(changed.error().message));
        QVERIFY(store.restore(created->id, *m_connection, m_engine));
        auto restored = checkRestored(*created, *m_connection, m_engine, &inspector);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
    }

    // ~8 MB, so that a dump takes several chunks (fast path) or steps (backup API).
    void addBlobs()
    {
        QVERIFY(m_connection->database().exec(QStringLiteral(
            "CREATE TABLE blobs AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
            "SELECT i AS id, randomblob(4000) AS payload FROM n")).isActive());
    }

    // The test database in WAL mode, reopened: its log starts empty.
    void switchToWal()
    {
        m_connection.reset();
        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral("PRAGMA journal_mode=WAL")), QString());
        m_connection = openConnection(m_dbPath);
        QVERIFY(m_connection);
    }

    std::unique_ptr<Connection> impatientWriter()
    {
        ConnectionUrl url = urlFor(m_dbPath);
        url.params.insert(QStringLiteral("busy_timeout"), QStringLiteral("0"));
        auto writer = Connection::open(url, Connection::Access::ReadWrite, QStringLiteral("writer"));
        return writer ? std::move(*writer) : nullptr;
    }

    QString blobDigest(const QString &path)
    {
        return querySqliteFile(path, QStringLiteral("SELECT count(*) || ':' || sum(length(payload)) || ':' || "
                                                    "group_concat(hex(substr(payload, 1, 4)), '') FROM blobs")).value(0);
    }

    // Rollback-journal database: the file is copied under one read lock, so a writer waits (here it
    // does not wait at all and is told the database is busy) and the copy is the state before it.
    // The digests come from the copy itself, computed on the way.
    void fastCopyHoldsWritersOffAndHashesOnTheWay()
    {
        addBlobs();
        const QStringList before = snapshot(m_dbPath);
        auto writer = impatientWriter();
        QVERIFY(writer);
        int refused = 0;
        int calls = 0;
        const QString path = m_dir.filePath(QStringLiteral("fast-%1.sqlite").arg(QTest::currentTestFunction()));
        QFile::remove(path);
        auto dumped = m_engine.dump(*m_connection, path, [&](qint64, qint64) {
            ++calls;
            if (!writer->database().exec(QStringLiteral("INSERT INTO users (name) VALUES ('writer')")).isActive())
                ++refused;
            return true;
        });
        QVERIFY2(dumped, qPrintable(dumped ? QString() : dumped.error().toString()));
        QVERIFY2(dumped->has_value(), "a rollback-journal file of 8 MB takes the fast path");
        QVERIFY(calls >= 2);
        QCOMPARE(refused, calls);
        QCOMPARE(snapshot(path), before);
        QCOMPARE(querySqliteFile(path, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        const auto reread = hashFile(path);
        QVERIFY(reread);
        QCOMPARE((*dumped)->sha256, reread->sha256);
        QCOMPARE((*dumped)->md5, reread->md5);
        QCOMPARE((*dumped)->size, QFileInfo(path).size());
        QCOMPARE(mode(path), 0600);
        // Once the copy is done, the writer gets in at once.
        QVERIFY(writer->database().exec(QStringLiteral("INSERT INTO users (name) VALUES ('writer')")).isActive());
    }

    // WAL database with an empty log: the file is the snapshot. A writer keeps committing (to the
    // log) and even asks for a checkpoint, which may not write the file while it is being copied:
    // the copy is exactly the state when the backup began, self-contained (rollback journal).
    void walFastCopyIsTheSnapshotWhileWritersCommit()
    {
        addBlobs();
        switchToWal();
        QVERIFY(!QFileInfo::exists(m_dbPath + QStringLiteral("-wal")) || QFileInfo(m_dbPath + QStringLiteral("-wal")).size() == 0);
        const QStringList before = snapshot(m_dbPath);
        const QString digestBefore = blobDigest(m_dbPath);
        auto writer = impatientWriter();
        QVERIFY(writer);
        int committed = 0;
        const QString path = m_dir.filePath(QStringLiteral("wal-fast.sqlite"));
        QFile::remove(path);
        auto dumped = m_engine.dump(*m_connection, path, [&](qint64, qint64) {
            QSqlDatabase db = writer->database();
            if (db.exec(QStringLiteral("UPDATE blobs SET payload = randomblob(4000)")).isActive()
                && db.exec(QStringLiteral("INSERT INTO users (name) VALUES ('writer')")).isActive())
                ++committed;
            db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            return true;
        });
        QVERIFY2(dumped, qPrintable(dumped ? QString() : dumped.error().toString()));
        QVERIFY2(dumped->has_value(), "an empty log takes the fast path");
        QVERIFY(committed >= 2);
        QCOMPARE(snapshot(path), before);
        QCOMPARE(blobDigest(path), digestBefore);
        QVERIFY(blobDigest(m_dbPath) != digestBefore);   // the writes did happen, after the snapshot
        QCOMPARE(querySqliteFile(path, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        QCOMPARE(querySqliteFile(path, QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("delete")});
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE((*dumped)->sha256, hashFile(path)->sha256);
    }

    // WAL database whose log holds frames: the file alone is not the snapshot, so the backup API
    // copies it in steps, letting a writer in between steps; the copy is one consistent state.
    void walWithFramesUsesTheBackupApiAndLetsWritersIn()
    {
        addBlobs();
        switchToWal();
        QVERIFY(m_connection->database().exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")).isActive());
        QVERIFY(m_connection->database().exec(QStringLiteral("INSERT INTO users VALUES (4, 'Dora', NULL)")).isActive());
        QVERIFY(QFileInfo(m_dbPath + QStringLiteral("-wal")).size() > 0);
        auto writer = openConnection(m_dbPath);
        QVERIFY(writer);
        int writes = 0;
        BackupRequest request;
        request.progress = [&](qint64, qint64) {
            if (writes < 10 && writer->database().exec(QStringLiteral("INSERT INTO users (name) VALUES ('writer')")).isActive())
                ++writes;
            return true;
        };
        const BackupMetadata m = createBackup(request);
        QVERIFY(!m.id.isEmpty());
        QVERIFY(writes > 0);
        // The copy is one consistent state: its own counts, taken from the file, match its content.
        const QString dataPath = m_storePath + u'/' + m.fileName;
        QCOMPARE(querySqliteFile(dataPath, QStringLiteral("SELECT count(*) FROM users")).value(0).toLongLong(),
                 m.rowCounts.value(QStringLiteral("users")));
        QVERIFY(m.rowCounts.value(QStringLiteral("users")) >= 4);
        QCOMPARE(m.rowCounts.value(QStringLiteral("blobs")), 2000);
        QCOMPARE(querySqliteFile(dataPath, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        QCOMPARE(m.sha256, hashFile(dataPath)->sha256);
    }

    void createCanBeCanceledAndLeavesNothing()
    {
        QVERIFY(m_connection->database().exec(QStringLiteral(
            "CREATE TABLE blobs AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
            "SELECT i AS id, randomblob(4000) AS payload FROM n")).isActive());
        BackupStore store(m_storePath);
        BackupRequest request;
        int calls = 0;
        request.progress = [&](qint64 done, qint64 total) {
            ++calls;
            return !(done > 0 && done < total);
        };
        auto created = store.create(*m_connection, m_engine, request);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::Canceled);
        QVERIFY(calls > 0);
        QCOMPARE(QDir(m_storePath).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void createFailsCleanlyWhenTheFolderIsAFile()
    {
        QFile blocker(m_storePath);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        BackupStore store(m_storePath);
        auto created = store.create(*m_connection, m_engine, BackupRequest{});
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::BackupFailed);
        QVERIFY(QFileInfo(m_storePath).isFile());
    }

    void listIsNewestFirstAndFindReturnsTheSidecar()
    {
        QStringList ids;
        for (BackupReason reason : {BackupReason::Manual, BackupReason::PreMigration, BackupReason::PreRestore}) {
            BackupRequest request;
            request.reason = reason;
            ids << createBackup(request).id;
            QTest::qWait(3);   // ids and times have millisecond resolution
        }
        BackupStore store(m_storePath);
        auto backups = store.list();
        QVERIFY(backups);
        QCOMPARE(backups->size(), 3);
        QCOMPARE(backups->at(0).id, ids[2]);
        QCOMPARE(backups->at(1).id, ids[1]);
        QCOMPARE(backups->at(2).id, ids[0]);
        QCOMPARE(backups->at(0).reason, BackupReason::PreRestore);

        auto found = store.find(ids[1]);
        QVERIFY(found);
        QCOMPARE(found->reason, BackupReason::PreMigration);
        QCOMPARE(found->sha256, backups->at(1).sha256);

        auto missing = store.find(QStringLiteral("20200101T000000000Z-manual-abcdef"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(BackupStore(m_dir.filePath(QStringLiteral("no-such-folder"))).list()->isEmpty());
    }

    void idsThatCouldEscapeTheFolderAreRejected_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("parent directory") << QStringLiteral("..");
        QTest::newRow("relative escape") << QStringLiteral("../victim");
        QTest::newRow("absolute path") << QStringLiteral("/tmp/victim");
        QTest::newRow("valid id then traversal") << QStringLiteral("20261125T181530123Z-manual-abcdef/../../victim");
        QTest::newRow("embedded NUL") << QStringLiteral("20261125T181530123Z-manual-abcdef") + QChar(0) + QStringLiteral("x");
        QTest::newRow("empty") << QString();
        QTest::newRow("wildcard") << QStringLiteral("*");
        QTest::newRow("uppercase suffix") << QStringLiteral("20261125T181530123Z-manual-ABCDEF");
        QTest::newRow("trailing newline") << QStringLiteral("20261125T181530123Z-manual-abcdef\n");
        QTest::newRow("backslash") << QStringLiteral("20261125T181530123Z-manual-abc\\ef");
    }

    void idsThatCouldEscapeTheFolderAreRejected()
    {
        QFETCH(QString, id);
        // A file outside the store that an escaping id would reach.
        const QString victim = QFileInfo(m_storePath).absolutePath() + QStringLiteral("/victim.json");
        writeJson(victim, QJsonObject{{QStringLiteral("id"), QStringLiteral("victim")}});
        createBackup();
        BackupStore store(m_storePath);
        QVERIFY(!BackupStore::isValidId(id));
        QCOMPARE(store.find(id).error().code, ErrorCode::Usage);
        QCOMPARE(store.remove(id).error().code, ErrorCode::Usage);
        QCOMPARE(store.verify(id, m_engine).error().code, ErrorCode::Usage);
        QCOMPARE(store.restore(id, *m_connection, m_engine).error().code, ErrorCode::Usage);
        QCOMPARE(store.backupFilePath(id).error().code, ErrorCode::Usage);
        QVERIFY(QFileInfo::exists(victim));
        QCOMPARE(store.list()->size(), 1);
    }

    void verifyPassesAndIsRecorded()
    {
        BackupRequest request;
        request.verifyAfterCreate = false;
        const BackupMetadata m = createBackup(request);
        QVERIFY(!m.lastVerified.isValid());
        BackupStore store(m_storePath);
        auto result = store.verify(m.id, m_engine);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QVERIFY2(result->ok, qPrintable(result->message));
        QVERIFY(result->checksumOk);
        QVERIFY(result->integrityOk);
        const auto after = store.find(m.id);
        QVERIFY(after);
        QCOMPARE(after->lastVerifyOk, std::optional<bool>(true));
        QCOMPARE(after->lastVerified, result->verifiedAt);
        // Recording the verification does not count as tampering.
        QVERIFY(store.verify(m.id, m_engine)->ok);
    }

    void verifyDetectsDamage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("integrityOk");   // what the engine's own check says
        QTest::addColumn<bool>("recorded");      // a failed result is written to the sidecar
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("byte flipped in the last page") << "flip-last" << true << true << "SHA-256 does not match";
        QTest::newRow("byte flipped in the header") << "flip-header" << false << true << "SHA-256 does not match";
        QTest::newRow("truncated by one page") << "truncate-page" << false << true << "truncated";
        QTest::newRow("truncated to 100 bytes") << "truncate-100" << false << true << "truncated";
        QTest::newRow("backup file missing") << "delete-data" << false << true << "is missing";
        QTest::newRow("sidecar missing") << "delete-sidecar" << true << false << "metadata file";
        QTest::newRow("sidecar row count edited") << "edit-rowcount" << true << true << "modified after the backup";
        QTest::newRow("sidecar checksum edited to match a changed file") << "flip-and-edit-sha" << true << true << "modified after the backup";
        QTest::newRow("sidecar not JSON") << "garble-sidecar" << true << false << "not valid JSON";
        QTest::newRow("sidecar names another backup") << "rename-id" << true << false << "another backup";
    }

    void verifyDetectsDamage()
    {
        QFETCH(QString, damage);
        QFETCH(bool, integrityOk);
        QFETCH(bool, recorded);
        QFETCH(QString, messagePart);
        // Enough pages that a flip in the last one is not in a header.
        QVERIFY(m_connection->database().exec(QStringLiteral(
            "CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
            "SELECT i AS id, zeroblob(3000) AS payload FROM n")).isActive());
        const BackupMetadata m = createBackup();
        QVERIFY(!m.id.isEmpty());
        const QString dataPath = m_storePath + u'/' + m.fileName;
        const QString sidecarPath = m_storePath + u'/' + m.id + QStringLiteral(".json");
        const qint64 pageSize = querySqliteFile(dataPath, QStringLiteral("PRAGMA page_size")).value(0).toLongLong();
        QJsonObject json = readJson(sidecarPath);

        if (damage == QStringLiteral("flip-last") || damage == QStringLiteral("flip-and-edit-sha")) {
            // The middle of a zeroblob payload: a content change the b-tree check cannot see.
            QVERIFY(flipByte(dataPath, m.size - pageSize / 2));
        } else if (damage == QStringLiteral("flip-header")) {
            QVERIFY(flipByte(dataPath, 3));
        } else if (damage == QStringLiteral("truncate-page")) {
            QVERIFY(QFile::resize(dataPath, m.size - pageSize));
        } else if (damage == QStringLiteral("truncate-100")) {
            QVERIFY(QFile::resize(dataPath, 100));
        } else if (damage == QStringLiteral("delete-data")) {
            QVERIFY(QFile::remove(dataPath));
        } else if (damage == QStringLiteral("delete-sidecar")) {
            QVERIFY(QFile::remove(sidecarPath));
        } else if (damage == QStringLiteral("edit-rowcount")) {
            QJsonObject rows = json.value(QStringLiteral("row_counts")).toObject();
            rows.insert(QStringLiteral("users"), 4);
            json.insert(QStringLiteral("row_counts"), rows);
            writeJson(sidecarPath, json);
        } else if (damage == QStringLiteral("garble-sidecar")) {
            QFile file(sidecarPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{\"id\": \"" + m.id.toLatin1() + "\", broken");
        } else if (damage == QStringLiteral("rename-id")) {
            json.insert(QStringLiteral("id"), QStringLiteral("20200101T000000000Z-manual-abcdef"));
            json.insert(QStringLiteral("file"), QStringLiteral("20200101T000000000Z-manual-abcdef.sqlite"));
            writeJson(sidecarPath, json);
        }
        if (damage == QStringLiteral("flip-and-edit-sha")) {
            json.insert(QStringLiteral("sha256"), hashFile(dataPath)->sha256);
            json.insert(QStringLiteral("md5"), hashFile(dataPath)->md5);
            writeJson(sidecarPath, json);
        }

        BackupStore store(m_storePath);
        auto result = store.verify(m.id, m_engine);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QVERIFY(!result->ok);
        QVERIFY(!result->checksumOk);
        QCOMPARE(result->integrityOk, integrityOk);
        QVERIFY2(result->message.contains(messagePart), qPrintable(result->message));
        QVERIFY2(result->message.contains(m.id), qPrintable(result->message));
        if (recorded) {
            const QJsonObject after = readJson(sidecarPath);
            QCOMPARE(after.value(QStringLiteral("last_verify_ok")), QJsonValue(false));
            QCOMPARE(after.value(QStringLiteral("last_verify_message")).toString(), result->message);
        }
    }

    void verifyOfUnknownIdIsNotFound()
    {
        BackupStore store(m_storePath);
        QCOMPARE(store.verify(QStringLiteral("20200101T000000000Z-manual-abcdef"), m_engine).error().code, ErrorCode::NotFound);
    }

    void removeDeletesFileAndSidecar()
    {
        const BackupMetadata keep = createBackup();
        const BackupMetadata gone = createBackup();
        BackupStore store(m_storePath);
        QVERIFY(store.remove(gone.id));
        QVERIFY(!QFileInfo::exists(m_storePath + u'/' + gone.fileName));
        QVERIFY(!QFileInfo::exists(m_storePath + u'/' + gone.id + QStringLiteral(".json")));
        QVERIFY(QFileInfo::exists(m_storePath + u'/' + keep.fileName));
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.remove(gone.id).error().code, ErrorCode::NotFound);
    }

    void cleanupKeepsRecentNewestVerifiedAndProtectedBatch()
    {
        auto make = [&](const QString &batch, bool verified, int ageDays) {
            BackupRequest request;
            request.batchId = batch;
            request.verifyAfterCreate = verified;
            const QString id = createBackup(request).id;
            QTest::qWait(3);
            return age(id, ageDays) ? id : QString();
        };
        // Created oldest first; `age` then sets their real ages.
        const QString protectedOld = make(QStringLiteral("batch-latest"), false, 90);
        const QString oldVerified = make(QString(), true, 80);
        const QString newestVerifiedOld = make(QString(), true, 60);
        const QString oldUnverified = make(QStringLiteral("batch-older"), false, 45);
        const QString recent = make(QString(), false, 5);
        for (const QString &id : {protectedOld, oldVerified, newestVerifiedOld, oldUnverified, recent})
            QVERIFY(!id.isEmpty());

        BackupStore store(m_storePath);
        CleanupOptions options;
        options.keepDays = 30;
        options.protectedBatchId = QStringLiteral("batch-latest");
        auto removed = store.cleanup(options);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().toString()));
        QStringList removedIds;
        for (const BackupMetadata &m : *removed)
            removedIds << m.id;
        removedIds.sort();
        QStringList expected{oldVerified, oldUnverified};
        expected.sort();
        QCOMPARE(removedIds, expected);
        QStringList left;
        const auto remaining = store.list();
        QVERIFY(remaining);
        for (const BackupMetadata &m : *remaining)
            left << m.id;
        QCOMPARE(left, (QStringList{recent, newestVerifiedOld, protectedOld}));

        // keep-days 0 removes everything else, still never the newest verified nor the protected batch.
        options.keepDays = 0;
        options.now = QDateTime::currentDateTimeUtc().addSecs(1);
        QCOMPARE(store.cleanup(options)->size(), 1);
        QCOMPARE(store.list()->size(), 2);

        options.keepDays = -1;
        QCOMPARE(store.cleanup(options).error().code, ErrorCode::Usage);
    }

    void cleanupByCountAmongOneReason()
    {
        auto make = [&](BackupReason reason, bool verified) {
            BackupRequest request;
            request.reason = reason;
            request.verifyAfterCreate = verified;
            const QString id = createBackup(request).id;
            QTest::qWait(3);
            return id;
        };
        const QString verifiedOldest = make(BackupReason::PreMigration, true);
        const QString second = make(BackupReason::PreMigration, false);
        const QString third = make(BackupReason::PreMigration, false);
        const QString newest = make(BackupReason::PreMigration, false);
        const QString manual = make(BackupReason::Manual, false);

        BackupStore store(m_storePath);
        CleanupOptions options;
        options.keepDays = std::nullopt;
        options.keepCount = 2;
        options.reasons = {BackupReason::PreMigration};
        auto removed = store.cleanup(options);
        QVERIFY(removed);
        QCOMPARE(removed->size(), 1);
        QCOMPARE(removed->at(0).id, second);
        QStringList left;
        const auto remaining = store.list();
        for (const BackupMetadata &m : *remaining)
            left << m.id;
        QCOMPARE(left, (QStringList{manual, newest, third, verifiedOldest}));
    }

    void cleanupRemovesStaleInterruptedDumps()
    {
        const BackupMetadata kept = createBackup();
        const QString stale = m_storePath + QStringLiteral("/20200101T000000000Z-manual-abcdef.sqlite.part");
        const QString fresh = m_storePath + QStringLiteral("/20200101T000000000Z-manual-fedcba.sqlite.part");
        for (const QString &path : {stale, fresh}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("partial");
        }
        {
            QFile file(stale);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
        }
        BackupStore store(m_storePath);
        auto removed = store.cleanup(CleanupOptions{});
        QVERIFY(removed);
        QVERIFY(removed->isEmpty());
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(fresh));
        QVERIFY(QFileInfo::exists(m_storePath + u'/' + kept.fileName));
    }

    void statsSumAndDate()
    {
        BackupStore store(m_storePath);
        auto empty = store.stats();
        QVERIFY(empty);
        QCOMPARE(empty->count, 0);
        QVERIFY(!empty->newest.isValid());

        BackupRequest unverified;
        unverified.verifyAfterCreate = false;
        const BackupMetadata first = createBackup(unverified);
        QTest::qWait(3);
        const BackupMetadata second = createBackup(unverified);
        auto verification = store.verify(first.id, m_engine);
        QVERIFY(verification && verification->ok);

        auto stats = store.stats();
        QVERIFY(stats);
        QCOMPARE(stats->count, 2);
        QCOMPARE(stats->totalBytes, first.size + second.size);
        QCOMPARE(stats->oldest, first.created);
        QCOMPARE(stats->newest, second.created);
        QCOMPARE(stats->lastVerified, verification->verifiedAt);
        QCOMPARE(stats->lastVerifiedId, first.id);
        QCOMPARE(stats->lastVerifyOk, std::optional<bool>(true));
    }

    void restoreRoundTripWhileOthersHaveTheFileOpen()
    {
        const QStringList original = snapshot(m_dbPath);
        const BackupMetadata m = createBackup();
        QVERIFY(!m.id.isEmpty());
        // Change data and schema after the backup.
        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral(
                     "DELETE FROM orders WHERE id > 2; UPDATE users SET name = 'changed'; "
                     "INSERT INTO tags VALUES ('green', 3); DROP VIEW big_orders; "
                     "CREATE TABLE extra (x); INSERT INTO extra VALUES (1);")), QString());
        QVERIFY(snapshot(m_dbPath) != original);
        // Another connection keeps the database open (idle) across the restore.
        auto other = openConnection(m_dbPath);
        QVERIFY(other);
        QCOMPARE(queryScalarInt(*other, "SELECT count(*) FROM orders"), 2);

        BackupStore store(m_storePath);
        auto restored = store.restore(m.id, *m_connection, m_engine);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QCOMPARE(snapshot(m_dbPath), original);
        QCOMPARE(queryScalarInt(*other, "SELECT count(*) FROM orders"), 5);
        QVERIFY2(checkRestored(m, *m_connection, m_engine), "restored counts should match the sidecar");

        // A database that differs from the backup is reported, naming the table.
        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral("INSERT INTO users (name) VALUES ('late')")), QString());
        auto mismatch = checkRestored(m, *m_connection, m_engine);
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().code, ErrorCode::VerificationFailed);
        QVERIFY2(mismatch.error().message.contains(QStringLiteral("users")), qPrintable(mismatch.error().message));
    }

    void restoreIntoWalDatabaseWhileAReaderHoldsASnapshot()
    {
        m_connection.reset();
        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral("PRAGMA journal_mode=WAL")), QString());
        m_connection = openConnection(m_dbPath);
        QVERIFY(m_connection);
        const QStringList original = snapshot(m_dbPath);
        const BackupMetadata m = createBackup();
        QVERIFY(!m.id.isEmpty());
        QVERIFY(m_connection->database().exec(QStringLiteral("DELETE FROM users WHERE id > 1")).isActive());

        // A reader in the middle of a transaction keeps its snapshot; the restore does not wait for it.
        auto reader = openConnection(m_dbPath);
        QVERIFY(reader);
        QVERIFY(reader->database().transaction());
        QCOMPARE(queryScalarInt(*reader, "SELECT count(*) FROM users"), 1);
        BackupStore store(m_storePath);
        auto restored = store.restore(m.id, *m_connection, m_engine);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QCOMPARE(queryScalarInt(*reader, "SELECT count(*) FROM users"), 1);
        QVERIFY(reader->database().commit());
        QCOMPARE(queryScalarInt(*reader, "SELECT count(*) FROM users"), 3);
        QCOMPARE(querySqliteFile(m_dbPath, QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("wal")});
        QCOMPARE(snapshot(m_dbPath), original);
    }

    void restoreRefusesWhileTheTargetIsInATransaction()
    {
        const BackupMetadata m = createBackup();
        QVERIFY(m_connection->database().transaction());
        BackupStore store(m_storePath);
        auto restored = store.restore(m.id, *m_connection, m_engine);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Refused);
        QVERIFY(m_connection->database().rollback());
    }

    void defaultDirectoryIsNextToTheSqliteFile()
    {
        auto url = ConnectionUrl::parse(QStringLiteral("sqlite:////srv/data/app.db"));
        QVERIFY(url);
        QCOMPARE(*defaultBackupDirectory(*url), QStringLiteral("/srv/data/app.db.backups"));
        auto memory = ConnectionUrl::parse(QStringLiteral("sqlite:///:memory:"));
        QVERIFY(memory);
        QCOMPARE(defaultBackupDirectory(*memory).error().code, ErrorCode::Usage);
        auto server = ConnectionUrl::parse(QStringLiteral("postgresql://u:secret@db.example:5433/shop"));
        QVERIFY(server);
        auto serverDir = defaultBackupDirectory(*server);
        QVERIFY(serverDir);
        QVERIFY2(serverDir->endsWith(QStringLiteral("postgresql-db.example-5433-shop")), qPrintable(*serverDir));
        QVERIFY(!serverDir->contains(QStringLiteral("secret")));
    }

private:
    static qint64 queryScalarInt(const Connection &connection, const char *sql)
    {
        QSqlQuery query = connection.database().exec(QString::fromLatin1(sql));
        return query.next() ? query.value(0).toLongLong() : -1;
    }
};

QTEST_GUILESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
