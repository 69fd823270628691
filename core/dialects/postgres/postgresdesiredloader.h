#pragma once

#include "schemapilot/core_export.h"
#include "dialects/postgres/postgresinspector.h"

namespace SchemaPilot::Core {

// Runs the desired DDL in a scratch schema (schemapilot_scratch_<random>) on a second connection
// to the target server, inspects that schema and throws it away: the whole load is one
// transaction that is rolled back, and the scratch schema is dropped in any case.
class SCHEMAPILOT_CORE_EXPORT PostgresDesiredLoader final : public DesiredLoader
{
public:
    explicit PostgresDesiredLoader(const PostgresInspector &inspector) : m_inspector(inspector) {}
    Result<Schema> load(const QString &ddl, const QString &fileName, const QSqlDatabase &target,
                        const InspectOptions &options) const override;

private:
    const PostgresInspector &m_inspector;
};

} // namespace SchemaPilot::Core
