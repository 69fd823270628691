#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"

#include <QMap>
#include <QString>

namespace SchemaPilot::Core {

enum class Engine { SQLite, PostgreSQL, MySQL };

// A parsed connection URL. SQLite follows SQLAlchemy: sqlite:///relative.db, sqlite:////abs.db,
// or a plain path. Servers: postgresql://user[:pw]@host[:port]/db, mysql:// and mariadb://.
// The password may come from the URL or the environment (SCHEMAPILOT_DB_PASSWORD, then
// PGPASSWORD / MYSQL_PWD); it is never part of redacted() and must never be logged.
struct SCHEMAPILOT_CORE_EXPORT ConnectionUrl {
    Engine engine = Engine::SQLite;
    QString scheme;          // as given: sqlite, postgresql, postgres, mysql, mariadb
    QString path;            // SQLite: file path (":memory:" for in-memory)
    QString host;
    int port = 0;            // 0: the engine's default
    QString user;
    QString password;
    QString database;        // servers: database name
    QMap<QString, QString> params;   // query parameters, e.g. schema=public

    static Result<ConnectionUrl> parse(const QString &text);

    // Safe to print: no password, ever.
    QString redacted() const;
    // "QSQLITE", "QPSQL", "QMYSQL"
    QString qtDriver() const;
    QString engineName() const;   // "sqlite", "postgresql", "mysql"
    bool isSQLite() const { return engine == Engine::SQLite; }
    bool isMemory() const { return isSQLite() && path == QStringLiteral(":memory:"); }
    int effectivePort() const;
};

} // namespace SchemaPilot::Core
