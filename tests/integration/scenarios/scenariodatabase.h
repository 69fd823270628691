#pragma once

#include "common/result.h"
#include "db/connection.h"
#include "db/connectionurl.h"
#include "dialects/dialect.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace SchemaPilot::Test {

// One engine's database for the scenario suite: emptied before each scenario, addressed by a
// URL the executor, the CLI and the backup store understand (servers: their default schema).
class ScenarioDatabase
{
public:
    virtual ~ScenarioDatabase() = default;

    virtual Core::Engine engine() const = 0;
    // Connects to the server once per test executable. ErrorCode::NotFound: no server configured.
    virtual Core::Result<void> prepare() = 0;
    // An empty database for the next scenario.
    virtual Core::Result<void> reset() = 0;
    virtual Core::ConnectionUrl url() const = 0;
    // Several statements at once (seed data, triggers); the engine's error text or "".
    virtual QString exec(const QString &sql) const = 0;

    // A connection of this thread to the current database.
    Core::Result<std::unique_ptr<Core::Connection>> connect() const;
    // A folder removed with the suite, for schema files and backups.
    QString workPath(const QString &name) const { return m_work.filePath(name); }

    static std::unique_ptr<ScenarioDatabase> create(Core::Engine engine);

private:
    QTemporaryDir m_work;
};

} // namespace SchemaPilot::Test
