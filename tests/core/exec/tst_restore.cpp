// restoreBackup: verify first (a damaged backup never replaces the database), then a safety
// backup, the restore, the check against the backup, and a "restored" history row that keeps
// the audit rows written after the backup was taken.
#include "backup/backupstore.h"
#include "dialects/dialectregistry.h"
#include "exec/executor.h"
#include "exec/restore.h"
#include "support/dbsnapshot.h"
#include "support/sqlitefixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

class TestRestore final : public QObject
{
    Q_OBJECT

    DialectRegistry m_dialects = DialectRegistry::withBuiltins();

    // Applies "add a column" with an automatic backup; returns the backup id.
    QString migrate(const QTemporaryDir &dir, const QString &db, QString *backupDir)
    {
        *backupDir = dir.filePath(QStringLiteral("backups"));
        const QString schema = dir.filePath(QStringLiteral("want.sql"));
        QFile file(schema);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT, w INTEGER);\n");
        file.close();
        ApplyRequest request;
        request.check.url = *ConnectionUrl::parse(db);
        request.check.schemaFile = schema;
        request.options.backupDir = *backupDir;
        const ApplyResult result = Executor(m_dialects).applySync(request);
        return result.status == ApplyStatus::Applied ? result.backupId : QString();
    }

private slots:
    void restoresVerifiedBackupAndKeepsTheTrail()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(createSqliteFile(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t(v) VALUES ('a'), ('b');").isEmpty());
        const QStringList before = snapshotUserTables(db);
        QString backupDir;
        const QString backupId = migrate(dir, db, &backupDir);
        QVERIFY(!backupId.isEmpty());
        QVERIFY(execSqliteFile(db, "INSERT INTO t(v, w) VALUES ('c', 3)").isEmpty());

        auto restored = restoreBackup(m_dialects, RestoreRequest{*ConnectionUrl::parse(db), backupId, backupDir, true, {}});
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QCOMPARE(snapshotUserTables(db), before);
        QVERIFY(!restored->safetyBackupId.isEmpty());
        QVERIFY(QFile::exists(backupDir + u'/' + restored->safetyBackupId + QStringLiteral(".sqlite")));
        // The migration's row (written after the backup) is carried over, then the restore's row.
        QCOMPARE(restored->historyRowsCarriedOver, 1);
        QCOMPARE(querySqliteFile(db, "SELECT operation_type || ' ' || status FROM schemapilot_history ORDER BY id"),
                 (QStringList{"ADD_COLUMN applied", "RESTORE restored"}));
    }

    void damagedBackupIsRefusedAndNothingTouched()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(createSqliteFile(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t(v) VALUES ('a');").isEmpty());
        QString backupDir;
        const QString backupId = migrate(dir, db, &backupDir);
        QVERIFY(!backupId.isEmpty());
        {
            QFile file(backupDir + u'/' + backupId + QStringLiteral(".sqlite"));
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(100);
            file.write("tampered");
        }
        const QByteArray before = fileBytes(db);
        auto restored = restoreBackup(m_dialects, RestoreRequest{*ConnectionUrl::parse(db), backupId, backupDir, true, {}});
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::BackupInvalid);
        QVERIFY(restored.error().message.contains(QStringLiteral("nothing was restored")));
        QCOMPARE(fileBytes(db), before);
    }

    void unknownBackupIdIsAnError()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(createSqliteFile(db, "CREATE TABLE t(id INTEGER PRIMARY KEY);").isEmpty());
        auto restored = restoreBackup(m_dialects, RestoreRequest{*ConnectionUrl::parse(db), QStringLiteral("20261125T000000000Z-manual-abcdef"),
                                                                 dir.filePath(QStringLiteral("backups")), true, {}});
        QVERIFY(!restored);
    }
};

QTEST_GUILESS_MAIN(TestRestore)

#include "tst_restore.moc"
