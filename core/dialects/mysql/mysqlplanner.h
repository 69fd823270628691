#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// Native MySQL/MariaDB DDL. DDL is not transactional in MySQL: plans say so (transactional =
// false plus a plan-level warning) and are ordered so that a partial failure is recoverable:
// additive steps first, destructive ones last, every step with its own rollback SQL.
class SCHEMAPILOT_CORE_EXPORT MysqlPlanner final : public Planner
{
public:
    Result<Plan> plan(const ChangeSet &changes, const Schema &current, const Schema &desired,
                      const PlanOptions &options) const override;
};

} // namespace SchemaPilot::Core
