#include "models/difftree.h"

#include <QCoreApplication>
#include <QSet>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SchemaPilot::Gui)
};

QString key(const QString &name)
{
    return name.toLower();
}

QString columnSummary(const Column &c)
{
    QStringList parts{c.type.isEmpty() ? QStringLiteral("(no type)") : c.type};
    if (c.isPrimaryKey())
        parts << QStringLiteral("PK");
    if (c.notNull)
        parts << QStringLiteral("NOT NULL");
    if (c.defaultExpr)
        parts << QStringLiteral("DEFAULT ") + *c.defaultExpr;
    if (!c.collation.isEmpty())
        parts << QStringLiteral("COLLATE ") + c.collation;
    if (c.isGenerated())
        parts << QStringLiteral("AS (%1)").arg(c.generatedExpr);
    return parts.join(u' ');
}

QString foreignKeyText(const ForeignKey &fk)
{
    return QStringLiteral("(%1) → %2(%3) ON DELETE %4")
        .arg(fk.columns.join(QStringLiteral(", ")), fk.refTable, fk.refColumns.join(QStringLiteral(", ")), fk.onDelete);
}

DiffNode *addChild(DiffNode *parent, QString name, ObjectKind kind, DiffStatus status, QString detail = {})
{
    auto node = std::make_unique<DiffNode>();
    node->name = std::move(name);
    node->kind = kind;
    node->status = status;
    node->detail = std::move(detail);
    node->parent = parent;
    parent->children.push_back(std::move(node));
    return parent->children.back().get();
}

// What the change set says about each table, keyed by the table's desired (or current) name.
struct TableChanges {
    DiffStatus status = DiffStatus::Unchanged;
    QString renamedFrom;
    QHash<QString, QString> columnDetails;   // column -> what changed
    QSet<QString> renamedColumns;
};

void addTableChildren(DiffNode *tableNode, const Table *current, const Table *desired, const TableChanges &changes)
{
    // Columns in desired order, then removed ones.
    QSet<QString> seen;
    if (desired) {
        for (const Column &c : desired->columns) {
            seen.insert(key(c.name));
            const Column *old = current ? current->column(c.name) : nullptr;
            DiffStatus status = DiffStatus::Unchanged;
            QString detail = columnSummary(c);
            if (changes.columnDetails.contains(key(c.name))) {
                status = changes.renamedColumns.contains(key(c.name)) ? DiffStatus::Renamed : DiffStatus::Changed;
                detail = changes.columnDetails.value(key(c.name));
            } else if (!old && tableNode->status != DiffStatus::Added) {
                status = changes.renamedColumns.contains(key(c.name)) ? DiffStatus::Renamed : DiffStatus::Added;
            } else if (tableNode->status == DiffStatus::Added) {
                status = DiffStatus::Added;
            }
            addChild(tableNode, c.name, ObjectKind::Column, status, detail);
        }
    }
    if (current) {
        for (const Column &c : current->columns) {
            if (seen.contains(key(c.name)))
                continue;
            if (changes.columnDetails.contains(QStringLiteral("~") + key(c.name)))
                continue; // shown under its new name
            addChild(tableNode, c.name, ObjectKind::Column, DiffStatus::Removed, columnSummary(c));
        }
    }
    // Indexes created by CREATE INDEX: compared by name and definition.
    QHash<QString, const Index *> currentIndexes;
    if (current)
        for (const Index &i : current->indexes)
            if (!i.isConstraintIndex())
                currentIndexes.insert(key(i.name), &i);
    if (desired) {
        for (const Index &i : desired->indexes) {
            if (i.isConstraintIndex())
                continue;
            const Index *old = currentIndexes.take(key(i.name));
            const DiffStatus status = !old ? DiffStatus::Added
                                      : (old->sql.simplified().compare(i.sql.simplified(), Qt::CaseInsensitive) == 0
                                         && old->parts == i.parts && old->unique == i.unique && old->where == i.where)
                                          ? DiffStatus::Unchanged
                                          : DiffStatus::Changed;
            addChild(tableNode, i.name, ObjectKind::Index, status,
                     (i.unique ? QStringLiteral("UNIQUE ") : QString()) + i.columnNames().join(QStringLiteral(", ")));
        }
    }
    for (const Index *i : std::as_const(currentIndexes))
        addChild(tableNode, i->name, ObjectKind::Index, DiffStatus::Removed, i->columnNames().join(QStringLiteral(", ")));

    // Foreign keys as sets.
    QList<ForeignKey> oldKeys = current ? current->foreignKeys : QList<ForeignKey>{};
    if (desired) {
        for (const ForeignKey &fk : desired->foreignKeys) {
            const qsizetype at = oldKeys.indexOf(fk);
            if (at >= 0)
                oldKeys.removeAt(at);
            const DiffStatus status = (at >= 0 && tableNode->status != DiffStatus::Added) ? DiffStatus::Unchanged
                                                                                          : DiffStatus::Added;
            addChild(tableNode, fk.name.isEmpty() ? fk.columns.join(QStringLiteral(", ")) : fk.name, ObjectKind::ForeignKey,
                     status, foreignKeyText(fk));
        }
    }
    for (const ForeignKey &fk : std::as_const(oldKeys))
        addChild(tableNode, fk.name.isEmpty() ? fk.columns.join(QStringLiteral(", ")) : fk.name, ObjectKind::ForeignKey,
                 DiffStatus::Removed, foreignKeyText(fk));
}

