#pragma once

#include "plan/plan.h"

#include <QLatin1StringView>

#include <array>

namespace SchemaPilot::Core {

// The catalogue of plan findings. Codes are stable: tools and people grep for them, and the
// README lists this table. DS = destructive, MF = may fail on existing data (data-dependent),
// BC = backward-incompatible for applications, LT = long-running, RN = rename suggestion,
// PL = about the plan as a whole,
// LK = the lock a step takes on a server (no data at risk).
namespace WarningCode {
inline constexpr QLatin1StringView DropTable{"DS101"};
inline constexpr QLatin1StringView DropColumn{"DS102"};
inline constexpr QLatin1StringView DropViewOrTrigger{"DS103"};
inline constexpr QLatin1StringView LossyConversion{"DS104"};
inline constexpr QLatin1StringView NotNullOnNulls{"MF101"};
inline constexpr QLatin1StringView UnconvertibleValues{"MF102"};
inline constexpr QLatin1StringView DuplicateValues{"MF103"};
inline constexpr QLatin1StringView OrphanRows{"MF104"};
inline constexpr QLatin1StringView CheckViolations{"MF105"};
inline constexpr QLatin1StringView RenameTable{"BC101"};
inline constexpr QLatin1StringView RenameColumn{"BC102"};
inline constexpr QLatin1StringView LongRewrite{"LT101"};
inline constexpr QLatin1StringView PossibleRename{"RN101"};
inline constexpr QLatin1StringView TableCopy{"LT102"};
inline constexpr QLatin1StringView NonTransactionalDdl{"PL101"};
inline constexpr QLatin1StringView LockNote{"LK101"};
} // namespace WarningCode

struct WarningCodeInfo {
    QLatin1StringView code;
    Severity severity;
    QLatin1StringView meaning;   // one line, English; the README copies it
};

inline constexpr std::array<WarningCodeInfo, 16> warningCatalogue{{
    {WarningCode::DropTable, Severity::Danger, QLatin1StringView("A table is dropped; its rows are lost (the message gives the row count).")},
    {WarningCode::DropColumn, Severity::Danger, QLatin1StringView("A column is dropped; its non-NULL values are lost (the message gives the count).")},
    {WarningCode::DropViewOrTrigger, Severity::Info, QLatin1StringView("A view or trigger is dropped for good; no data is lost, but readers of it break.")},
    {WarningCode::LossyConversion, Severity::Danger, QLatin1StringView("A column changes type and values change on the way: rounded, cut short or less precise; the old values are lost and need consent (the message gives the count).")},
    {WarningCode::NotNullOnNulls, Severity::Danger, QLatin1StringView("A column becomes NOT NULL (or a NOT NULL column is added) while rows hold NULL there; the migration fails unless a default fills them.")},
    {WarningCode::UnconvertibleValues, Severity::Warning, QLatin1StringView("A column changes type and some values will not convert to the new type (they fail, or keep their old storage class on SQLite).")},
    {WarningCode::DuplicateValues, Severity::Danger, QLatin1StringView("A new UNIQUE constraint or unique index meets duplicate values; the migration fails (the message gives the number of duplicate groups).")},
    {WarningCode::OrphanRows, Severity::Danger, QLatin1StringView("A new foreign key meets rows whose reference has no parent row; the foreign key check fails.")},
    {WarningCode::CheckViolations, Severity::Danger, QLatin1StringView("A new CHECK constraint is violated by existing rows; the migration fails.")},
    {WarningCode::RenameTable, Severity::Warning, QLatin1StringView("A table is renamed; applications using the old name break.")},
    {WarningCode::RenameColumn, Severity::Warning, QLatin1StringView("A column is renamed; applications using the old name break.")},
    {WarningCode::LongRewrite, Severity::Warning, QLatin1StringView("A step rewrites a whole table and is estimated to take long; writers wait for it.")},
    {WarningCode::PossibleRename, Severity::Warning, QLatin1StringView("A drop and an add look like a rename; pass the suggested --rename-table/--rename-column flag to keep the data.")},
    {WarningCode::TableCopy, Severity::Warning, QLatin1StringView("A step makes the engine copy the whole table (MySQL ALGORITHM=COPY); writes to it wait until the copy ends.")},
    {WarningCode::NonTransactionalDdl, Severity::Warning, QLatin1StringView("The engine commits each DDL statement on its own (MySQL/MariaDB): a failure part-way leaves the earlier steps applied; the plan's rollback SQL and the backup undo them.")},
    {WarningCode::LockNote, Severity::Info, QLatin1StringView("The lock a step takes on a server table (PostgreSQL lock mode) and whether it rewrites the table; other sessions wait for it.")},
}};

// The catalogue entry for a code, nullptr for an unknown code.
inline const WarningCodeInfo *warningCodeInfo(QStringView code)
{
    for (const WarningCodeInfo &info : warningCatalogue)
        if (code == info.code)
            return &info;
    return nullptr;
}

inline const WarningCodeInfo *warningCodeInfo(QLatin1StringView code)
{
    for (const WarningCodeInfo &info : warningCatalogue)
        if (code == info.code)
            return &info;
    return nullptr;
}

} // namespace SchemaPilot::Core
