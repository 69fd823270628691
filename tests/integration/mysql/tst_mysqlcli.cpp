// The real schemapilot-cli against MariaDB: apply (and its refusals), backup create/list/verify/
// restore, history, rollback and health, with the password only in the environment.
#include "support/clirunner.h"
#include "support/mysqlfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const char kSetup[] = R"(
CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, age VARCHAR(10) NULL);
INSERT INTO users (name, age) VALUES ('ada', '36'), ('bob', '41'), ('cy', NULL);
)";

const char kWanted[] = R"(
CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, age VARCHAR(10) NULL,
                    email VARCHAR(100) NULL);
CREATE TABLE tags (id INT NOT NULL PRIMARY KEY, label VARCHAR(30) NOT NULL);
)";

} // namespace

class TestMysqlCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString urlOf(const MysqlTestDatabase &db)
    {
        const ConnectionUrl &url = db.url();
        return QStringLiteral("mysql://%1@%2:%3/%4").arg(url.user, url.host).arg(url.effectivePort()).arg(url.database);
    }

    static QProcessEnvironment environment(const MysqlTestDatabase &db)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SCHEMAPILOT_HISTORY_KEY_FILE"));
        env.remove(QStringLiteral("MYSQL_PWD"));
        env.insert(QStringLiteral("SCHEMAPILOT_DB_PASSWORD"), db.url().password);
        return env;
    }

    QString writeSchema(const QByteArray &ddl)
    {
        const QString path = m_dir.filePath(QStringLiteral("wanted.sql"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(ddl);
        return path;
    }

private slots:
    void applyBackupRestoreHistoryRollback()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kSetup)), QString());
        const QStringList original = db.snapshot();
        const QString url = urlOf(db);
        const QProcessEnvironment env = environment(db);
        const QString backups = m_dir.filePath(QStringLiteral("backups"));
        const QString schema = writeSchema(kWanted);

        // --no-backup is refused: MySQL cannot roll back DDL.
        CliRun run = runCli({QStringLiteral("apply"), QStringLiteral("--db"), url, QStringLiteral("--schema"), schema,
                             QStringLiteral("--no-backup"), QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QCOMPARE(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QCOMPARE(db.snapshot(), original);

        run = runCli({QStringLiteral("apply"), QStringLiteral("--db"), url, QStringLiteral("--schema"), schema,
                      QStringLiteral("--backup-dir"), backups, QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject applied = run.json();
        QCOMPARE(applied.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const QString preMigration = applied.value(QStringLiteral("backup_id")).toString();
        QVERIFY(preMigration.contains(QStringLiteral("pre-migration")));
        QVERIFY2(!run.out.contains(db.url().password.toUtf8() + "@") && !run.err.contains("password="), "no password in output");
        QCOMPARE(db.column(QStringLiteral("SELECT COUNT(*) FROM tags")), QStringList{QStringLiteral("0")});
        const QStringList migrated = db.snapshot();

        run = runCli({QStringLiteral("history"), QStringLiteral("--db"), url, QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(applied.value(QStringLiteral("batch_id")).toString().toUtf8()), qPrintable(run.describe()));

        run = runCli({QStringLiteral("health"), QStringLiteral("--db"), url, QStringLiteral("--schema"), schema,
                      QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        // A manual backup of the migrated state, listed and verified.
        run = runCli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--db"), url, QStringLiteral("--backup-dir"),
                      backups, QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString manual = run.json().value(QStringLiteral("id")).toString();
        QVERIFY(manual.contains(QStringLiteral("manual")));
        run = runCli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--db"), url, QStringLiteral("--backup-dir"),
                      backups, QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(QStringLiteral("backups")).toArray().size(), 2);
        run = runCli({QStringLiteral("backup"), QStringLiteral("verify"), manual, QStringLiteral("--db"), url,
                      QStringLiteral("--backup-dir"), backups, QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        // Restore the pre-migration backup: the original tables and rows come back.
        run = runCli({QStringLiteral("backup"), QStringLiteral("restore"), preMigration, QStringLiteral("--db"), url,
                      QStringLiteral("--backup-dir"), backups, QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(db.snapshot(), original);
        // And the manual one: the migrated state again.
        run = runCli({QStringLiteral("backup"), QStringLiteral("restore"), manual, QStringLiteral("--db"), url,
                      QStringLiteral("--backup-dir"), backups, QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(db.snapshot(), migrated);

        // Undo the batch with its rollback SQL (tried on a scratch copy first): the original schema.
        run = runCli({QStringLiteral("rollback"), QStringLiteral("--db"), url, QStringLiteral("--backup-dir"), backups,
                      QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(db.snapshot(), original);
    }

    void tamperedBackupRestoreExitsThree()
    {
        SCHEMAPILOT_MYSQL_DATABASE(db);
        QCOMPARE(db.exec(QString::fromLatin1(kSetup)), QString());
        const QString url = urlOf(db);
        const QProcessEnvironment env = environment(db);
        const QString backups = m_dir.filePath(QStringLiteral("backups-tamper"));
        CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--db"), url,
                             QStringLiteral("--backup-dir"), backups, QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString id = run.json().value(QStringLiteral("id")).toString();
        QFile dump(backups + u'/' + id + QStringLiteral(".sql"));
        QVERIFY(dump.open(QIODevice::ReadWrite));
        QByteArray bytes = dump.readAll();
        bytes.replace("'ada'", "'eve'");
        QVERIFY(dump.seek(0) && dump.write(bytes) == bytes.size());
        dump.close();
        QCOMPARE(db.exec(QStringLiteral("DELETE FROM users WHERE name = 'bob'")), QString());
        const QStringList before = db.snapshot();
        run = runCli({QStringLiteral("backup"), QStringLiteral("restore"), id, QStringLiteral("--db"), url,
                      QStringLiteral("--backup-dir"), backups, QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QCOMPARE(db.snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestMysqlCli)
#include "tst_mysqlcli.moc"
