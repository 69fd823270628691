#include "common/icons.h"

#include <QHash>

// The icons live in this static library; its resources must be registered explicitly, or a
// linker that sees no reference drops them (blank icons).
static void initGuiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace SchemaPilot::Gui {

namespace {

QString aliasFor(Icon which)
{
    switch (which) {
    case Icon::App: return QStringLiteral("app");
    case Icon::Connect: return QStringLiteral("connect");
    case Icon::Refresh: return QStringLiteral("refresh");
    case Icon::DryRun: return QStringLiteral("dryrun");
    case Icon::Apply: return QStringLiteral("apply");
    case Icon::Backup: return QStringLiteral("backup");
    case Icon::Restore: return QStringLiteral("restore");
    case Icon::Diff: return QStringLiteral("diff");
    case Icon::Plan: return QStringLiteral("plan");
    case Icon::History: return QStringLiteral("history");
    case Icon::Health: return QStringLiteral("health");
    case Icon::Settings: return QStringLiteral("settings");
    case Icon::Connections: return QStringLiteral("connections");
    case Icon::Added: return QStringLiteral("added");
    case Icon::Removed: return QStringLiteral("removed");
    case Icon::Changed: return QStringLiteral("changed");
    case Icon::Renamed: return QStringLiteral("renamed");
    case Icon::Table: return QStringLiteral("table");
    case Icon::Column: return QStringLiteral("column");
    case Icon::Index: return QStringLiteral("index");
    case Icon::View: return QStringLiteral("view");
    case Icon::Trigger: return QStringLiteral("trigger");
    case Icon::ForeignKey: return QStringLiteral("foreignkey");
    case Icon::Info: return QStringLiteral("info");
    case Icon::Warning: return QStringLiteral("warning");
    case Icon::Danger: return QStringLiteral("danger");
    case Icon::Copy: return QStringLiteral("copy");
    case Icon::Save: return QStringLiteral("save");
    case Icon::Verify: return QStringLiteral("verify");
    case Icon::Delete: return QStringLiteral("delete");
    case Icon::Lock: return QStringLiteral("lock");
    case Icon::Unlock: return QStringLiteral("unlock");
    case Icon::Export: return QStringLiteral("export");
    case Icon::Rollback: return QStringLiteral("rollback");
    case Icon::Rehearse: return QStringLiteral("rehearse");
    }
    return QStringLiteral("app");
}

} // namespace

QIcon icon(Icon which)
{
    static const bool resourcesReady = (initGuiResources(), true);
    Q_UNUSED(resourcesReady);
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(which));
    if (it == cache.end())
        it = cache.insert(int(which), QIcon(QStringLiteral(":/icons/") + aliasFor(which)));
    return *it;
}

} // namespace SchemaPilot::Gui
