#pragma once

#include <QIcon>

namespace SchemaPilot::Gui {

// Every icon the GUI uses, by meaning; the SVGs live in resources/icons behind qrc aliases.
enum class Icon {
    App, Connect, Refresh, DryRun, Apply, Backup, Restore, Diff, Plan, History, Health, Settings, Connections,
    Added, Removed, Changed, Renamed, Table, Column, Index, View, Trigger, ForeignKey,
    Info, Warning, Danger, Copy, Save, Verify, Delete, Lock, Unlock, Export, Rollback, Rehearse,
};

QIcon icon(Icon which);

} // namespace SchemaPilot::Gui
