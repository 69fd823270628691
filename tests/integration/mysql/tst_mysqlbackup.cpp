// MySQL/MariaDB backups through the real tools: mariadb-dump to a 0600 file, examination of the
// dump without a server, restore with the mariadb client, and refusal of damaged dumps.
#include "backup/backupstore.h"
#include "dialects/mysql/mysqldialect.h"
#include "dialects/mysql/mysqldumpreader.h"
#include "exec/restore.h"
#include "support/mysqlfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using SchemaPilot::Test::MysqlTestDatabase;

namespace {

// Values that trip naive dump readers: quotes, escapes, parentheses, semicolons, newlines,
// NULLs, binary bytes, non-ASCII text; plus a view, a trigger whose body INSERTs, and a foreign key.
const char kSetup[] = R"(
CREATE TABLE authors (id INT NOT NULL PRIMARY KEY, name VARCHAR(80) NOT NULL, bio TEXT NULL, photo VARBINARY(16) NULL);
CREATE TABLE books (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, author_id INT NOT NULL, title VARCHAR(200) NOT NULL,
                    price DECIMAL(8,2) NULL, CONSTRAINT books_author FOREIGN KEY (author_id) REFERENCES authors (id));
CREATE TABLE log (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, what VARCHAR(100) NOT NULL);
CREATE TABLE empty_one (id INT PRIMARY KEY);
CREATE TRIGGER books_log AFTER INSERT ON books FOR EACH ROW INSERT INTO log (what) VALUES (CONCAT('added (', NEW.title, ')'));
INSERT INTO authors VALUES (1, 'O''Brien', 'line one\nline two); DROP TABLE x; (', 0x00FF28293B27),
                           (2, 'Zoë "Z" Back\\slash', NULL, NULL),
                           (3, 'paren (', ')),((', X'');
INSERT INTO books (author_id, title, price) VALUES (1, 'A (b) c', 9.99), (1, 'semi;colon', NULL), (2, '''quoted''', 0.50),
                           (3, 'ü', 12.00);
CREATE VIEW cheap_books AS SELECT title FROM books WHERE price < 10;
)";

} // namespace

class TestMysqlBackup final : public QObject
{
    Q_OBJECT

    DialectRegistry m_dialects = DialectRegistry::withBuiltins();
    const MysqlDialect m_dialect;
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newBackupDir() { return m_dir.filePath(QStringLiteral("backups%1").arg(++m_counter)); }

