#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"
#include "dialects/mysql/mysqldesiredloader.h"
#include "dialects/mysql/mysqldiffhooks.h"
#include "dialects/mysql/mysqlinspector.h"
#include "dialects/mysql/mysqlplanner.h"

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

private:
    MysqlInspector m_inspector;
    MysqlDesiredLoader m_loader{m_inspector};
    MysqlDiffHooks m_hooks;
    MysqlPlanner m_planner;
};

} // namespace SchemaPilot::Core
