#include "scenariodatabase.h"

#include "support/mysqlfixture.h"
#include "support/postgresfixture.h"
#include "support/sqlitefixture.h"

namespace SchemaPilot::Test {

using namespace SchemaPilot::Core;

namespace {

class SqliteScenarioDatabase final : public ScenarioDatabase
{
public:
    Engine engine() const override { return Engine::SQLite; }
    Result<void> prepare() override { return {}; }
    Result<void> reset() override
    {
        m_path = workPath(QStringLiteral("scenario%1.sqlite").arg(++m_counter));
        if (const QString error = createSqliteFile(m_path, QString()); !error.isEmpty())
            return fail(ErrorCode::Internal, error);
        return {};
    }
    ConnectionUrl url() const override { return ConnectionUrl{Engine::SQLite, QStringLiteral("sqlite"), m_path}; }
    QString exec(const QString &sql) const override { return execSqliteFile(m_path, sql); }

private:
    QString m_path;
    int m_counter = 0;
};

// One scratch database per test executable; its public schema is emptied between scenarios.
class PostgresScenarioDatabase final : public ScenarioDatabase
{
public:
    Engine engine() const override { return Engine::PostgreSQL; }
    Result<void> prepare() override
    {
        if (postgresTestUrl().isEmpty())
            return fail(ErrorCode::NotFound, QString::fromUtf8(missingServerMessage(kPostgresUrlVariable,
                                                                                    QStringLiteral("scripts/servers/postgres.sh"))));
        if (const QString error = m_database.create(QStringLiteral("scenarios")); !error.isEmpty())
            return fail(ErrorCode::ConnectionFailed, error);
        return {};
    }
    Result<void> reset() override
    {
        if (const QString error = m_database.resetPublicSchema(); !error.isEmpty())
            return fail(ErrorCode::Internal, error);
        return {};
    }
    ConnectionUrl url() const override { return m_database.url(); }
    QString exec(const QString &sql) const override { return m_database.exec(sql); }

private:
    PostgresScratchDatabase m_database;
};

// A fresh database per scenario (cheap on MariaDB); the previous one is dropped.
class MysqlScenarioDatabase final : public ScenarioDatabase
{
public:
    Engine engine() const override { return Engine::MySQL; }
    Result<void> prepare() override
    {
        auto url = mysqlTestUrl();
        if (!url)
            return fail(url.error());
        return {};
    }
    Result<void> reset() override
    {
        m_database.reset();
        auto created = MysqlTestDatabase::create();
        if (!created)
            return fail(created.error());
        m_database = std::move(*created);
        return {};
    }
    ConnectionUrl url() const override { return m_database ? m_database->url() : ConnectionUrl{}; }
    QString exec(const QString &sql) const override
    {
        return m_database ? m_database->exec(sql) : QStringLiteral("no database");
    }

private:
    std::unique_ptr<MysqlTestDatabase> m_database;
};

} // namespace

Result<std::unique_ptr<Connection>> ScenarioDatabase::connect() const
{
    return Connection::open(url(), Connection::Access::ReadWrite, QStringLiteral("scenario"));
}

std::unique_ptr<ScenarioDatabase> ScenarioDatabase::create(Engine engine)
{
    switch (engine) {
    case Engine::SQLite:
        return std::make_unique<SqliteScenarioDatabase>();
    case Engine::PostgreSQL:
        return std::make_unique<PostgresScenarioDatabase>();
    case Engine::MySQL:
        return std::make_unique<MysqlScenarioDatabase>();
    }
    return nullptr;
}

} // namespace SchemaPilot::Test
