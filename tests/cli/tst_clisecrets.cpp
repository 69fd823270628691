// Secret hygiene of the real schemapilot-cli: a password given in the URL or in the environment
// never shows on stdout/stderr (text and --json, success and error paths, with every log category
// at debug level), nor in what the commands store: history rows, backup files and sidecars.
// Backup folders are 0700 and their files 0600.
#include "support/clirunner.h"
#include "support/postgresfixture.h"
#include "support/serverfixture.h"
#include "support/sqlitefixture.h"

#include "db/connectionurl.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <future>
#include <vector>

#include <sys/stat.h>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

// Unique markers: if one appears anywhere, it came from the password.
const QString kUrlPassword = QStringLiteral("UrlSecret9f3");
const QString kEnvPassword = QStringLiteral("EnvSecret7c1");

const char kCurrent[] = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                        "INSERT INTO users VALUES (1, 'Ada'), (2, 'Brian');";
const char kDesired[] = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);\n"
                        "CREATE INDEX users_name ON users(name);\n";

int mode(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QString leakIn(const QByteArray &bytes)
{
    for (const QString &password : {kUrlPassword, kEnvPassword}) {
        const QByteArray raw = password.toUtf8();
        if (bytes.contains(raw) || bytes.contains(raw.toBase64()) || bytes.contains(raw.toHex()))
            return password;
    }
    return {};
}

// The URL of `base` (a server test URL) with `password` in it (none when empty) and a query.
QString serverUrl(const ConnectionUrl &base, const QString &password, const QString &query = {})
{
    QString url = base.scheme + QStringLiteral("://") + base.user;
    if (!password.isEmpty())
        url += u':' + password;
    url += u'@' + base.host + u':' + QString::number(base.effectivePort()) + u'/' + base.database;
    return query.isEmpty() ? url : url + u'?' + query;
}

} // namespace

