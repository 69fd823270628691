#pragma once

#include "support/postgresfixture.h"

#include <QStringList>

namespace SchemaPilot::Test {

// Everything one schema holds, as text: columns, constraints, indexes, views, functions and every
// row of every table (SchemaPilot's own tables left out), sorted. Equal snapshots: same schema, same data.
QStringList snapshotPostgresSchema(const PostgresScratchSchema &schema);

} // namespace SchemaPilot::Test
