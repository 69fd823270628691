#include "support/postgresfixture.h"

#include <QSqlError>
#include <QSqlQuery>

namespace SchemaPilot::Test {

PostgresScratchSchema::~PostgresScratchSchema()
{
    if (m_connection && !m_name.isEmpty()) {
        QSqlQuery drop(m_connection->database());
        if (!drop.exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(m_name)))
            qWarning("could not drop test schema %s: %s", qPrintable(m_name), qPrintable(drop.lastError().text()));
    }
}

QString PostgresScratchSchema::create(const QString &prefix)
{
    auto connection = openServer(postgresTestUrl(), QStringLiteral("test-schema"));
    if (!connection)
        return connection.error().toString();
    m_connection = std::move(*connection);
    const QString name = uniqueName(prefix);
    if (QString error = exec(QStringLiteral("CREATE SCHEMA \"%1\"; SET search_path TO \"%1\"").arg(name)); !error.isEmpty())
        return error;
    m_name = name;
    return {};
}

QSqlDatabase PostgresScratchSchema::database() const
{
    return m_connection ? m_connection->database() : QSqlDatabase();
}

QString PostgresScratchSchema::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return query.lastError().text();
    return {};
}

QString PostgresScratchSchema::analyze() const
{
    QString errors;
    const QStringList tables = query(QStringLiteral("SELECT quote_ident(relname) FROM pg_class WHERE relkind = 'r' "
                                                    "AND relnamespace = '%1'::regnamespace").arg(m_name));
    for (const QString &table : tables)
        errors += exec(QStringLiteral("ANALYZE \"%1\".%2").arg(m_name, table));
    return errors;
}

QStringList PostgresScratchSchema::query(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return {QStringLiteral("<error: %1>").arg(query.lastError().text())};
    QStringList rows;
    while (query.next())
        rows << (query.value(0).isNull() ? QStringLiteral("<null>") : query.value(0).toString());
    return rows;
}

PostgresScratchDatabase::~PostgresScratchDatabase()
{
    m_connection.reset();
    if (m_admin && !m_url.database.isEmpty()) {
        QSqlQuery drop(m_admin->database());
        if (!drop.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_url.database)))
            qWarning("could not drop test database %s: %s", qPrintable(m_url.database), qPrintable(drop.lastError().text()));
    }
}

QString PostgresScratchDatabase::create(const QString &prefix)
{
    auto admin = openServer(postgresTestUrl(), QStringLiteral("test-admin"));
    if (!admin)
        return admin.error().toString();
    m_admin = std::move(*admin);
    const QString name = uniqueName(prefix);
    QSqlQuery create(m_admin->database());
    if (!create.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
        return create.lastError().text();
    m_url = m_admin->url();
    m_url.database = name;
    auto connection = Core::Connection::open(m_url, Core::Connection::Access::ReadWrite, QStringLiteral("test-db"));
    if (!connection)
        return connection.error().toString();
    m_connection = std::move(*connection);
    return {};
}

QString PostgresScratchDatabase::resetPublicSchema() const
{
    return exec(QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"));
}

QSqlDatabase PostgresScratchDatabase::database() const
{
    return m_connection ? m_connection->database() : QSqlDatabase();
}

QString PostgresScratchDatabase::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return query.lastError().text();
    return {};
}

} // namespace SchemaPilot::Test
