#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"
#include "dialects/sqlite/sqlitebackup.h"
#include "dialects/sqlite/sqlitedesiredloader.h"
#include "dialects/sqlite/sqlitediffhooks.h"
#include "dialects/sqlite/sqliteinspector.h"
#include "dialects/sqlite/sqliteplanner.h"
#include "dialects/sqlite/sqliteruntime.h"

namespace SchemaPilot::Core {

class SCHEMAPILOT_CORE_EXPORT SqliteDialect final : public Dialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    Engine engine() const override { return Engine::SQLite; }
    const Inspector &inspector() const override { return m_inspector; }
    const DesiredLoader &desiredLoader() const override { return m_loader; }
    const DiffHooks &diffHooks() const override { return m_hooks; }
    const Planner &planner() const override { return m_planner; }
    const BackupEngine *backupEngine() const override { return &m_backup; }
    QString quoteIdentifier(const QString &identifier) const override;
    QStringList internalTables() const override;
    const ExecutionRuntime *runtime() const override { return &m_runtime; }

private:
    SqliteInspector m_inspector;
    SqliteDesiredLoader m_loader{m_inspector};
    SqliteDiffHooks m_hooks;
    SqlitePlanner m_planner;
    SqliteRuntime m_runtime;
    SqliteBackupEngine m_backup;
};

} // namespace SchemaPilot::Core
