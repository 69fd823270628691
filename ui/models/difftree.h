#pragma once

#include "service/checkservice.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace SchemaPilot::Gui {

enum class DiffStatus { Unchanged, Added, Removed, Changed, Renamed };
enum class ObjectKind { Table, Column, Index, ForeignKey, Constraint, View, Trigger, Object };

// One row of the schema-diff tree: a table with its columns, indexes, keys, or a view/trigger.
struct DiffNode {
    QString name;
    ObjectKind kind = ObjectKind::Table;
    DiffStatus status = DiffStatus::Unchanged;
    QString detail;              // e.g. "INTEGER NOT NULL → TEXT", "renamed from old_name"
    QString currentDdl;          // what the database has (empty when added)
    QString desiredDdl;          // what the schema file wants (empty when removed)
    DiffNode *parent = nullptr;
    std::vector<std::unique_ptr<DiffNode>> children;

    int row() const;
};

// Builds the tree from a check: every object of both schemas, marked from the change set.
std::unique_ptr<DiffNode> buildDiffTree(const Core::CheckReport &report);

QString diffStatusText(DiffStatus status);
QString tableDdl(const Core::Table &table);   // CREATE TABLE + its CREATE INDEX statements

} // namespace SchemaPilot::Gui
