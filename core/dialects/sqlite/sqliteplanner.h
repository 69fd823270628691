#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// Native ALTER TABLE where SQLite allows it, else the documented 12-step rebuild.
class SCHEMAPILOT_CORE_EXPORT SqlitePlanner final : public Planner
{
public:
    Result<Plan> plan(const ChangeSet &changes, const Schema &current, const Schema &desired,
                      const PlanOptions &options) const override;
};

} // namespace SchemaPilot::Core