class TestCliSecrets final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_schemaFile;

    QProcessEnvironment environment(const QString &password) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("SCHEMAPILOT_DB_PASSWORD"), QStringLiteral("PGPASSWORD"), QStringLiteral("MYSQL_PWD")}) {
            if (password.isEmpty())
                env.remove(name);
            else
                env.insert(name, password);
        }
        // Every log line the process can write, ours and Qt's, goes to stderr and is checked too.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        return env;
    }

    // Runs the commands a user can point at a database; returns the runs' failures to keep secrets.
    QStringList runEverything(const QString &url, const QString &password, const QString &backups, bool expectWorking)
    {
        const QProcessEnvironment env = environment(password);
        const QStringList db{QStringLiteral("--db"), url};
        const QStringList schema{QStringLiteral("--schema"), m_schemaFile};
        const QStringList dir{QStringLiteral("--backup-dir"), backups};
        const QList<QStringList> commands{
            QStringList{QStringLiteral("status")} + db + schema,
            QStringList{QStringLiteral("plan")} + db + schema,
            QStringList{QStringLiteral("apply")} + db + schema + dir,
            QStringList{QStringLiteral("apply"), QStringLiteral("--dry-run")} + db + schema + dir,
            QStringList{QStringLiteral("backup"), QStringLiteral("create")} + db + dir,
            QStringList{QStringLiteral("backup"), QStringLiteral("list")} + db + dir,
            QStringList{QStringLiteral("backup"), QStringLiteral("stats")} + db + dir,
            QStringList{QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("../../etc/passwd")} + db + dir,
            QStringList{QStringLiteral("history")} + db,
            QStringList{QStringLiteral("history"), QStringLiteral("verify")} + db,
            QStringList{QStringLiteral("health")} + db + schema,
            QStringList{QStringLiteral("health"), QStringLiteral("--metrics")} + db,
        };
        QList<QStringList> runs;
        for (const QStringList &command : commands)
            runs << command << command + QStringList{QStringLiteral("--json")};
        // A few processes at a time: each mostly waits for its server or for process start-up.
        std::vector<CliRun> results(size_t(runs.size()));
        for (qsizetype i = 0; i < runs.size(); i += 8) {
            std::vector<std::future<CliRun>> batch;
            for (qsizetype j = i; j < qMin(i + 8, runs.size()); ++j)
                batch.push_back(std::async(std::launch::async, [arguments = runs.at(j), env] { return runCli(arguments, env); }));
            for (size_t j = 0; j < batch.size(); ++j)
                results[size_t(i) + j] = batch[j].get();
        }
        QStringList problems;
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const QStringList &arguments = runs.at(i);
            const bool json = arguments.last() == QStringLiteral("--json");
            const CliRun &run = results[size_t(i)];
            const QString what = arguments.first() + u' ' + arguments.at(1) + (json ? QStringLiteral(" --json") : QString());
            if (run.exitCode < 0)
                problems << what + QStringLiteral(": crashed or hung\n") + run.describe();
            if (const QString leaked = leakIn(run.out + run.err); !leaked.isEmpty())
                problems << what + QStringLiteral(": printed ") + leaked + u'\n' + run.describe();
            // The password was really used: a reachable database answers status.
            if (expectWorking && arguments.first() == QStringLiteral("status") && run.exitCode != 0)
                problems << what + QStringLiteral(": expected a working connection\n") + run.describe();
        }
        // What the commands stored: backup files, sidecars and anything else in the backup folder.
        QDirIterator files(backups, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                if (const QString leaked = leakIn(file.readAll()); !leaked.isEmpty())
                    problems << QStringLiteral("%1 holds %2").arg(path, leaked);
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(QStringLiteral(SCHEMAPILOT_BIN_DIR) + QStringLiteral("/schemapilot-cli")).isExecutable());
        m_schemaFile = m_dir.filePath(QStringLiteral("desired.sql"));
        QFile schema(m_schemaFile);
        QVERIFY(schema.open(QIODevice::WriteOnly) && schema.write(kDesired) > 0);
    }

    // SQLite URLs carry no password, but the environment may hold one for other tools: nothing
    // of it may reach the output, the history table inside the database or the backups.
    void sqliteWithPasswordsInTheEnvironment()
    {
        const QString db = m_dir.filePath(QStringLiteral("app.db"));
        QCOMPARE(createSqliteFile(db, QString::fromLatin1(kCurrent)), QString());
        const QString backups = m_dir.filePath(QStringLiteral("sqlite-backups"));
        const QStringList problems = runEverything(db, kEnvPassword, backups, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The migration ran and wrote its history and a pre-migration backup.
        QVERIFY(!querySqliteFile(db, QStringLiteral("SELECT count(*) FROM schemapilot_history")).value(0).startsWith(u'0'));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(leakIn(file.readAll()), QString());
        // Backups are private: the folder 0700, every file 0600.
        QCOMPARE(mode(backups), 0700);
        const QStringList names = QDir(backups).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(names.size() >= 4, qPrintable(names.join(u", ")));   // two backups, each with its sidecar
        for (const QString &name : names)
            QVERIFY2(mode(backups + u'/' + name) == 0600, qPrintable(QStringLiteral("%1: %2").arg(name).arg(mode(backups + u'/' + name), 0, 8)));
    }

    void postgres_data()
    {
        QTest::addColumn<bool>("inUrl");
        QTest::newRow("password in the URL (the server trusts loopback, so any password connects)") << true;
        QTest::newRow("password in the environment") << false;
    }

    void postgres()
    {
        SCHEMAPILOT_REQUIRE_POSTGRES();
        QFETCH(bool, inUrl);
        PostgresScratchSchema pg;
        QCOMPARE(pg.create(QStringLiteral("secrets")), QString());
        QCOMPARE(pg.exec(QString::fromLatin1(kCurrent)), QString());
        auto base = ConnectionUrl::parse(postgresTestUrl());
        QVERIFY(base);
        const QString url = serverUrl(*base, inUrl ? kUrlPassword : QString(), QStringLiteral("schema=") + pg.name());
        const QString backups = m_dir.filePath(QStringLiteral("pg-backups-%1").arg(inUrl));
        const QStringList problems = runEverything(url, inUrl ? QString() : kEnvPassword, backups, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Whatever the commands stored in the database: the scratch schema and any schemapilot table.
        const QStringList tables = pg.query(QStringLiteral(
            "SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables "
            "WHERE table_schema = '%1' OR table_name LIKE 'schemapilot%'").arg(pg.name()));
        for (const QString &table : tables) {
            const QStringList rows = pg.query(QStringLiteral("SELECT coalesce(string_agg(t::text, ' '), '') FROM %1 t").arg(table));
            QVERIFY2(leakIn(rows.join(u' ').toUtf8()).isEmpty(), qPrintable(table));
        }
    }

    void errorPaths_data()
    {
        QTest::addColumn<QString>("variable");   // server test URL variable, or "" for none
        QTest::addColumn<QString>("url");        // %1: the password; used when variable is empty
        QTest::addColumn<bool>("inUrl");
        QTest::newRow("MariaDB, wrong password in the URL") << "SCHEMAPILOT_TEST_MYSQL_URL" << "" << true;
        QTest::newRow("MariaDB, wrong password in the environment") << "SCHEMAPILOT_TEST_MYSQL_URL" << "" << false;
        QTest::newRow("PostgreSQL URL that does not parse") << "" << "postgresql://alice:%1@127.0.0.1:99999/shop" << true;
        QTest::newRow("PostgreSQL, nothing listening, percent-encoded password") << "" << "postgresql://alice:%1%21@127.0.0.1:1/shop" << true;
    }

    void errorPaths()
    {
        QFETCH(QString, variable);
        QFETCH(QString, url);
        QFETCH(bool, inUrl);
        if (!variable.isEmpty()) {
            SCHEMAPILOT_REQUIRE_SERVER(qPrintable(variable), QStringLiteral("scripts/servers/mariadb.sh"));
            auto base = ConnectionUrl::parse(serverUrlFromEnvironment(qPrintable(variable)));
            QVERIFY(base);
            url = serverUrl(*base, inUrl ? kUrlPassword : QString());
        } else if (inUrl) {
            url = url.arg(kUrlPassword);
        }
        const QString backups = m_dir.filePath(QStringLiteral("error-backups"));
        const QStringList problems = runEverything(url, inUrl ? QString() : kEnvPassword, backups, false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"
