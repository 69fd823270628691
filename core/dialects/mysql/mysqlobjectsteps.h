#pragma once

#include "dialects/dialect.h"

// Internal to the MySQL planner: steps for sequences, stored routines and events (SchemaObjects).
namespace SchemaPilot::Core::MysqlSteps {

PlanStep createObject(const SchemaObject &object);
// A dropped sequence takes its counter along: the rollback recreates it at its start value.
PlanStep dropObject(const SchemaObject &object);
// A changed routine or event is dropped and created again (MariaDB has no ALTER for a body);
// a changed sequence is altered in place, so that its counter stays where it is.
PlanStep replaceObject(const SchemaObject &from, const SchemaObject &to);

} // namespace SchemaPilot::Core::MysqlSteps
