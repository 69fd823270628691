// Secret hygiene inside the process: with every log category at debug level and a message
// handler capturing all output, parsing URLs, connecting (successfully, with a wrong password,
// to nothing) and running a full check never log a password nor put one in an error text.
#include "db/connection.h"
#include "db/connectionurl.h"
#include "dialects/dialectregistry.h"
#include "service/checkservice.h"
#include "support/postgresfixture.h"
#include "support/serverfixture.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const QString kUrlPassword = QStringLiteral("UrlSecret5d2");
const QString kEnvPassword = QStringLiteral("EnvSecret8b6");

QMutex s_mutex;
QStringList s_messages;
QtMessageHandler s_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_mutex);
        s_messages << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : "?"), message);
    }
    // QTest's own output (and its failure messages) still has to reach the terminal.
    if (type == QtFatalMsg || !context.category || qstrcmp(context.category, "default") == 0)
        s_previous(type, context, message);
}

QStringList takeMessages()
{
    QMutexLocker lock(&s_mutex);
    return std::exchange(s_messages, {});
}

QString leakIn(const QString &text)
{
    for (const QString &password : {kUrlPassword, kEnvPassword})
        if (text.contains(password))
            return password;
    return {};
}

// The URL of `base` with `password` (none when empty), host and port replaced when given.
QString serverUrl(const ConnectionUrl &base, const QString &password, const QString &query = {})
{
    QString url = base.scheme + QStringLiteral("://") + base.user;
    if (!password.isEmpty())
        url += u':' + password;
    url += u'@' + base.host + u':' + QString::number(base.effectivePort()) + u'/' + base.database;
    return query.isEmpty() ? url : url + u'?' + query;
}

} // namespace

class TestSecretLogging final : public QObject
{
    Q_OBJECT

    // Empty when neither the captured log nor `text` holds a password (and, when given, the log
    // shows `expected`: proof that the capture sees the debug output).
    static QString check(const QString &text, const QString &expected = {})
    {
        const QStringList messages = takeMessages();
        if (!expected.isEmpty() && messages.filter(expected).isEmpty())
            return QStringLiteral("nothing logged with \"%1\": %2").arg(expected, messages.join(u'\n'));
        if (const QString leaked = leakIn(text); !leaked.isEmpty())
            return QStringLiteral("%1 in the result: %2").arg(leaked, text);
        for (const QString &message : messages)
            if (const QString leaked = leakIn(message); !leaked.isEmpty())
                return QStringLiteral("%1 in the log: %2").arg(leaked, message);
        return {};
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        s_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previous);
        qunsetenv("SCHEMAPILOT_DB_PASSWORD");
    }

    void init()
    {
        qunsetenv("SCHEMAPILOT_DB_PASSWORD");
        takeMessages();
    }

    void connecting_data()
    {
        QTest::addColumn<QString>("variable");   // a server test URL variable, or "" for `url`
        QTest::addColumn<QString>("url");        // %1: the URL password
        QTest::addColumn<bool>("inUrl");
        QTest::addColumn<bool>("connects");
        QTest::newRow("PostgreSQL, password in the URL (trusted loopback: connects)")
            << "SCHEMAPILOT_TEST_PG_URL" << "" << true << true;
        QTest::newRow("PostgreSQL, password in the environment") << "SCHEMAPILOT_TEST_PG_URL" << "" << false << true;
        QTest::newRow("MariaDB, wrong password in the URL") << "SCHEMAPILOT_TEST_MYSQL_URL" << "" << true << false;
        QTest::newRow("MariaDB, wrong password in the environment") << "SCHEMAPILOT_TEST_MYSQL_URL" << "" << false << false;
        QTest::newRow("PostgreSQL, nothing listening") << "" << "postgresql://alice:%1@127.0.0.1:1/shop" << true << false;
        QTest::newRow("MySQL, nothing listening") << "" << "mysql://alice:%1@127.0.0.1:1/shop" << true << false;
        QTest::newRow("URL that does not parse (port)") << "" << "postgresql://alice:%1@127.0.0.1:99999/shop" << true << false;
        QTest::newRow("URL that does not parse (host)") << "" << "mysql://alice:%1@bad host/shop" << true << false;
    }

    void connecting()
    {
        QFETCH(QString, variable);
        QFETCH(QString, url);
        QFETCH(bool, inUrl);
        QFETCH(bool, connects);
        if (!variable.isEmpty()) {
            SCHEMAPILOT_REQUIRE_SERVER(qPrintable(variable), QStringLiteral("scripts/servers/*.sh"));
            auto base = ConnectionUrl::parse(serverUrlFromEnvironment(qPrintable(variable)));
            QVERIFY(base);
            url = serverUrl(*base, inUrl ? kUrlPassword : QString());
        } else {
            url = url.arg(kUrlPassword);
        }
        if (!inUrl)
            qputenv("SCHEMAPILOT_DB_PASSWORD", kEnvPassword.toUtf8());
        auto parsed = ConnectionUrl::parse(url);
        if (!parsed) {
            QVERIFY(!connects);
            QCOMPARE(check(parsed.error().toString()), QString());
            return;
        }
        QCOMPARE(parsed->password, inUrl ? kUrlPassword : kEnvPassword);
        QCOMPARE(check(parsed->redacted()), QString());
        auto connection = Connection::open(*parsed, Connection::Access::ReadOnly, QStringLiteral("secrets"));
        QVERIFY2(bool(connection) == connects, qPrintable(connection ? QString() : connection.error().toString()));
        const QString text = connection ? (*connection)->url().redacted() : connection.error().toString();
        QCOMPARE(check(text, connects ? QStringLiteral("opened") : QString()), QString());
    }

    // A whole status check on PostgreSQL: introspection, scratch schema, diff, plan, probes.
    void checkingPostgres()
    {
        SCHEMAPILOT_REQUIRE_POSTGRES();
        PostgresScratchSchema pg;
        QCOMPARE(pg.create(QStringLiteral("logsecrets")), QString());
        QCOMPARE(pg.exec(QStringLiteral("CREATE TABLE users (id integer PRIMARY KEY, name text)")), QString());
        QTemporaryDir dir;
        const QString schemaFile = dir.filePath(QStringLiteral("desired.sql"));
        QFile file(schemaFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text);\n");
        file.close();
        auto base = ConnectionUrl::parse(postgresTestUrl());
        QVERIFY(base);
        auto url = ConnectionUrl::parse(serverUrl(*base, kUrlPassword, QStringLiteral("schema=") + pg.name()));
        QVERIFY(url);
        CheckRequest request;
        request.url = *url;
        request.schemaFile = schemaFile;
        request.inspect.schemaName = pg.name();
        const DialectRegistry dialects = DialectRegistry::withBuiltins();
        auto report = runCheck(dialects, request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY(report->migrationNeeded());
        QCOMPARE(check(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestSecretLogging)
#include "tst_secretlogging.moc"