    static std::unique_ptr<Connection> open(const MysqlTestDatabase &db)
    {
        auto connection = Connection::open(db.url(), Connection::Access::ReadWrite, QStringLiteral("backup-test"));
        return connection ? std::move(*connection) : nullptr;
    }

private slots:
    void dumpVerifyRestoreRoundTrip()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromUtf8(kSetup)), QString());
        const QStringList original = db.snapshot();
        auto connection = open(db);
        QVERIFY(connection);
        const BackupStore store(newBackupDir());
        auto created = store.create(*connection, m_dialect, BackupRequest{});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        // The dump's own row counts equal the live ones, table by table (log has the trigger's 4 rows).
        auto live = m_dialect.backupEngine()->rowCounts(*connection);
        QVERIFY(live);
        QCOMPARE(created->rowCounts, *live);
        QCOMPARE(created->rowCounts.value(QStringLiteral("authors")), 3);
        QCOMPARE(created->rowCounts.value(QStringLiteral("log")), 4);
        QVERIFY(created->rowCounts.contains(QStringLiteral("empty_one")));
        QVERIFY(!created->rowCounts.contains(QStringLiteral("cheap_books")));
        const QString file = store.directory() + u'/' + created->fileName;
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY2(!QFile(file).open(QIODevice::ReadOnly) || !QFile(file).readAll().contains(db.url().password.toUtf8() + "'"),
                 "no password in the dump");
        auto verified = store.verify(created->id, *m_dialect.backupEngine());
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->message));

        // Change everything: rows, a new table, a dropped view, a dropped table.
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO authors VALUES (9, 'new', NULL, NULL); DELETE FROM books WHERE id = 2; "
                                        "CREATE TABLE added_later (id INT PRIMARY KEY); INSERT INTO added_later VALUES (1); "
                                        "DROP VIEW cheap_books; SET foreign_key_checks = 0; DROP TABLE empty_one;")),
                 QString());
        QVERIFY(db.snapshot() != original);

        RestoreRequest request;
        request.url = db.url();
        request.backupId = created->id;
        request.backupDir = store.directory();
        auto restored = restoreBackup(m_dialects, request);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QVERIFY(!restored->safetyBackupId.isEmpty());
        QCOMPARE(db.snapshot(), original);
        // The trigger came back and works.
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO books (author_id, title) VALUES (2, 'again')")), QString());
        QCOMPARE(db.column(QStringLiteral("SELECT what FROM log ORDER BY id DESC LIMIT 1")), QStringList{QStringLiteral("added (again)")});
    }

    void tamperedDumpIsRefusedBeforeAnythingIsTouched()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromUtf8(kSetup)), QString());
        auto connection = open(db);
        QVERIFY(connection);
        const BackupStore store(newBackupDir());
        auto created = store.create(*connection, m_dialect, BackupRequest{});
        QVERIFY(created);
        const QString file = store.directory() + u'/' + created->fileName;
        QFile dump(file);
        QVERIFY(dump.open(QIODevice::ReadWrite));
        QByteArray bytes = dump.readAll();
        const qsizetype at = bytes.indexOf("semi;colon");
        QVERIFY(at > 0);
        bytes.replace(at, 4, "SEMI");   // same size: only the checksum can tell
        QVERIFY(dump.seek(0) && dump.write(bytes) == bytes.size());
        dump.close();
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO log (what) VALUES ('after the backup')")), QString());
        const QStringList before = db.snapshot();

        auto verified = store.verify(created->id, *m_dialect.backupEngine());
        QVERIFY(verified && !verified->ok && !verified->checksumOk);
        QVERIFY2(verified->message.contains(QStringLiteral("SHA-256")), qPrintable(verified->message));
        RestoreRequest request;
        request.url = db.url();
        request.backupId = created->id;
        request.backupDir = store.directory();
        auto restored = restoreBackup(m_dialects, request);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::BackupInvalid);
        QCOMPARE(db.snapshot(), before);
        QCOMPARE(store.list()->size(), 1);   // no safety backup either: nothing was started
    }

    void truncatedDumpIsRefused()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromUtf8(kSetup)), QString());
        auto connection = open(db);
        QVERIFY(connection);
        const BackupStore store(newBackupDir());
        auto created = store.create(*connection, m_dialect, BackupRequest{});
        QVERIFY(created);
        const QString file = store.directory() + u'/' + created->fileName;
        const qint64 cut = QFileInfo(file).size() * 2 / 3;
        QVERIFY(QFile::resize(file, cut));
        const QStringList before = db.snapshot();

        // The engine alone (no checksum) sees that the dump was cut short.
        auto examined = m_dialect.backupEngine()->examine(file, ExamineOptions{});
        QVERIFY(examined && examined->opens && !examined->integrityOk);
        QVERIFY2(examined->message.contains(QStringLiteral("truncated")), qPrintable(examined->message));
        RestoreRequest request;
        request.url = db.url();
        request.backupId = created->id;
        request.backupDir = store.directory();
        auto restored = restoreBackup(m_dialects, request);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::BackupInvalid);
        QVERIFY2(restored.error().message.contains(QStringLiteral("truncated")), qPrintable(restored.error().message));
        QCOMPARE(db.snapshot(), before);
    }

    void readerCountsRowsOfEitherInsertLayout_data()
    {
        QTest::addColumn<QByteArray>("inserts");
        QTest::addColumn<qint64>("rows");
        QTest::newRow("one line with parentheses and semicolons in strings")
            << QByteArray("INSERT INTO `t` VALUES (1,'a);(b'),(2,'it''s'),(3,'back\\\\'),(4,NULL);\n") << qint64(4);
        QTest::newRow("one tuple per line")
            << QByteArray("INSERT INTO `t` VALUES\n(1,'x\\n('),\n(2,')'),\n(3,'\\'');\n") << qint64(3);
        QTest::newRow("two statements for one table") << QByteArray("INSERT INTO `t` VALUES (1,'a');\nINSERT INTO `t` VALUES (2,'b');\n")
                                                       << qint64(2);
    }

    void readerCountsRowsOfEitherInsertLayout()
    {
        QFETCH(QByteArray, inserts);
        QFETCH(qint64, rows);
        const QString path = m_dir.filePath(QStringLiteral("reader%1.sql").arg(++m_counter));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-- MariaDB dump 10.19\n--\nCREATE TABLE `t` (\n  `id` int\n);\n" + inserts
                   + "DELIMITER ;;\nINSERT INTO `t` VALUES (99,'in a trigger body');;\nDELIMITER ;\n-- Dump completed on 2026-11-25\n");
        file.close();
        auto contents = readMysqlDump(path);
        QVERIFY(contents);
        QVERIFY2(contents->problem.isEmpty(), qPrintable(contents->problem));
        QVERIFY(contents->header && contents->complete);
        QCOMPARE(contents->rowCounts.value(QStringLiteral("t")), rows);
    }
};

QTEST_GUILESS_MAIN(TestMysqlBackup)
#include "tst_mysqlbackup.moc"