QHash<QString, TableChanges> tableChangesOf(const ChangeSet &changes)
{
    QHash<QString, TableChanges> result;
    for (const Change &change : changes.changes) {
        if (const auto *add = std::get_if<change::AddTable>(&change)) {
            result[key(add->table.name)].status = DiffStatus::Added;
        } else if (const auto *drop = std::get_if<change::DropTable>(&change)) {
            result[key(drop->table.name)].status = DiffStatus::Removed;
        } else if (const auto *rename = std::get_if<change::RenameTable>(&change)) {
            TableChanges &t = result[key(rename->to.name)];
            t.status = DiffStatus::Renamed;
            t.renamedFrom = rename->from.name;
        } else if (const auto *modify = std::get_if<change::ModifyTable>(&change)) {
            TableChanges &t = result[key(modify->to.name)];
            if (t.status == DiffStatus::Unchanged)
                t.status = DiffStatus::Changed;
            for (const change::TableChange &tc : modify->changes) {
                if (const auto *mc = std::get_if<change::ModifyColumn>(&tc)) {
                    t.columnDetails.insert(key(mc->to.name), QStringLiteral("%1 → %2").arg(columnSummary(mc->from), columnSummary(mc->to)));
                } else if (const auto *rc = std::get_if<change::RenameColumn>(&tc)) {
                    t.renamedColumns.insert(key(rc->to.name));
                    t.columnDetails.insert(key(rc->to.name), Tr::tr("renamed from %1").arg(rc->from.name));
                    t.columnDetails.insert(QStringLiteral("~") + key(rc->from.name), rc->to.name);
                }
            }
        }
    }
    return result;
}

template<typename T>
void addNamedObjects(DiffNode *root, const QList<T> &current, const QList<T> &desired, ObjectKind kind)
{
    QHash<QString, const T *> old;
    for (const T &item : current)
        old.insert(key(item.name), &item);
    for (const T &item : desired) {
        const T *before = old.take(key(item.name));
        const DiffStatus status = !before ? DiffStatus::Added
                                  : before->sql.simplified().compare(item.sql.simplified(), Qt::CaseInsensitive) == 0
                                      ? DiffStatus::Unchanged
                                      : DiffStatus::Changed;
        DiffNode *node = addChild(root, item.name, kind, status);
        node->currentDdl = before ? before->sql : QString();
        node->desiredDdl = item.sql;
    }
    for (const T *item : std::as_const(old)) {
        DiffNode *node = addChild(root, item->name, kind, DiffStatus::Removed);
        node->currentDdl = item->sql;
    }
}

} // namespace

int DiffNode::row() const
{
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i)
        if (parent->children[i].get() == this)
            return int(i);
    return 0;
}

QString diffStatusText(DiffStatus status)
{
    switch (status) {
    case DiffStatus::Unchanged: return Tr::tr("unchanged");
    case DiffStatus::Added: return Tr::tr("added");
    case DiffStatus::Removed: return Tr::tr("removed");
    case DiffStatus::Changed: return Tr::tr("changed");
    case DiffStatus::Renamed: return Tr::tr("renamed");
    }
    return {};
}

QString tableDdl(const Table &table)
{
    QString ddl = table.sql;
    if (ddl.isEmpty()) {
        QStringList lines;
        for (const Column &c : table.columns)
            lines << QStringLiteral("    %1 %2").arg(c.name, columnSummary(c));
        for (const ForeignKey &fk : table.foreignKeys)
            lines << QStringLiteral("    FOREIGN KEY %1").arg(foreignKeyText(fk));
        ddl = QStringLiteral("CREATE TABLE %1 (\n%2\n)").arg(table.name, lines.join(QStringLiteral(",\n")));
    }
    ddl += u';';
    for (const Index &i : table.indexes)
        if (!i.isConstraintIndex() && !i.sql.isEmpty())
            ddl += u'\n' + i.sql + u';';
    return ddl;
}

std::unique_ptr<DiffNode> buildDiffTree(const CheckReport &report)
{
    auto root = std::make_unique<DiffNode>();
    const QHash<QString, TableChanges> changes = tableChangesOf(report.changes);

    QHash<QString, const Table *> currentTables;
    for (const Table &t : report.current.tables)
        currentTables.insert(key(t.name), &t);
    for (const Table &desired : report.desired.tables) {
        const TableChanges tc = changes.value(key(desired.name));
        const Table *current = currentTables.take(key(desired.name));
        if (!tc.renamedFrom.isEmpty())
            current = currentTables.take(key(tc.renamedFrom));
        const DiffStatus status = current ? tc.status : DiffStatus::Added;
        DiffNode *node = addChild(root.get(), desired.name, ObjectKind::Table, status,
                                  tc.renamedFrom.isEmpty() ? QString() : Tr::tr("renamed from %1").arg(tc.renamedFrom));
        node->currentDdl = current ? tableDdl(*current) : QString();
        node->desiredDdl = tableDdl(desired);
        if (status == DiffStatus::Unchanged && node->currentDdl.simplified() != node->desiredDdl.simplified())
            node->status = DiffStatus::Changed;
        addTableChildren(node, current, &desired, tc);
    }
    for (const Table *current : std::as_const(currentTables)) {
        DiffNode *node = addChild(root.get(), current->name, ObjectKind::Table, DiffStatus::Removed);
        node->currentDdl = tableDdl(*current);
        addTableChildren(node, current, nullptr, {});
    }
    std::sort(root->children.begin(), root->children.end(), [](const auto &a, const auto &b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    addNamedObjects(root.get(), report.current.views, report.desired.views, ObjectKind::View);
    addNamedObjects(root.get(), report.current.triggers, report.desired.triggers, ObjectKind::Trigger);
    return root;
}

} // namespace SchemaPilot::Gui
