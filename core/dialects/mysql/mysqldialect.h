#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"
#include "dialects/mysql/mysqldesiredloader.h"
#include "dialects/mysql/mysqldiffhooks.h"
#include "dialects/mysql/mysqlinspector.h"
#include "dialects/mysql/mysqlplanner.h"
#include "dialects/mysql/mysqlbackup.h"
#include "dialects/mysql/mysqlruntime.h"

namespace SchemaPilot::Core {

// MySQL / MariaDB (tested against MariaDB 10.11) through Qt's QMYSQL driver.
class SCHEMAPILOT_CORE_EXPORT MysqlDialect final : public Dialect
{
public:
    QString name() const override { return QStringLiteral("mysql"); }
    Engine engine() const override { return Engine::MySQL; }
    const Inspector &inspector() const override { return m_inspector; }
    const DesiredLoader &desiredLoader() const override { return m_loader; }
    const DiffHooks &diffHooks() const override { return m_hooks; }
    const Planner &planner() const override { return m_planner; }
    QString quoteIdentifier(const QString &identifier) const override;
    const ExecutionRuntime *runtime() const override { return &m_runtime; }
    const BackupEngine *backupEngine() const override { return &m_backup; }

private:
    MysqlInspector m_inspector;
    MysqlDesiredLoader m_loader{m_inspector};
    MysqlDiffHooks m_hooks;
    MysqlPlanner m_planner;
    MysqlRuntime m_runtime;
    MysqlBackupEngine m_backup;
};

} // namespace SchemaPilot::Core
