#pragma once

#include "support/serverfixture.h"

#include <QSqlDatabase>

namespace SchemaPilot::Test {

// A fresh, uniquely named schema on the test server (SCHEMAPILOT_TEST_PG_URL), with the
// connection's search_path set to it; dropped with CASCADE when the object dies.
class PostgresScratchSchema final
{
public:
    PostgresScratchSchema() = default;
    ~PostgresScratchSchema();
    PostgresScratchSchema(const PostgresScratchSchema &) = delete;
    PostgresScratchSchema &operator=(const PostgresScratchSchema &) = delete;

    // Returns an error text or "" (QVERIFY2-friendly).
    QString create(const QString &prefix = QStringLiteral("tst"));
    QString name() const { return m_name; }
    QSqlDatabase database() const;
    // Runs SQL (several statements allowed, simple-query protocol); returns an error text or "".
    QString exec(const QString &sql) const;
    // ANALYZE every table of the schema (fresh row estimates in pg_class.reltuples).
    QString analyze() const;
    // First column of every row as text, "<null>" for NULL; one "<error: ...>" row on failure.
    QStringList query(const QString &sql) const;

private:
    std::unique_ptr<Core::Connection> m_connection;
    QString m_name;
};

// A fresh, uniquely named database on the test server, for code that works on the "public"
// schema of its URL's database (the executor, the CLI, backups). Dropped (WITH FORCE) when the
// object dies. resetPublicSchema() empties it again between scenarios, much faster than a new database.
class PostgresScratchDatabase final
{
public:
    PostgresScratchDatabase() = default;
    ~PostgresScratchDatabase();
    PostgresScratchDatabase(const PostgresScratchDatabase &) = delete;
    PostgresScratchDatabase &operator=(const PostgresScratchDatabase &) = delete;

    // Returns an error text or "" (QVERIFY2-friendly).
    QString create(const QString &prefix = QStringLiteral("tstdb"));
    QString resetPublicSchema() const;
    // The database's URL (the password, if any, as in the test server's URL).
    const Core::ConnectionUrl &url() const { return m_url; }
    QSqlDatabase database() const;
    // Runs SQL (several statements allowed, simple-query protocol); returns an error text or "".
    QString exec(const QString &sql) const;

private:
    std::unique_ptr<Core::Connection> m_admin;
    std::unique_ptr<Core::Connection> m_connection;
    Core::ConnectionUrl m_url;
};

} // namespace SchemaPilot::Test
