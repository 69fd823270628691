#pragma once

#include "model/schema.h"

#include <QFlags>
#include <QList>

#include <variant>

namespace SchemaPilot::Core {

// What about a column changed. Several flags may be set at once.
enum class ColumnAspect : unsigned {
    Type = 1u << 0,
    Nullability = 1u << 1,
    Default = 1u << 2,
    Collation = 1u << 3,
    Generated = 1u << 4,
    PrimaryKey = 1u << 5,
    AutoIncrement = 1u << 6,
    Comment = 1u << 7,
    Charset = 1u << 8,
    Identity = 1u << 9,
    Visibility = 1u << 10,   // MariaDB/MySQL INVISIBLE
};
Q_DECLARE_FLAGS(ColumnAspects, ColumnAspect)
Q_DECLARE_OPERATORS_FOR_FLAGS(ColumnAspects)

// The closed set of changes. Table-level changes live inside ModifyTable.
namespace change {

struct AddColumn { Column column; };
struct DropColumn { Column column; };
struct RenameColumn { Column from; Column to; bool fromHint = false; };
struct ModifyColumn { Column from; Column to; ColumnAspects what; };
struct AddForeignKey { ForeignKey foreignKey; };
struct DropForeignKey { ForeignKey foreignKey; };
struct AddCheck { CheckConstraint check; };
struct DropCheck { CheckConstraint check; };
struct AddUnique { UniqueConstraint unique; };
struct DropUnique { UniqueConstraint unique; };
struct ModifyPrimaryKey { QStringList from; QStringList to; };
// Anything else about the table definition that differs (SQLite STRICT/WITHOUT ROWID, MySQL
// engine options, or a difference only visible in the engine's stored CREATE text).
struct ModifyTableOptions { QString description; };

using TableChange = std::variant<AddColumn, DropColumn, RenameColumn, ModifyColumn, AddForeignKey,
                                 DropForeignKey, AddCheck, DropCheck, AddUnique, DropUnique,
                                 ModifyPrimaryKey, ModifyTableOptions>;

struct AddTable { Table table; };
struct DropTable { Table table; };
// A rename keeps the data. `from` is the current table, `to` the desired one; differences between
// them beyond the name come as a following ModifyTable on the new name.
struct RenameTable { Table from; Table to; bool fromHint = false; };
struct ModifyTable { Table from; Table to; QList<TableChange> changes; };
struct AddIndex { Index index; };
struct DropIndex { Index index; };
struct AddView { View view; };
struct DropView { View view; };
struct AddTrigger { Trigger trigger; };
struct DropTrigger { Trigger trigger; };
struct AddObject { SchemaObject object; };
struct DropObject { SchemaObject object; };

} // namespace change

using Change = std::variant<change::AddTable, change::DropTable, change::RenameTable, change::ModifyTable,
                            change::AddIndex, change::DropIndex, change::AddView, change::DropView,
                            change::AddTrigger, change::DropTrigger, change::AddObject, change::DropObject>;

// A drop + add pair that looks like a rename. The differ scores structural evidence; callers with
// a connection may add sampled-value evidence (RenameEvidence) before presenting it.
struct RenameSuggestion {
    bool isTable = false;
    QString table;           // for columns: the (desired) table; for tables: empty
    QString from;
    QString to;
    double score = 0.0;      // 0..1
    QStringList evidence;    // human-readable reasons, e.g. "same type INTEGER", "same position 3"
};

// Indexes: an added table's CREATE INDEX indexes come as separate AddIndex changes (AddTable only
// creates the table); a dropped table takes its indexes and triggers with it (no DropIndex/DropTrigger).
// Constraint-backed indexes (origin != Created) never appear as changes of their own.
struct ChangeSet {
    QList<Change> changes;
    QList<RenameSuggestion> suggestions;
    // Things the caller must fix before the diff can be trusted, e.g. a rename hint naming a table
    // or column that does not exist. One sentence each, saying what to change.
    QStringList problems;

    bool isEmpty() const { return changes.isEmpty(); }
};

struct ColumnRenameHint {
    QString table;           // the table's desired name
    QString from;
    QString to;
};

struct TableRenameHint {
    QString from;
    QString to;
};

struct DiffOptions {
    QList<TableRenameHint> tableRenames;
    QList<ColumnRenameHint> columnRenames;
    double suggestionThreshold = 0.6;  // minimum score for a rename suggestion
};

} // namespace SchemaPilot::Core
