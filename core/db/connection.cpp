#include "db/connection.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/postgressearchpath.h"
#include "db/sqlexec.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QThread>

namespace SchemaPilot::Core {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

Result<void> checkSQLiteFile(const ConnectionUrl &url, Connection::Access access)
{
    if (url.isMemory())
        return {};
    const QFileInfo info(url.path);
    if (!info.exists()) {
        if (access == Connection::Access::ReadWriteCreate) {
            if (!QFileInfo(info.absolutePath()).isDir())
                return fail(Error{ErrorCode::FileNotFound,
                                  Tr::tr("The folder for the database file does not exist; create it first"),
                                  {}, {}, info.absolutePath(), 0});
            return {};
        }
        return fail(Error{ErrorCode::FileNotFound,
                          Tr::tr("The database file does not exist; check the path (nothing was created)"),
                          {}, {}, url.path, 0});
    }
    if (info.isDir())
        return fail(Error{ErrorCode::FileUnreadable,
                          Tr::tr("The database path is a folder, not a SQLite file"), {}, {}, url.path, 0});
    if (!info.isReadable())
        return fail(Error{ErrorCode::FileUnreadable,
                          Tr::tr("The database file is not readable; check its permissions"), {}, {}, url.path, 0});
    // SQLAlchemy-style ?mode=ro: the user asked that nothing be written through this URL.
    if (access != Connection::Access::ReadOnly && url.params.value(QStringLiteral("mode")) == QStringLiteral("ro"))
        return fail(Error{ErrorCode::FileUnreadable,
                          Tr::tr("The URL opens the database read-only (?mode=ro) and this command writes to it; remove "
                                 "?mode=ro to migrate, restore or roll back"), {}, {}, url.path, 0});
    if (access != Connection::Access::ReadOnly && !info.isWritable())
        return fail(Error{ErrorCode::FileUnreadable,
                          Tr::tr("The database file is read-only; a migration needs write access"), {}, {}, url.path, 0});
    return {};
}

} // namespace

Connection::Connection(ConnectionUrl url, QString name)
    : m_url(std::move(url))
    , m_name(std::move(name))
{
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Connection>> Connection::open(const ConnectionUrl &url, Access access, const QString &purpose)
{
    if (!QSqlDatabase::isDriverAvailable(url.qtDriver()))
        return fail(ErrorCode::ConnectionFailed,
                    Tr::tr("The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)")
                        .arg(url.qtDriver(), url.isSQLite() ? QStringLiteral("sqlite")
                                                            : url.engine == Engine::PostgreSQL ? QStringLiteral("psql")
                                                                                               : QStringLiteral("mysql")));
    if (url.isSQLite()) {
        if (auto ok = checkSQLiteFile(url, access); !ok)
            return fail(ok.error());
    }

    const QString name = QStringLiteral("schemapilot-%1-%2-%3")
                             .arg(purpose)
                             .arg(quintptr(QThread::currentThreadId()))
                             .arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Connection> connection(new Connection(url, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(url.qtDriver(), name);
    QStringList options;
    if (url.isSQLite()) {
        db.setDatabaseName(url.path);
        options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(url.params.value(QStringLiteral("busy_timeout"), QStringLiteral("2000")));
        if (access == Access::ReadOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
    } else {
        db.setHostName(url.host);
        db.setPort(url.effectivePort());
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        db.setPassword(url.password);
        options << QStringLiteral("connect_timeout=5");
        if (url.engine == Engine::MySQL)
            options = {QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5")};
    }
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        Error error = errorFromSql(db.lastError());
        error.code = error.code == ErrorCode::StatementFailed ? ErrorCode::ConnectionFailed : error.code;
        // The driver's text may echo connection parameters; never the password, but be sure.
        if (!url.password.isEmpty())
            error.driverText.replace(url.password, QStringLiteral("***"));
        error.message = Tr::tr("Could not connect to %1").arg(url.redacted());
        return fail(error);
    }
    if (url.isSQLite()) {
        // Opening never reads the file; make it prove it is a database before anyone relies on it.
        auto probe = queryScalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!probe) {
            Error error = probe.error();
            error.file = url.path;
            if (error.code == ErrorCode::StatementFailed)
                error.code = ErrorCode::DatabaseCorrupt;
            return fail(error);
        }
    }
    if (url.engine == Engine::PostgreSQL) {
        // The URL's schema (default public) is where unqualified names of plans, history and
        // checks resolve, whatever search_path the server or role would set.
        QString schema = url.params.value(QStringLiteral("schema"));
        if (schema.isEmpty())
            schema = QStringLiteral("public");
        if (auto ok = setPostgresSearchPath(db, schema); !ok) {
            Error error = ok.error();
            error.message = Tr::tr("Could not select schema %1 on %2").arg(url.params.value(QStringLiteral("schema")), url.redacted());
            return fail(error);
        }
        // Like a SQLite file, the schema must exist unless the caller may create what it needs
        // (apply, restore): a misspelled ?schema= would otherwise read as an empty schema.
        if (access != Access::ReadWriteCreate) {
            auto exists = queryScalar(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = ?"), {schema});
            if (!exists)
                return fail(exists.error());
            if (exists->toInt() == 0)
                return fail(ErrorCode::NotFound,
                            Tr::tr("The PostgreSQL schema \"%1\" does not exist in database %2; create it "
                                   "(CREATE SCHEMA) or fix the schema in the URL (?schema=) or --pg-schema")
                                .arg(schema, url.redacted()));
        }
    }
    qCDebug(lcCore) << "opened" << url.redacted() << "as" << name;
    return connection;
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

void *Connection::sqliteHandle() const
{
    if (!m_url.isSQLite())
        return nullptr;
    const QVariant handle = database().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.data());
}

} // namespace SchemaPilot::Core
