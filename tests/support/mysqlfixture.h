#pragma once

#include "support/serverfixture.h"

#include "common/result.h"
#include "db/connection.h"
#include "db/connectionurl.h"
#include "exec/executor.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace SchemaPilot::Test {


// The MariaDB/MySQL test server: SCHEMAPILOT_TEST_MYSQL_URL (scripts/servers/mariadb.sh start
// prints it), the password from SCHEMAPILOT_TEST_MYSQL_PASSWORD when the URL carries none.
// ErrorCode::NotFound when the variable is unset.
Core::Result<Core::ConnectionUrl> mysqlTestUrl();

// A fresh, uniquely named database on the test server (schemapilot_t_<random>), dropped again
// when this object dies. database() is a normal Core::Connection for the code under test;
// exec() runs several statements at once through a separate multi-statement connection.
class MysqlTestDatabase final
{
public:
    static Core::Result<std::unique_ptr<MysqlTestDatabase>> create();
    ~MysqlTestDatabase();
    MysqlTestDatabase(const MysqlTestDatabase &) = delete;
    MysqlTestDatabase &operator=(const MysqlTestDatabase &) = delete;

    QSqlDatabase database() const { return m_connection->database(); }
    const Core::ConnectionUrl &url() const { return m_url; }
    QString name() const { return m_url.database; }

    // Runs one or more statements; returns the engine's error text, or "" on success.
    QString exec(const QString &sql) const;
    // First column of every row of a query, as text ("<null>" for NULL); "<error: ...>" on failure.
    QStringList column(const QString &sql) const;
    // Number of databases on the server whose name starts with `prefix` (to prove scratch cleanup).
    int databasesNamedLike(const QString &prefix) const;
    // Every table, view and trigger (definition) and every row of every table, SchemaPilot's own
    // tables left out, as text: equal snapshots mean the database holds the same thing.
    QStringList snapshot() const;
    // An apply of `wantedSql` to this database: the file is written to a new name in `folder`, the
    // backups go to a folder of their own there, and the run may take 20 s.
    Core::ApplyRequest applyRequest(const QString &folder, const QString &wantedSql) const;

private:
    MysqlTestDatabase() = default;
    Core::ConnectionUrl m_url;
    QString m_adminName;
    QString m_multiName;
    std::unique_ptr<Core::Connection> m_connection;
};

} // namespace SchemaPilot::Test

// Declares `var` (a MysqlTestDatabase&) or ends the test: SKIP when no server is configured
// locally, FAIL in CI or when the configured server cannot be used.
#define SCHEMAPILOT_MYSQL_DATABASE(var)                                                                    \
    auto var##Holder = SchemaPilot::Test::MysqlTestDatabase::create();                                     \
    if (!var##Holder) {                                                                                    \
        const QString why = var##Holder.error().toString();                                                \
        if (var##Holder.error().code == SchemaPilot::Core::ErrorCode::NotFound                             \
            && !SchemaPilot::Test::runningInCi())                                                          \
            QSKIP(qPrintable(why));                                                                        \
        QFAIL(qPrintable(why));                                                                            \
    }                                                                                                      \
    SchemaPilot::Test::MysqlTestDatabase &var = **var##Holder
