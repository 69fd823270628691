#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"

#include <memory>
#include <vector>

namespace SchemaPilot::Core {

// Owns the dialects. Built once in app/ (or by a library user) and passed down; not a singleton.
class SCHEMAPILOT_CORE_EXPORT DialectRegistry final
{
public:
    DialectRegistry() = default;
    DialectRegistry(DialectRegistry &&) = default;
    DialectRegistry &operator=(DialectRegistry &&) = default;

    // SQLite, PostgreSQL and MySQL/MariaDB.
    static DialectRegistry withBuiltins();

    void add(std::unique_ptr<Dialect> dialect);
    const Dialect *forEngine(Engine engine) const;
    Result<const Dialect *> forUrl(const ConnectionUrl &url) const;

private:
    std::vector<std::unique_ptr<Dialect>> m_dialects;
};

} // namespace SchemaPilot::Core
