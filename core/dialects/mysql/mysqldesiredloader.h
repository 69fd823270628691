#pragma once

#include "schemapilot/core_export.h"
#include "dialects/mysql/mysqlinspector.h"

namespace SchemaPilot::Core {

// Executes the desired DDL in a throwaway database (schemapilot_scratch_<random>) on the target's
// server, through a second connection (Qt's QMYSQL always connects with CLIENT_MULTI_STATEMENTS,
// so the engine splits the statements), inspects it and always drops it. The target database is never touched.
class SCHEMAPILOT_CORE_EXPORT MysqlDesiredLoader final : public DesiredLoader
{
public:
    explicit MysqlDesiredLoader(const MysqlInspector &inspector) : m_inspector(inspector) {}
    Result<Schema> load(const QString &ddl, const QString &fileName, const QSqlDatabase &target,
                        const InspectOptions &options) const override;

private:
    const MysqlInspector &m_inspector;
};

} // namespace SchemaPilot::Core
