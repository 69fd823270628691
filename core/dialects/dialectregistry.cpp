#include "dialects/dialectregistry.h"

#include "common/tr.h"

#include "dialects/mysql/mysqldialect.h"
#include "dialects/sqlite/sqlitedialect.h"

namespace SchemaPilot::Core {

DialectRegistry DialectRegistry::withBuiltins()
{
    DialectRegistry registry;
    registry.add(std::make_unique<SqliteDialect>());
    registry.add(std::make_unique<MysqlDialect>());
    return registry;
}

void DialectRegistry::add(std::unique_ptr<Dialect> dialect)
{
    m_dialects.push_back(std::move(dialect));
}

const Dialect *DialectRegistry::forEngine(Engine engine) const
{
    for (const auto &dialect : m_dialects)
        if (dialect->engine() == engine)
            return dialect.get();
    return nullptr;
}

Result<const Dialect *> DialectRegistry::forUrl(const ConnectionUrl &url) const
{
    if (const Dialect *dialect = forEngine(url.engine))
        return dialect;
    return fail(ErrorCode::Unsupported,
                Tr::tr("SchemaPilot has no %1 support in this build").arg(url.engineName()));
}

} // namespace SchemaPilot::Core
