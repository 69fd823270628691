// Drives the real schemapilot-cli: `status` and `plan` on real files, their JSON contract and
// every error case with its documented exit code (0 ok, 1 failure, 2 usage).
#include "support/clirunner.h"
#include "support/sqlitefixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace SchemaPilot::Test;

namespace {

const QString kCurrent = QStringLiteral(
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, fax TEXT);"
    "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), body TEXT);"
    "INSERT INTO users VALUES (1, 'ann', '123'), (2, NULL, NULL), (3, 'cy', '456');"
    "INSERT INTO posts VALUES (1, 1, 'hello'), (2, 3, 'world');");

const QString kDesired = QStringLiteral(
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', email TEXT);\n"
    "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), body TEXT);\n"
    "CREATE INDEX idx_posts_user ON posts(user_id);\n");

} // namespace

class TestCliStatus final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_schema;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("app.db"));
        QCOMPARE(createSqliteFile(m_db, kCurrent), QString());
        m_schema = writeFile(QStringLiteral("desired.sql"), kDesired.toUtf8());
        QVERIFY(!m_schema.isEmpty());
    }

    void statusReportsPendingMigrationAsJson()
    {
        const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("sqlite:///") + m_db,
                                   QStringLiteral("--schema"), m_schema, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("migration_needed")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("complexity")).toString(), QStringLiteral("COMPLEX"));
        QVERIFY(json.value(QStringLiteral("estimated_downtime_ms")).toInteger() > 0);
        QVERIFY(json.contains(QStringLiteral("check_time_ms")));
        QVERIFY(QDateTime::fromString(json.value(QStringLiteral("last_check")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(!json.contains(QStringLiteral("operations")));
        // The dropped column holds 2 non-NULL values; the warning says so with the real count.
        bool sawDropCount = false;
        for (const QJsonValue &w : json.value(QStringLiteral("warnings")).toArray()) {
            const QJsonObject warning = w.toObject();
            QVERIFY(!warning.value(QStringLiteral("code")).toString().isEmpty());
            QVERIFY(QStringList({"info", "warning", "danger"}).contains(warning.value(QStringLiteral("severity")).toString()));
            if (warning.value(QStringLiteral("code")).toString() == QStringLiteral("DS102"))
                sawDropCount = warning.value(QStringLiteral("message")).toString().contains(u'2');
        }
        QVERIFY2(sawDropCount, run.out.constData());
    }

    void planListsOperationsWithSqlAndRollback()
    {
        const CliRun run = runCli({QStringLiteral("plan"), QStringLiteral("--db"), m_db, QStringLiteral("--schema"), m_schema,
                                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray operations = run.json().value(QStringLiteral("operations")).toArray();
        QVERIFY(!operations.isEmpty());
        QStringList types;
        for (const QJsonValue &value : operations) {
            const QJsonObject op = value.toObject();
            types << op.value(QStringLiteral("type")).toString();
            for (const char *key : {"type", "table", "column", "sql", "rollback_sql", "destructive", "complexity", "warnings"})
                QVERIFY2(op.contains(QLatin1StringView(key)), key);
            QVERIFY(!op.value(QStringLiteral("sql")).toArray().isEmpty());
            QVERIFY(op.value(QStringLiteral("column")).isNull() || op.value(QStringLiteral("column")).isString());
        }
        QVERIFY2(types.contains(QStringLiteral("CREATE_INDEX")), qPrintable(types.join(u',')));
        QVERIFY2(types.contains(QStringLiteral("REBUILD_TABLE")) || types.contains(QStringLiteral("ALTER_COLUMN")),
                 qPrintable(types.join(u',')));
    }

    void planIsReadOnly()
    {
        const QStringList before = querySqliteFile(m_db, QStringLiteral("SELECT sql FROM sqlite_schema ORDER BY name"));
        const QByteArray bytes = [&] { QFile f(m_db); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const CliRun run = runCli({QStringLiteral("plan"), QStringLiteral("--db"), m_db, QStringLiteral("--schema"), m_schema});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains("Migration needed"));
        QFile after(m_db);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QCOMPARE(querySqliteFile(m_db, QStringLiteral("SELECT sql FROM sqlite_schema ORDER BY name")), before);
    }

    void upToDateDatabaseNeedsNoMigration()
    {
        const QString db = m_dir.filePath(QStringLiteral("current.db"));
        QCOMPARE(createSqliteFile(db, kDesired), QString());
        const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--db"), db, QStringLiteral("--schema"), m_schema,
                                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(QStringLiteral("migration_needed")).toBool(), false);
        QCOMPARE(run.json().value(QStringLiteral("complexity")).toString(), QStringLiteral("NONE"));
    }

    void renameHintKeepsTheColumn()
    {
        const CliRun run = runCli({QStringLiteral("plan"), QStringLiteral("--db"), m_db, QStringLiteral("--schema"), m_schema,
                                   QStringLiteral("--rename-column"), QStringLiteral("users.fax=email"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // With the hint the plan copies fax into email instead of dropping it.
        QStringList sql;
        for (const QJsonValue &op : run.json().value(QStringLiteral("operations")).toArray())
            for (const QJsonValue &statement : op.toObject().value(QStringLiteral("sql")).toArray())
                sql << statement.toString();
        const QString all = sql.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("\"fax\"")) && all.contains(QStringLiteral("email")), qPrintable(all));
        QVERIFY2(!run.out.contains("DS102"), run.out.constData());
        QCOMPARE(run.json().value(QStringLiteral("destructive")).toBool(true), false);
    }

    // A pipe gives its contents to the first read only: plan and apply must read the schema once,
    // or the second read finds nothing and the plan drops every table.
    void schemaFromAPipe()
    {
        for (const QString &command : {QStringLiteral("plan"), QStringLiteral("apply")}) {
            QStringList arguments{command, QStringLiteral("--db"), m_db, QStringLiteral("--schema"), QStringLiteral("/dev/stdin"),
                                  QStringLiteral("--json")};
            if (command == QStringLiteral("apply"))
                arguments << QStringLiteral("--dry-run");
            const CliRun run = runCliWithInput(arguments, kDesired.toUtf8());
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QStringList types;
            for (const QJsonValue &op : run.json().value(QStringLiteral("operations")).toArray())
                types << op.toObject().value(QStringLiteral("type")).toString();
            QVERIFY2(types.contains(QStringLiteral("CREATE_INDEX")) && !types.contains(QStringLiteral("DROP_TABLE")),
                     qPrintable(command + u' ' + types.join(u',') + u'\n' + run.describe()));
        }
    }

    // A changed view or trigger is dropped and created again: not "dropped for good" (DS103).
    void changedViewAndTriggerAreNotDroppedForGood()
    {
        const QString db = m_dir.filePath(QStringLiteral("views.db"));
        QCOMPARE(createSqliteFile(db, QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE log(id INTEGER);"
                                                     "CREATE VIEW vw AS SELECT id FROM t;"
                                                     "CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (NEW.id); END;")),
                 QString());
        const QString changed = writeFile(QStringLiteral("views.sql"),
                                          "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE log(id INTEGER);\n"
                                          "CREATE VIEW vw AS SELECT id, v FROM t;\n"
                                          "CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (NEW.id + 1); END;\n");
        const CliRun run = runCli({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--schema"), changed, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QStringList types;
        for (const QJsonValue &op : run.json().value(QStringLiteral("operations")).toArray()) {
            types << op.toObject().value(QStringLiteral("type")).toString();
            for (const QJsonValue &w : op.toObject().value(QStringLiteral("warnings")).toArray())
                QVERIFY2(w.toObject().value(QStringLiteral("code")).toString() != QStringLiteral("DS103"), qPrintable(run.describe()));
        }
        QVERIFY2(types.contains(QStringLiteral("DROP_VIEW")) && types.contains(QStringLiteral("CREATE_VIEW"))
                     && types.contains(QStringLiteral("DROP_TRIGGER")) && types.contains(QStringLiteral("CREATE_TRIGGER")),
                 qPrintable(types.join(u',')));
    }

    void errorCases_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("messagePart");

        const QString missingDb = QDir::tempPath() + QStringLiteral("/schemapilot-does-not-exist-%1.db").arg(QCoreApplication::applicationPid());
        QTest::newRow("missing database file") << QStringList{QStringLiteral("status"), QStringLiteral("--db"), missingDb, QStringLiteral("--schema"), QStringLiteral("@schema")} << 1 << QStringLiteral("does not exist");
        QTest::newRow("sqlite URL with two slashes") << QStringList{QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("sqlite://app.db"), QStringLiteral("--schema"), QStringLiteral("@schema")} << 2 << QStringLiteral("three slashes");
        QTest::newRow("unknown URL scheme") << QStringList{QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("oracle://scott@host/orcl"), QStringLiteral("--schema"), QStringLiteral("@schema")} << 2 << QStringLiteral("Unsupported");
        QTest::newRow("missing --db") << QStringList{QStringLiteral("status"), QStringLiteral("--schema"), QStringLiteral("@schema")} << 2 << QStringLiteral("--db");
        QTest::newRow("missing --schema") << QStringList{QStringLiteral("plan"), QStringLiteral("--db"), QStringLiteral("@db")} << 2 << QStringLiteral("--schema");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("status"), QStringLiteral("--frobnicate")} << 2 << QStringLiteral("frobnicate");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("migrate-everything")} << 2 << QStringLiteral("Unknown command");
        QTest::newRow("missing schema file") << QStringList{QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("@db"), QStringLiteral("--schema"), QStringLiteral("/nonexistent/desired.sql")} << 1 << QStringLiteral("desired.sql");
        QTest::newRow("empty schema file: not a plan to drop everything") << QStringList{QStringLiteral("plan"), QStringLiteral("--db"), QStringLiteral("@db"), QStringLiteral("--schema"), QStringLiteral("@empty")} << 1 << QStringLiteral("no SQL statements");
        QTest::newRow("broken DDL names the line") << QStringList{QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("@db"), QStringLiteral("--schema"), QStringLiteral("@broken")} << 1 << QStringLiteral("broken.sql:3");
        QTest::newRow("corrupted database") << QStringList{QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("@corrupt"), QStringLiteral("--schema"), QStringLiteral("@schema")} << 1 << QStringLiteral("corrupt");
        QTest::newRow("malformed rename hint") << QStringList{QStringLiteral("plan"), QStringLiteral("--db"), QStringLiteral("@db"), QStringLiteral("--schema"), QStringLiteral("@schema"), QStringLiteral("--rename-column"), QStringLiteral("fax-email")} << 2 << QStringLiteral("TABLE.OLD=NEW");
        QTest::newRow("rename hint naming no column") << QStringList{QStringLiteral("plan"), QStringLiteral("--db"), QStringLiteral("@db"), QStringLiteral("--schema"), QStringLiteral("@schema"), QStringLiteral("--rename-column"), QStringLiteral("users.nope=email")} << 2 << QStringLiteral("nope");
    }

    void errorCases()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, messagePart);
        const QString broken = writeFile(QStringLiteral("broken.sql"),
                                         "CREATE TABLE a (id INTEGER PRIMARY KEY);\n\nCREATE TABEL b (id INTEGER);\n");
        const QString corrupt = writeFile(QStringLiteral("corrupt.db"), QByteArray(8192, 'x'));
        const QString empty = writeFile(QStringLiteral("empty.sql"), "-- nothing yet\n\n/* still nothing */\n");
        for (QString &argument : arguments) {
            argument.replace(QStringLiteral("@schema"), m_schema).replace(QStringLiteral("@broken"), broken);
            argument.replace(QStringLiteral("@corrupt"), corrupt).replace(QStringLiteral("@db"), m_db).replace(QStringLiteral("@empty"), empty);
        }
        for (const bool json : {false, true}) {
            const CliRun run = runCli(json ? arguments + QStringList{QStringLiteral("--json")} : arguments);
            QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
            if (json) {
                const QJsonObject object = run.json();
                QVERIFY2(object.contains(QStringLiteral("error")), qPrintable(run.describe()));
                QCOMPARE(object.value(QStringLiteral("migration_needed")).toBool(true), false);
                QVERIFY(object.contains(QStringLiteral("check_time_ms")));
                QVERIFY(object.contains(QStringLiteral("last_check")));
                QVERIFY2(object.value(QStringLiteral("error")).toString().contains(messagePart, Qt::CaseInsensitive),
                         qPrintable(run.describe()));
            } else {
                QVERIFY2(QString::fromUtf8(run.err).contains(messagePart, Qt::CaseInsensitive), qPrintable(run.describe()));
            }
        }
        // A status on a missing file must never create it.
        for (const QString &argument : std::as_const(arguments))
            if (argument.contains(QStringLiteral("schemapilot-does-not-exist")))
                QVERIFY(!QFileInfo::exists(argument));
    }

    void lockedDatabaseIsReported()
    {
        // Another connection holds an exclusive lock: readers cannot even read the schema.
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(m_db.toUtf8().constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN EXCLUSIVE; UPDATE users SET name = name;", nullptr, nullptr, nullptr), SQLITE_OK);
        const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--db"), m_db, QStringLiteral("--schema"), m_schema,
                                   QStringLiteral("--json")});
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("locked")), qPrintable(run.describe()));
    }

    void passwordNeverPrinted()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SCHEMAPILOT_DB_PASSWORD"), QStringLiteral("env-s3cret"));
        for (const QString &url : {QStringLiteral("postgresql://alice:url-s3cret@127.0.0.1:1/shop"),
                                   QStringLiteral("mysql://alice@127.0.0.1:1/shop")}) {
            const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--db"), url, QStringLiteral("--schema"), m_schema,
                                       QStringLiteral("--json")}, env);
            QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
            QVERIFY(!run.out.contains("s3cret"));
            QVERIFY(!run.err.contains("s3cret"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliStatus)
#include "tst_clistatus.moc"
