#include "dialects/postgres/postgresmigrationlock.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/sqlexec.h"
#include "dialects/postgres/postgrestools.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace SchemaPilot::Core {

PostgresMigrationLock::PostgresMigrationLock(ConnectionUrl url)
    : m_url(std::move(url))
    , m_key(keyFor(m_url.database, postgresUrlSchema(m_url)))
{
}

PostgresMigrationLock::~PostgresMigrationLock()
{
    release();
}

qint64 PostgresMigrationLock::keyFor(const QString &database, const QString &schema)
{
    const QByteArray digest = QCryptographicHash::hash(
        QStringLiteral("schemapilot-migration\n%1\n%2").arg(database, schema).toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

QString PostgresMigrationLock::resource() const
{
    return QStringLiteral("pg_advisory_lock(%1) for %2 schema %3").arg(m_key).arg(m_url.redacted(), postgresUrlSchema(m_url));
}

// The bigint form of an advisory lock shows in pg_locks as classid (high half), objid (low half)
// and objsubid 1.
Result<LockInfo> PostgresMigrationLock::holder(const QSqlDatabase &db) const
{
    const quint64 key = quint64(m_key);
    auto query = runQuery(db, QStringLiteral(
        "SELECT a.pid, coalesce(a.application_name, ''), coalesce(a.usename::text, ''), coalesce(host(a.client_addr), ''), "
        "       to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "       to_char(a.state_change AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
        "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
        "  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "  AND l.classid = ?::bigint::oid AND l.objid = ?::bigint::oid"),
        {QVariant::fromValue(qint64(key >> 32)), QVariant::fromValue(qint64(key & 0xffffffffULL))});
    if (!query)
        return fail(query.error());
    LockInfo info;
    info.resource = resource();
    if (!query->next())
        return info;
    info.held = true;
    info.pid = query->value(0).toLongLong();
    const QString application = query->value(1).toString();
    const QString user = query->value(2).toString();
    info.host = query->value(3).toString();
    info.owner = QStringLiteral("%1@%2").arg(user, info.host.isEmpty() ? QStringLiteral("local socket") : info.host);
    if (!application.isEmpty())
        info.owner += QStringLiteral(" [%1]").arg(application);
    // The lock has its own connection, opened just to take it: its session start is when it was taken.
    info.acquiredAt = QDateTime::fromString(query->value(4).toString(), Qt::ISODateWithMs);
    return info;
}

Result<LockAcquisition> PostgresMigrationLock::acquire()
{
    if (m_held)
        return fail(ErrorCode::Internal, Tr::tr("This migration lock is already held by this process"));
    if (!m_connection) {
        auto connection = Connection::open(m_url, Connection::Access::ReadWrite, QStringLiteral("migration-lock"));
        if (!connection)
            return fail(connection.error());
        m_connection = std::move(*connection);
    }
    QSqlDatabase db = m_connection->database();
    const LockInfo self = currentProcessLockInfo();
    // Shown to whoever finds the lock taken (pg_stat_activity.application_name, at most 63 bytes).
    const QString application = QStringLiteral("schemapilot %1 pid %2").arg(self.owner).arg(self.pid).left(63);
    (void)execSql(db, QStringLiteral("SELECT set_config('application_name', ?, false)"), {application});

    auto taken = queryScalar(db, QStringLiteral("SELECT pg_try_advisory_lock(?::bigint)"), {QVariant::fromValue(m_key)});
    if (!taken)
        return fail(taken.error());
    if (!taken->toBool()) {
        auto info = holder(db);
        const QString who = info && info->held ? info->describe() : Tr::tr("another session (it ended just now; try again)");
        db = QSqlDatabase();   // no handle may outlive the connection
        m_connection.reset();
        return fail(Error{ErrorCode::LockHeld,
                          Tr::tr("Another migration of %1 (schema %2) is running: the migration lock is held by %3. "
                                 "Wait for it to finish; if its process died, the server releases the lock when its "
                                 "session ends (pg_terminate_backend(pid) ends a hung one)")
                              .arg(m_url.redacted(), postgresUrlSchema(m_url), who),
                          {}, {}, {}, 0});
    }
    m_held = true;
    auto pid = queryScalar(db, QStringLiteral("SELECT pg_backend_pid()"));
    m_backendPid = pid ? pid->toLongLong() : 0;
    LockAcquisition acquisition;
    acquisition.self = self;
    acquisition.self.held = true;
    acquisition.self.acquiredAt = QDateTime::currentDateTimeUtc();
    acquisition.self.resource = resource();
    qCDebug(lcCore) << "took" << resource();
    return acquisition;
}

void PostgresMigrationLock::release()
{
    if (m_held && m_connection) {
        if (auto ok = execSql(m_connection->database(), QStringLiteral("SELECT pg_advisory_unlock(?::bigint)"),
                              {QVariant::fromValue(m_key)}); !ok)
            qCWarning(lcCore) << "could not release" << resource() << ":" << ok.error().toString();
    }
    m_held = false;
    m_backendPid = 0;
    // Closing the session would release it anyway; it also frees the server connection.
    m_connection.reset();
}

Result<LockInfo> PostgresMigrationLock::peek() const
{
    if (m_connection)
        return holder(m_connection->database());
    auto connection = Connection::open(m_url, Connection::Access::ReadOnly, QStringLiteral("lock-peek"));
    if (!connection)
        return fail(connection.error());
    return holder((*connection)->database());
}

} // namespace SchemaPilot::Core
