#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"

namespace SchemaPilot::Core {

struct DemoFiles {
    QString databasePath;     // a SQLite file holding the demo shop with data
    QString desiredSchemaPath; // the schema the next release wants
};

// Writes the bundled demo (a populated shop database and its desired schema) into `directory`
// so a pending migration can be seen at once. Leaves an existing demo database untouched unless
// `reset` is set, so a user's experiments survive a restart.
SCHEMAPILOT_CORE_EXPORT Result<DemoFiles> prepareDemo(const QString &directory, bool reset = false);

// ~/.local/share/SchemaPilot/demo (QStandardPaths::AppDataLocation of the calling application).
SCHEMAPILOT_CORE_EXPORT QString defaultDemoDirectory();

} // namespace SchemaPilot::Core
