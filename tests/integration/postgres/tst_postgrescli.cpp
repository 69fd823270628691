// The real schemapilot-cli against PostgreSQL 15: apply (with its automatic backup), history,
// backup create|list|verify|restore, rollback and health, in a scratch schema (--pg-schema).
#include "support/clirunner.h"
#include "support/postgresfixture.h"
#include "support/postgressnapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Test;

class TestPostgresCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PostgresScratchSchema m_schema;

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
        return path;
    }

    // --pg-schema on every call; backups in the user's data folder (defaultBackupDirectory),
    // redirected into the temporary folder through XDG_DATA_HOME.
    CliRun cli(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << postgresTestUrl() << QStringLiteral("--pg-schema") << m_schema.name()
                  << QStringLiteral("--json");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return runCli(arguments, environment);
    }

private slots:
    void initTestCase()
    {
        SCHEMAPILOT_REQUIRE_POSTGRES();
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_schema.create(QStringLiteral("tst_pgcli")), QString());
        QCOMPARE(m_schema.exec(QStringLiteral("CREATE TABLE users (id int PRIMARY KEY, name text);"
                                              "INSERT INTO users VALUES (1, 'ann'), (2, 'bob');")),
                 QString());
    }

    // GitLab's structure.sql: citext columns and pg_trgm operator classes from extensions that live
    // in public. The desired schema must load (its scratch schema sees public) and print the
    // extension's types as the live schema does: no spurious change, and a real one applies.
    void extensionObjectsInPublicAreUsable()
    {
        PostgresScratchDatabase db;
        QCOMPARE(db.create(QStringLiteral("tst_pgext")), QString());
        const QString ddl = QStringLiteral(
            "CREATE EXTENSION IF NOT EXISTS citext;\n"
            "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
            "CREATE TABLE users (id int PRIMARY KEY, email citext NOT NULL, name varchar(255));\n"
            "CREATE INDEX index_users_on_name_trigram ON users USING gin (name gin_trgm_ops);\n");
        QCOMPARE(db.exec(ddl + QStringLiteral("INSERT INTO users VALUES (1, 'Ann@Example.com', 'ann');")), QString());
        const SchemaPilot::Core::ConnectionUrl &url = db.url();
        const QString dbUrl = QStringLiteral("postgresql://%1@%2:%3/%4").arg(url.user, url.host).arg(url.effectivePort()).arg(url.database);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!url.password.isEmpty())
            environment.insert(QStringLiteral("SCHEMAPILOT_DB_PASSWORD"), url.password);
        const auto run = [&](const QString &command, const QString &schemaFile) {
            QStringList arguments{command, QStringLiteral("--db"), dbUrl, QStringLiteral("--schema"), schemaFile, QStringLiteral("--json")};
            if (command == u"apply")
                arguments << QStringLiteral("--no-backup");
            return runCli(arguments, environment);
        };

        CliRun same = run(QStringLiteral("plan"), writeFile(QStringLiteral("ext_same.sql"), ddl));
        QVERIFY2(same.exitCode == 0, qPrintable(same.describe()));
        QVERIFY2(!same.json().value(QStringLiteral("migration_needed")).toBool(), qPrintable(same.out));

        const QString wider = writeFile(QStringLiteral("ext_wider.sql"),
                                        QString(ddl).replace(QStringLiteral("name varchar(255)"),
                                                             QStringLiteral("name varchar(255), handle citext")));
        CliRun applied = run(QStringLiteral("apply"), wider);
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
        QCOMPARE(applied.json().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        CliRun again = run(QStringLiteral("plan"), wider);
        QVERIFY2(again.exitCode == 0 && !again.json().value(QStringLiteral("migration_needed")).toBool(), qPrintable(again.describe()));
    }

    // A misspelled ?schema= must not read as an empty schema (0 history rows, everything to create):
    // the commands that read a live schema stop with an error naming it.
    void missingSchemaIsAnError_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("history") << QStringList{QStringLiteral("history")};
        QTest::newRow("history verify") << QStringList{QStringLiteral("history"), QStringLiteral("verify")};
        QTest::newRow("rollback") << QStringList{QStringLiteral("rollback")};
        QTest::newRow("status") << QStringList{QStringLiteral("status"), QStringLiteral("--schema"), QStringLiteral("want.sql")};
        QTest::newRow("plan") << QStringList{QStringLiteral("plan"), QStringLiteral("--schema"), QStringLiteral("want.sql")};
        QTest::newRow("apply") << QStringList{QStringLiteral("apply"), QStringLiteral("--no-backup"), QStringLiteral("--schema"),
                                              QStringLiteral("want.sql")};
    }

    void missingSchemaIsAnError()
    {
        QFETCH(QStringList, command);
        const QString want = writeFile(QStringLiteral("want.sql"), QStringLiteral("CREATE TABLE users (id int PRIMARY KEY, name text);"));
        command.replaceInStrings(QStringLiteral("want.sql"), want);
        const QString missing = m_schema.name() + QStringLiteral("_typo");
        const QString url = postgresTestUrl() + QStringLiteral("?schema=") + missing;
        CliRun run = runCli(command << QStringLiteral("--db") << url << QStringLiteral("--json"));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        const QString error = run.json().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(missing) && error.contains(QStringLiteral("does not exist")), qPrintable(run.describe()));
        QCOMPARE(m_schema.query(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = '%1'").arg(missing)), QStringList{"0"});
    }

    // An index built CONCURRENTLY (outside the transaction) is undone by `rollback`, which runs its
    // SQL in one transaction: a DROP INDEX CONCURRENTLY there would fail.
    void rollbackOfAConcurrentIndex()
    {
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_pgconc")), QString());
        QCOMPARE(schema.exec(QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, sku text); INSERT INTO items VALUES (1, 'a');")), QString());
        const QString want = writeFile(QStringLiteral("concurrent.sql"), QStringLiteral(
            "CREATE TABLE items (id int PRIMARY KEY, sku text); CREATE INDEX items_sku ON items (sku);"));
        const auto run = [&](QStringList arguments) {
            return runCli(arguments << QStringLiteral("--db") << postgresTestUrl() << QStringLiteral("--pg-schema") << schema.name()
                                    << QStringLiteral("--json"));
        };
        CliRun applied = run({QStringLiteral("apply"), QStringLiteral("--no-backup"), QStringLiteral("--concurrent-indexes"),
                              QStringLiteral("--schema"), want});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
        QVERIFY2(applied.out.contains("CREATE INDEX CONCURRENTLY"), qPrintable(applied.describe()));
        QCOMPARE(schema.query(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'items_sku'")),
                 QStringList{"1"});
        CliRun rolledBack = run({QStringLiteral("rollback"), QStringLiteral("--no-backup")});
        QVERIFY2(rolledBack.exitCode == 0, qPrintable(rolledBack.describe()));
        QCOMPARE(schema.query(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'items_sku'")),
                 QStringList{"0"});
        QCOMPARE(schema.query(QStringLiteral("SELECT sku FROM items")), QStringList{"a"});
    }

    void applyBackupRestoreRollback()
    {
        const QStringList original = snapshotPostgresSchema(m_schema);
        const QString v2 = writeFile(QStringLiteral("v2.sql"), QStringLiteral(
            "CREATE TABLE users (id int PRIMARY KEY, name text, email text);"
            "CREATE TABLE notes (id int PRIMARY KEY, user_id int REFERENCES users (id), body text);"));

        // Destructive without consent: exit 3, nothing changed.
        const QString dropping = writeFile(QStringLiteral("drop.sql"), QStringLiteral("CREATE TABLE other (id int);"));
        CliRun refused = cli({QStringLiteral("apply"), QStringLiteral("--schema"), dropping});
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
        QCOMPARE(refused.json().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QCOMPARE(snapshotPostgresSchema(m_schema), original);

        CliRun applied = cli({QStringLiteral("apply"), QStringLiteral("--schema"), v2});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
        const QJsonObject result = applied.json();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const QString backupId = result.value(QStringLiteral("backup_id")).toString();
        QVERIFY(!backupId.isEmpty());
        QCOMPARE(m_schema.query(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = '%1' "
                                               "AND table_name = 'notes'").arg(m_schema.name())),
                 QStringList{"1"});
        // The password (from the environment) is never printed in a URL.
        const QByteArray password = qgetenv("SCHEMAPILOT_DB_PASSWORD");
        QVERIFY(password.isEmpty() || !(applied.out + applied.err).contains(':' + password + '@'));
        // The scratch schema's clean-up says nothing: no server NOTICEs among the logs.
        QVERIFY2(!applied.err.contains("NOTICE"), applied.err.constData());

        CliRun history = cli({QStringLiteral("history")});
        QVERIFY2(history.exitCode == 0, qPrintable(history.describe()));
        QVERIFY(history.json().value(QStringLiteral("count")).toInt() >= 2);
        CliRun chain = cli({QStringLiteral("history"), QStringLiteral("verify")});
        QVERIFY2(chain.exitCode == 0, qPrintable(chain.describe()));

        // The automatic backup is in the default folder for this server, database and schema.
        CliRun list = cli({QStringLiteral("backup"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        const QJsonArray backups = list.json().value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().toObject().value(QStringLiteral("id")).toString(), backupId);
        QVERIFY2(list.json().value(QStringLiteral("directory")).toString().startsWith(m_dir.filePath(QStringLiteral("data"))),
                 qPrintable(list.json().value(QStringLiteral("directory")).toString()));
        CliRun verify = cli({QStringLiteral("backup"), QStringLiteral("verify"), backupId});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));

        CliRun health = cli({QStringLiteral("health"), QStringLiteral("--schema"), v2});
        QVERIFY2(health.exitCode == 0 || health.exitCode == 1, qPrintable(health.describe()));
        QVERIFY2(health.json().contains(QStringLiteral("score")), qPrintable(health.describe()));

        // Rows added after the migration, then the batch is undone with its rollback SQL.
        QCOMPARE(m_schema.exec(QStringLiteral("INSERT INTO users VALUES (3, 'cy', NULL);")), QString());
        CliRun rollback = cli({QStringLiteral("rollback"), QStringLiteral("--allow-data-loss")});
        QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.describe()));
        QCOMPARE(rollback.json().value(QStringLiteral("status")).toString(), QStringLiteral("rolled_back"));
        QCOMPARE(m_schema.query(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = '%1' "
                                               "AND table_name = 'notes'").arg(m_schema.name())),
                 QStringList{"0"});

        // A manual backup, damage, and a restore from it.
        CliRun created = cli({QStringLiteral("backup"), QStringLiteral("create")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString manualId = created.json().value(QStringLiteral("id")).toString();
        const QStringList beforeDamage = snapshotPostgresSchema(m_schema);
        QCOMPARE(m_schema.exec(QStringLiteral("DELETE FROM users; CREATE TABLE junk (id int);")), QString());
        CliRun restored = cli({QStringLiteral("backup"), QStringLiteral("restore"), manualId});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        QVERIFY(restored.json().value(QStringLiteral("restored")).toBool());
        QCOMPARE(snapshotPostgresSchema(m_schema), beforeDamage);

        // A damaged backup file: restore refused with exit 3, nothing touched.
        const QString folder = list.json().value(QStringLiteral("directory")).toString();
        QFile file(QDir(folder).filePath(manualId + QStringLiteral(".pgdump")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.write("XXXX") == 4);
        file.close();
        QCOMPARE(m_schema.exec(QStringLiteral("INSERT INTO users VALUES (9, 'zed')")), QString());
        const QStringList beforeRefusal = snapshotPostgresSchema(m_schema);
        CliRun tampered = cli({QStringLiteral("backup"), QStringLiteral("restore"), manualId});
        QVERIFY2(tampered.exitCode == 3, qPrintable(tampered.describe()));
        QCOMPARE(snapshotPostgresSchema(m_schema), beforeRefusal);
    }
};

QTEST_GUILESS_MAIN(TestPostgresCli)
#include "tst_postgrescli.moc"
