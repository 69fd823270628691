#pragma once

#include "schemapilot/core_export.h"
#include "dialects/sqlite/sqliteinspector.h"

namespace SchemaPilot::Core {

// Executes the desired DDL in a private in-memory SQLite database and inspects it.
class SCHEMAPILOT_CORE_EXPORT SqliteDesiredLoader final : public DesiredLoader
{
public:
    explicit SqliteDesiredLoader(const SqliteInspector &inspector) : m_inspector(inspector) {}
    Result<Schema> load(const QString &ddl, const QString &fileName, const QSqlDatabase &target,
                        const InspectOptions &options) const override;
    QString cacheIdentity() const override;

private:
    const SqliteInspector &m_inspector;
};

} // namespace SchemaPilot::Core
