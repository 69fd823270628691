#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "db/connectionurl.h"

#include <QSqlDatabase>

#include <memory>

namespace SchemaPilot::Core {

// A QSqlDatabase opened on the calling thread under a unique name, closed and removed when
// this object dies. Never share one across threads: a worker opens its own.
class SCHEMAPILOT_CORE_EXPORT Connection final
{
public:
    enum class Access {
        ReadOnly,        // SQLite: the file must exist and is opened read-only
        ReadWrite,       // SQLite: the file must exist
        ReadWriteCreate, // SQLite: the file is created when missing
    };

    static Result<std::unique_ptr<Connection>> open(const ConnectionUrl &url, Access access,
                                                    const QString &purpose = QStringLiteral("main"));
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const;
    const ConnectionUrl &url() const { return m_url; }
    QString name() const { return m_name; }

    // SQLite only: the raw sqlite3* handle of the Qt driver (same libsqlite3), else nullptr.
    void *sqliteHandle() const;

private:
    Connection(ConnectionUrl url, QString name);
    ConnectionUrl m_url;
    QString m_name;
};

} // namespace SchemaPilot::Core
