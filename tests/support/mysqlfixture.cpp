#include "support/mysqlfixture.h"
#include "support/serverfixture.h"

#include "db/sqlexec.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

namespace SchemaPilot::Test {

using namespace SchemaPilot::Core;

namespace {

QAtomicInteger<quint64> s_counter;

QString quote(const QString &name)
{
    return u'`' + QString(name).replace(u'`', QStringLiteral("``")) + u'`';
}

QSqlDatabase openRaw(const ConnectionUrl &url, const QString &database, const QString &name, bool multi)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
    db.setHostName(url.host);
    db.setPort(url.effectivePort());
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setDatabaseName(database);
    db.setConnectOptions(multi ? QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5")
                               : QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5"));
    db.open();
    return db;
}

} // namespace

Result<ConnectionUrl> mysqlTestUrl()
{
    const QString text = qEnvironmentVariable("SCHEMAPILOT_TEST_MYSQL_URL");
    if (text.isEmpty())
        return fail(ErrorCode::NotFound,
                    QStringLiteral("SCHEMAPILOT_TEST_MYSQL_URL is not set; start a server with "
                                   "eval \"$(scripts/servers/mariadb.sh start)\""));
    auto url = ConnectionUrl::parse(text);
    if (!url)
        return fail(url.error());
    if (url->engine != Engine::MySQL)
        return fail(ErrorCode::InvalidUrl, QStringLiteral("SCHEMAPILOT_TEST_MYSQL_URL is not a mysql:// URL"));
    // The password travels separately from the URL so that the URL can be logged.
    if (const QString password = qEnvironmentVariable("SCHEMAPILOT_TEST_MYSQL_PASSWORD");
        !password.isEmpty() && QUrl(text).password().isEmpty())
        url->password = password;
    return url;
}

Result<std::unique_ptr<MysqlTestDatabase>> MysqlTestDatabase::create()
{
    auto serverUrl = mysqlTestUrl();
    if (!serverUrl)
        return fail(serverUrl.error());
    std::unique_ptr<MysqlTestDatabase> result(new MysqlTestDatabase);
    const quint64 serial = s_counter.fetchAndAddRelaxed(1);
    const QString name = QStringLiteral("schemapilot_t_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(serial)
                             .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QChar(u'0'));
    result->m_adminName = QStringLiteral("mysqlfixture-admin-%1").arg(name);
    result->m_multiName = QStringLiteral("mysqlfixture-multi-%1").arg(name);
    {
        QSqlDatabase admin = openRaw(*serverUrl, serverUrl->database, result->m_adminName, false);
        if (!admin.isOpen())
            return fail(ErrorCode::ConnectionFailed,
                        QStringLiteral("Cannot connect to the MySQL test server %1: %2")
                            .arg(serverUrl->redacted(), admin.lastError().text()));
        if (auto created = execSql(admin, QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci").arg(quote(name)));
            !created)
            return fail(created.error());
    }
    result->m_url = *serverUrl;
    result->m_url.database = name;
    auto connection = Connection::open(result->m_url, Connection::Access::ReadWrite, QStringLiteral("mysqltest"));
    if (!connection)
        return fail(connection.error());
    result->m_connection = std::move(*connection);
    openRaw(result->m_url, name, result->m_multiName, true);
    return result;
}

MysqlTestDatabase::~MysqlTestDatabase()
{
    m_connection.reset();
    QSqlDatabase::removeDatabase(m_multiName);
    {
        QSqlDatabase admin = QSqlDatabase::database(m_adminName, false);
        if (admin.isOpen())
            execSql(admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quote(m_url.database)));
    }
    QSqlDatabase::removeDatabase(m_adminName);
}

QString MysqlTestDatabase::exec(const QString &sql) const
{
    QSqlDatabase db = QSqlDatabase::database(m_multiName, false);
    if (!db.isOpen())
        return QStringLiteral("multi-statement connection is not open: ") + db.lastError().text();
    QSqlQuery query(db);
    bool ok = query.exec(sql);
    while (ok && query.nextResult()) {
    }
    if (!ok || query.lastError().isValid())
        return query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
    return {};
}

QStringList MysqlTestDatabase::column(const QString &sql) const
{
    auto query = runQuery(database(), sql);
    if (!query)
        return {QStringLiteral("<error: %1>").arg(query.error().driverText)};
    QStringList values;
    while (query->next())
        values << (query->value(0).isNull() ? QStringLiteral("<null>") : query->value(0).toString());
    return values;
}

int MysqlTestDatabase::databasesNamedLike(const QString &prefix) const
{
    auto count = queryScalar(database(), QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA "
                                                        "WHERE LEFT(SCHEMA_NAME, CHAR_LENGTH(?)) = ?"),
                             {prefix, prefix});   // not LIKE: '_' in a prefix would match any character
    return count ? count->toInt() : -1;
}

QStringList MysqlTestDatabase::snapshot() const
{
    QStringList lines;
    const QStringList objects = column(QStringLiteral(
        "SELECT CONCAT(TABLE_TYPE, ':', TABLE_NAME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
        "AND TABLE_NAME NOT LIKE 'schemapilot\\_%' ORDER BY TABLE_NAME"));
    for (const QString &object : objects) {
        const QString name = object.section(u':', 1);
        const bool view = object.startsWith(QStringLiteral("VIEW:"));
        auto create = runQuery(database(), QStringLiteral("SHOW CREATE %1 %2").arg(view ? u"VIEW" : u"TABLE", quote(name)));
        QString definition = create && create->next() ? create->value(1).toString() : QStringLiteral("<error>");
        // The next AUTO_INCREMENT value is not content.
        definition.remove(QRegularExpression(QStringLiteral(" AUTO_INCREMENT=\\d+")));
        lines << object << definition;
        if (view)
            continue;
        auto rows = runQuery(database(), QStringLiteral("SELECT * FROM %1").arg(quote(name)));
        if (!rows) {
            lines << QStringLiteral("<error: %1>").arg(rows.error().driverText);
            continue;
        }
        QStringList values;
        while (rows->next()) {
            QStringList fields;
            for (int i = 0; i < rows->record().count(); ++i)
                fields << (rows->value(i).isNull() ? QStringLiteral("<null>") : rows->value(i).toString());
            values << fields.join(u'|');
        }
        values.sort();
        lines << values;
    }
    lines << column(QStringLiteral("SELECT CONCAT(TRIGGER_NAME, ' ', EVENT_OBJECT_TABLE, ' ', ACTION_STATEMENT) FROM "
                                   "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME"));
    return lines;
}

} // namespace SchemaPilot::Test

namespace SchemaPilot::Test {

Core::ApplyRequest MysqlTestDatabase::applyRequest(const QString &folder, const QString &wantedSql) const
{
    static QAtomicInteger<int> serial = 0;
    const int n = ++serial;
    const QString schema = QDir(folder).filePath(QStringLiteral("want%1.sql").arg(n));
    QFile file(schema);
    if (!file.open(QIODevice::WriteOnly) || file.write(wantedSql.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(schema));
    file.close();
    Core::ApplyRequest request;
    request.check.url = m_url;
    request.check.schemaFile = schema;
    request.options.backupDir = QDir(folder).filePath(QStringLiteral("backups%1").arg(n));
    request.options.maxExecutionTimeMs = 20000;
    return request;
}

} // namespace SchemaPilot::Test
