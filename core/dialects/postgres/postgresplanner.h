#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// Native PostgreSQL DDL for every change, each step with its rollback, the lock it takes and
// the data probes that count what it would hurt. DDL is transactional: Plan::transactional.
class SCHEMAPILOT_CORE_EXPORT PostgresPlanner final : public Planner
{
public:
    Result<Plan> plan(const ChangeSet &changes, const Schema &current, const Schema &desired,
                      const PlanOptions &options) const override;
};

} // namespace SchemaPilot::Core
