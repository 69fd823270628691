#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"
#include "dialects/postgres/postgresbackup.h"
#include "dialects/postgres/postgresdesiredloader.h"
#include "dialects/postgres/postgresdiffhooks.h"
#include "dialects/postgres/postgresinspector.h"
#include "dialects/postgres/postgresplanner.h"
#include "dialects/postgres/postgresruntime.h"

namespace SchemaPilot::Core {

class SCHEMAPILOT_CORE_EXPORT PostgresDialect final : public Dialect
{
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    Engine engine() const override { return Engine::PostgreSQL; }
    const Inspector &inspector() const override { return m_inspector; }
    const DesiredLoader &desiredLoader() const override { return m_loader; }
    const DiffHooks &diffHooks() const override { return m_hooks; }
    const Planner &planner() const override { return m_planner; }
    QString quoteIdentifier(const QString &identifier) const override;
    const ExecutionRuntime *runtime() const override { return &m_runtime; }
    const BackupEngine *backupEngine() const override { return &m_backup; }

private:
    PostgresInspector m_inspector;
    PostgresDesiredLoader m_loader{m_inspector};
    PostgresDiffHooks m_hooks;
    PostgresPlanner m_planner;
    PostgresRuntime m_runtime;
    PostgresBackupEngine m_backup;
};

} // namespace SchemaPilot::Core
