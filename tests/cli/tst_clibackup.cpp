// Drives the real schemapilot-cli binary: every `backup` subcommand and its exit codes.
#include "support/filetamper.h"
#include "support/clirunner.h"
#include "support/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace SchemaPilot::Test;

namespace {

using Run = CliRun;

QString describe(const Run &run)
{
    return run.describe();
}

QStringList snapshot(const QString &path)
{
    QStringList rows = querySqliteFile(path, QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema "
                                                              "WHERE name NOT LIKE 'schemapilot%' ORDER BY 1"));
    rows << querySqliteFile(path, QStringLiteral("SELECT 'users ' || id || ' ' || quote(name) FROM users ORDER BY id"));
    rows << querySqliteFile(path, QStringLiteral("SELECT 'notes ' || id || ' ' || quote(body) FROM notes ORDER BY id"));
    return rows;
}


} // namespace

class TestCliBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_url;
    QString m_backups;

    QStringList args(const QStringList &backupArguments) const
    {
        return QStringList{QStringLiteral("backup")} + backupArguments + QStringList{QStringLiteral("--db"), m_url};
    }

    QJsonObject create(const QStringList &extra = {})
    {
        const Run run = runCli(args(QStringList{QStringLiteral("create"), QStringLiteral("--json")} + extra));
        if (run.exitCode != 0)
            qWarning().noquote() << describe(run);
        return run.json();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(QStringLiteral(SCHEMAPILOT_BIN_DIR) + QStringLiteral("/schemapilot-cli")).isExecutable());
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString base = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-'
                                            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        QVERIFY(QDir().mkpath(base));
        m_db = base + QStringLiteral("/shop.db");
        m_url = QStringLiteral("sqlite:///") + m_db;   // absolute path: four slashes
        m_backups = m_db + QStringLiteral(".backups");
        QCOMPARE(createSqliteFile(m_db, QStringLiteral(
                     "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);"
                     "CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), body TEXT);"
                     "CREATE INDEX notes_user ON notes(user_id);"
                     "INSERT INTO users VALUES (1, 'Ada'), (2, 'Brian');"
                     "INSERT INTO notes VALUES (1, 1, 'first'), (2, 1, 'second'), (3, 2, NULL);")), QString());
    }

    void createPrintsMetadataAndUsesTheDefaultFolder()
    {
        const Run run = runCli(args({QStringLiteral("create"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject json = run.json();
        const QString id = json.value(QStringLiteral("id")).toString();
        QVERIFY2(!id.isEmpty(), run.out.constData());
        QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
        QCOMPARE(json.value(QStringLiteral("engine")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(json.value(QStringLiteral("source")).toString(), m_url);
        QCOMPARE(json.value(QStringLiteral("row_counts")).toObject().value(QStringLiteral("notes")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("sha256")).toString().size(), 64);
        QVERIFY(!json.value(QStringLiteral("schema_fingerprint")).toString().isEmpty());
        const QString file = m_backups + u'/' + id + QStringLiteral(".sqlite");
        QCOMPARE(json.value(QStringLiteral("path")).toString(), file);
        QCOMPARE(QFileInfo(file).size(), json.value(QStringLiteral("size")).toInteger());
        QVERIFY(QFileInfo::exists(m_backups + u'/' + id + QStringLiteral(".json")));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(m_backups).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0700);
        QCOMPARE(querySqliteFile(file, QStringLiteral("SELECT body FROM notes WHERE id = 2")), QStringList{QStringLiteral("second")});
    }

    void createWithReasonBatchAndFolder()
    {
        const QString dir = m_dir.filePath(QStringLiteral("elsewhere/backups"));
        const QJsonObject json = create({QStringLiteral("--backup-dir"), dir, QStringLiteral("--reason"), QStringLiteral("pre-migration"),
                                         QStringLiteral("--batch-id"), QStringLiteral("b-7")});
        QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("pre-migration"));
        QCOMPARE(json.value(QStringLiteral("batch_id")).toString(), QStringLiteral("b-7"));
        QVERIFY(QFileInfo::exists(dir + u'/' + json.value(QStringLiteral("id")).toString() + QStringLiteral(".sqlite")));
        QVERIFY(!QFileInfo::exists(m_backups));
    }

    void createInTextMode()
    {
        const Run run = runCli(args({QStringLiteral("create")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains("Backup created: ") && run.out.contains("-manual-"), run.out.constData());
    }

    void listIsNewestFirst()
    {
        const QString first = create().value(QStringLiteral("id")).toString();
        QTest::qWait(3);
        const QString second = create().value(QStringLiteral("id")).toString();
        const Run run = runCli(args({QStringLiteral("list"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray backups = run.json().value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.at(0).toObject().value(QStringLiteral("id")).toString(), second);
        QCOMPARE(backups.at(1).toObject().value(QStringLiteral("id")).toString(), first);

        const Run text = runCli(args({QStringLiteral("list")}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.indexOf(second.toUtf8()) < text.out.indexOf(first.toUtf8()));
    }

    void verifyPassesThenFailsAfterAByteFlip()
    {
        const QJsonObject backup = create();
        const QString id = backup.value(QStringLiteral("id")).toString();
        Run run = runCli(args({QStringLiteral("verify"), id, QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(json.value(QStringLiteral("ok")), QJsonValue(true));
        QCOMPARE(json.value(QStringLiteral("checksum_ok")), QJsonValue(true));
        QCOMPARE(json.value(QStringLiteral("integrity_ok")), QJsonValue(true));
        QVERIFY(json.contains(QStringLiteral("message")));

        QVERIFY(flipByte(backup.value(QStringLiteral("path")).toString(), backup.value(QStringLiteral("size")).toInteger() - 100));
        run = runCli(args({QStringLiteral("verify"), id, QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 1);
        json = run.json();
        QCOMPARE(json.value(QStringLiteral("ok")), QJsonValue(false));
        QCOMPARE(json.value(QStringLiteral("checksum_ok")), QJsonValue(false));
        QVERIFY2(json.value(QStringLiteral("message")).toString().contains(QStringLiteral("SHA-256")), run.out.constData());

        run = runCli(args({QStringLiteral("verify"), id}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("FAILED"), run.err.constData());
    }

    void usageAndLookupErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withDb");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no subcommand") << QStringList{} << true << 2;
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("explode")} << true << 2;
        QTest::newRow("verify without id") << QStringList{QStringLiteral("verify")} << true << 2;
        QTest::newRow("restore without id") << QStringList{QStringLiteral("restore")} << true << 2;
        QTest::newRow("extra argument to list") << QStringList{QStringLiteral("list"), QStringLiteral("x")} << true << 2;
        QTest::newRow("missing --db") << QStringList{QStringLiteral("list")} << false << 2;
        QTest::newRow("id escaping the folder") << QStringList{QStringLiteral("verify"), QStringLiteral("../shop")} << true << 2;
        QTest::newRow("keep-days not a number") << QStringList{QStringLiteral("cleanup"), QStringLiteral("--keep-days"), QStringLiteral("soon")} << true << 2;
        QTest::newRow("negative keep-days") << QStringList{QStringLiteral("cleanup"), QStringLiteral("--keep-days"), QStringLiteral("-1")} << true << 2;
        QTest::newRow("unknown reason") << QStringList{QStringLiteral("create"), QStringLiteral("--reason"), QStringLiteral("whim")} << true << 2;
        QTest::newRow("unknown id") << QStringList{QStringLiteral("verify"), QStringLiteral("20200101T000000000Z-manual-abcdef")} << true << 1;
        QTest::newRow("restore of unknown id") << QStringList{QStringLiteral("restore"), QStringLiteral("20200101T000000000Z-manual-abcdef")} << true << 1;
        QTest::newRow("create from a missing database") << QStringList{QStringLiteral("create"), QStringLiteral("--db"), QStringLiteral("sqlite:////nonexistent/x.db")} << false << 1;
    }

    void usageAndLookupErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withDb);
        QFETCH(int, exitCode);
        QStringList all = QStringList{QStringLiteral("backup")} + arguments + QStringList{QStringLiteral("--json")};
        if (withDb)
            all << QStringLiteral("--db") << m_url;
        const Run run = runCli(all);
        QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
        QVERIFY2(!run.json().value(QStringLiteral("error")).toString().isEmpty(), run.out.constData());
    }

    void restoreRoundTripKeepsAPreRestoreBackup()
    {
        const QStringList original = snapshot(m_db);
        const QString id = create().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(execSqliteFile(m_db, QStringLiteral("DELETE FROM notes; UPDATE users SET name = 'x'; ALTER TABLE users ADD COLUMN age INTEGER;")),
                 QString());
        const QStringList changed = snapshot(m_db);
        QVERIFY(changed != original);

        const Run run = runCli(args({QStringLiteral("restore"), id, QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("restored")), QJsonValue(true));
        QCOMPARE(snapshot(m_db), original);

        // The state before the restore was saved and is itself a verified backup.
        const QString safety = json.value(QStringLiteral("pre_restore_backup_id")).toString();
        QVERIFY2(safety.contains(QStringLiteral("-pre-restore-")), qPrintable(safety));
        QCOMPARE(snapshot(m_backups + u'/' + safety + QStringLiteral(".sqlite")), changed);
        const Run verify = runCli(args({QStringLiteral("verify"), safety}));
        QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
    }

    // Two databases sharing one backup folder: a backup of one must not silently replace the other.
    void restoreOfAnotherDatabasesBackupIsRefused()
    {
        const QString id = create({QStringLiteral("--backup-dir"), m_backups}).value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const QString other = m_db + QStringLiteral("-other.db");
        QCOMPARE(createSqliteFile(other, QStringLiteral("CREATE TABLE important (id INTEGER PRIMARY KEY); INSERT INTO important VALUES (1);")),
                 QString());
        const QStringList before = snapshot(other);
        const QStringList restore{QStringLiteral("backup"), QStringLiteral("restore"), id, QStringLiteral("--db"),
                                  QStringLiteral("sqlite:///") + other, QStringLiteral("--backup-dir"), m_backups, QStringLiteral("--json")};
        Run run = runCli(restore);
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("--allow-other-source")), run.out.constData());
        QCOMPARE(snapshot(other), before);

        run = runCli(restore + QStringList{QStringLiteral("--allow-other-source")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(snapshot(other), snapshot(m_db));
    }

    void restoreOfADamagedBackupIsRefusedAndChangesNothing()
    {
        const QJsonObject backup = create();
        const QString id = backup.value(QStringLiteral("id")).toString();
        QCOMPARE(execSqliteFile(m_db, QStringLiteral("INSERT INTO users VALUES (3, 'Chloé')")), QString());
        const QStringList before = snapshot(m_db);
        QVERIFY(QFile::resize(backup.value(QStringLiteral("path")).toString(), 4096));

        const Run run = runCli(args({QStringLiteral("restore"), id, QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("refused")), run.out.constData());
        QCOMPARE(snapshot(m_db), before);
        // Refused before anything was touched: no pre-restore backup either.
        const Run list = runCli(args({QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(list.json().value(QStringLiteral("backups")).toArray().size(), 1);
    }

    void cleanupKeepsTheNewestVerifiedBackup()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            ids << create().value(QStringLiteral("id")).toString();
            QTest::qWait(3);
        }
        Run run = runCli(args({QStringLiteral("cleanup"), QStringLiteral("--keep-days"), QStringLiteral("30"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.json().value(QStringLiteral("removed_count")).toInt(), 0);

        run = runCli(args({QStringLiteral("cleanup"), QStringLiteral("--keep-days"), QStringLiteral("0"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray removed = run.json().value(QStringLiteral("removed")).toArray();
        QCOMPARE(removed.size(), 2);
        QVERIFY(!removed.contains(ids[2]));
        QCOMPARE(run.json().value(QStringLiteral("kept_count")).toInt(), 1);
        QVERIFY(QFileInfo::exists(m_backups + u'/' + ids[2] + QStringLiteral(".sqlite")));
        QVERIFY(!QFileInfo::exists(m_backups + u'/' + ids[0] + QStringLiteral(".sqlite")));
    }

    void statsSummarise()
    {
        Run run = runCli(args({QStringLiteral("stats"), QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.json().value(QStringLiteral("count")).toInt(), 0);
        QVERIFY(run.json().value(QStringLiteral("newest")).isNull());

        const QJsonObject first = create();
        QTest::qWait(3);
        const QJsonObject second = create();
        run = runCli(args({QStringLiteral("stats"), QStringLiteral("--json")}));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("total_bytes")).toInteger(),
                 first.value(QStringLiteral("size")).toInteger() + second.value(QStringLiteral("size")).toInteger());
        QCOMPARE(json.value(QStringLiteral("oldest")).toString(), first.value(QStringLiteral("created")).toString());
        QCOMPARE(json.value(QStringLiteral("newest")).toString(), second.value(QStringLiteral("created")).toString());
        QCOMPARE(json.value(QStringLiteral("last_verify_ok")), QJsonValue(true));

        const Run text = runCli(args({QStringLiteral("stats")}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("count") && text.out.contains("2"), text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
