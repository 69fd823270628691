#include "dialects/mysql/mysqlmigrationlock.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/sqlexec.h"

#include <QCryptographicHash>

namespace SchemaPilot::Core {

MysqlMigrationLock::MysqlMigrationLock(ConnectionUrl url)
    : m_url(std::move(url))
    , m_name(lockNameFor(m_url.database))
{
}

MysqlMigrationLock::~MysqlMigrationLock()
{
    release();
}

QString MysqlMigrationLock::lockNameFor(const QString &database)
{
    const QString name = QStringLiteral("schemapilot.migration.") + database;
    if (name.size() <= 64)
        return name;
    return QStringLiteral("schemapilot.migration.")
           + QString::fromLatin1(QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha1).toHex());
}

Result<LockInfo> MysqlMigrationLock::holder(const QSqlDatabase &db) const
{
    LockInfo info;
    info.resource = QStringLiteral("GET_LOCK('%1')").arg(m_name);
    auto id = queryScalar(db, QStringLiteral("SELECT IS_USED_LOCK(?)"), {m_name});
    if (!id)
        return fail(id.error());
    if (!id->isValid() || id->isNull())
        return info;
    info.held = true;
    const qint64 connectionId = id->toLongLong();
    info.resource += Tr::tr(" on connection %1").arg(connectionId);
    // The holder's session stays idle after GET_LOCK, so its idle time is the lock's age.
    auto query = runQuery(db, QStringLiteral("SELECT USER, HOST, TIME_MS FROM information_schema.PROCESSLIST WHERE ID = ?"),
                          {connectionId});
    if (query && query->next()) {
        info.host = query->value(1).toString().section(u':', 0, 0);
        info.owner = QStringLiteral("%1@%2 (MariaDB connection %3)")
                         .arg(query->value(0).toString(), query->value(1).toString()).arg(connectionId);
        info.acquiredAt = QDateTime::currentDateTimeUtc().addMSecs(-qint64(query->value(2).toDouble()));
    } else {
        // PROCESSLIST shows other accounts' sessions only with the PROCESS privilege.
        info.owner = Tr::tr("MariaDB connection %1 (another account; its details need the PROCESS privilege)").arg(connectionId);
    }
    return info;
}

Result<LockAcquisition> MysqlMigrationLock::acquire()
{
    if (m_connection)
        return fail(ErrorCode::Internal, Tr::tr("This migration lock is already held by this object"));
    auto connection = Connection::open(m_url, Connection::Access::ReadWrite, QStringLiteral("lock"));
    if (!connection)
        return fail(connection.error());
    const QSqlDatabase db = (*connection)->database();
    // An idle session is closed after wait_timeout (8 h by default): keep the lock's session alive.
    (void)execSql(db, QStringLiteral("SET SESSION wait_timeout = 31536000"));
    auto got = queryScalar(db, QStringLiteral("SELECT GET_LOCK(?, 0)"), {m_name});
    if (!got)
        return fail(got.error());
    if (got->toInt() != 1) {
        auto info = holder(db);
        const QString who = info && info->held ? Tr::tr("%1 since %2")
                                                     .arg(info->owner, info->acquiredAt.toString(Qt::ISODate))
                                               : Tr::tr("another session");
        return fail(Error{ErrorCode::LockHeld,
                          Tr::tr("Another migration of this database is running: the lock %1 is held by %2. Wait for it "
                                 "to finish; the server releases the lock when that session ends")
                              .arg(m_name, who),
                          {}, {}, {}, 0});
    }
    auto id = queryScalar(db, QStringLiteral("SELECT CONNECTION_ID()"));
    m_connectionId = id ? id->toLongLong() : 0;
    m_connection = std::move(*connection);
    m_self = currentProcessLockInfo();
    m_self.held = true;
    m_self.acquiredAt = QDateTime::currentDateTimeUtc();
    m_self.resource = QStringLiteral("GET_LOCK('%1') on connection %2").arg(m_name).arg(m_connectionId);
    qCDebug(lcCore) << "took the migration lock" << m_name << "on" << m_url.redacted();
    LockAcquisition acquisition;
    acquisition.self = m_self;
    return acquisition;
}

void MysqlMigrationLock::release()
{
    if (!m_connection)
        return;
    // Closing the session would release it too; RELEASE_LOCK says so explicitly.
    (void)queryScalar(m_connection->database(), QStringLiteral("SELECT RELEASE_LOCK(?)"), {m_name});
    m_connection.reset();
    m_connectionId = 0;
    m_self.held = false;
}

Result<LockInfo> MysqlMigrationLock::peek() const
{
    if (m_connection)
        return m_self;
    auto connection = Connection::open(m_url, Connection::Access::ReadOnly, QStringLiteral("lock-peek"));
    if (!connection)
        return fail(connection.error());
    return holder((*connection)->database());
}

} // namespace SchemaPilot::Core
