#pragma once

#include "db/connectionurl.h"

#include <QString>

namespace SchemaPilot::Gui {

// The connection as the user should see and the settings may store it: redacted() (never a
// password) plus the PostgreSQL schema, which redacted() leaves out but which names the target.
QString targetText(const Core::ConnectionUrl &url);

} // namespace SchemaPilot::Gui
