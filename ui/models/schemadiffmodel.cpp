#include "models/schemadiffmodel.h"

#include "common/icons.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QGuiApplication>

namespace SchemaPilot::Gui {

namespace {

Icon kindIcon(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Table: return Icon::Table;
    case ObjectKind::Column: return Icon::Column;
    case ObjectKind::Index: return Icon::Index;
    case ObjectKind::ForeignKey: return Icon::ForeignKey;
    case ObjectKind::Constraint: return Icon::Verify;
    case ObjectKind::View: return Icon::View;
    case ObjectKind::Trigger: return Icon::Trigger;
    case ObjectKind::Object: return Icon::Info;
    }
    return Icon::Table;
}

Icon statusIcon(DiffStatus status)
{
    switch (status) {
    case DiffStatus::Added: return Icon::Added;
    case DiffStatus::Removed: return Icon::Removed;
    case DiffStatus::Changed: return Icon::Changed;
    case DiffStatus::Renamed: return Icon::Renamed;
    case DiffStatus::Unchanged: break;
    }
    return Icon::Verify;
}

// Readable on light and dark palettes alike.
QColor statusColor(DiffStatus status)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (status) {
    case DiffStatus::Added: return dark ? QColor(0x68, 0xd3, 0x91) : QColor(0x27, 0x6a, 0x3e);
    case DiffStatus::Removed: return dark ? QColor(0xfc, 0x81, 0x81) : QColor(0xb0, 0x25, 0x25);
    case DiffStatus::Changed: return dark ? QColor(0xf6, 0xc3, 0x4f) : QColor(0x97, 0x5a, 0x16);
    case DiffStatus::Renamed: return dark ? QColor(0xb7, 0x94, 0xf4) : QColor(0x55, 0x3c, 0x9a);
    case DiffStatus::Unchanged: break;
    }
    return QGuiApplication::palette().color(QPalette::Text);
}

int countChanged(const DiffNode &node)
{
    int n = node.parent && node.status != DiffStatus::Unchanged ? 1 : 0;
    if (node.kind == ObjectKind::Table && node.parent && node.status != DiffStatus::Unchanged)
        return 1; // a changed table counts once, not once per column
    for (const auto &child : node.children)
        n += countChanged(*child);
    return n;
}

} // namespace

SchemaDiffModel::SchemaDiffModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<DiffNode>())
{
}

void SchemaDiffModel::setReport(const Core::CheckReport &report)
{
    beginResetModel();
    m_root = buildDiffTree(report);
    m_changedCount = countChanged(*m_root);
    endResetModel();
}

void SchemaDiffModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<DiffNode>();
    m_changedCount = 0;
    endResetModel();
}

const DiffNode *SchemaDiffModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const DiffNode *>(index.internalPointer()) : m_root.get();
}

QModelIndex SchemaDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const DiffNode *p = node(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex SchemaDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const DiffNode *n = node(child);
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row(), 0, n->parent);
}

int SchemaDiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(node(parent)->children.size());
}

int SchemaDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const DiffNode *n = node(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return n->name;
        case StatusColumn: return diffStatusText(n->status);
        case DetailColumn: return n->detail;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return icon(kindIcon(n->kind));
        if (index.column() == StatusColumn && n->status != DiffStatus::Unchanged)
            return icon(statusIcon(n->status));
        break;
    case Qt::ForegroundRole:
        if (n->status != DiffStatus::Unchanged)
            return QBrush(statusColor(n->status));
        break;
    case Qt::FontRole:
        if (n->status == DiffStatus::Removed) {
            QFont font;
            font.setStrikeOut(index.column() == NameColumn);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(n->name, diffStatusText(n->status))
               + (n->detail.isEmpty() ? QString() : u'\n' + n->detail);
    case StatusRole: return int(n->status);
    case KindRole: return int(n->kind);
    case CurrentDdlRole: return n->currentDdl;
    case DesiredDdlRole: return n->desiredDdl;
    }
    return {};
}

QVariant SchemaDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Object");
    case StatusColumn: return tr("Status");
    case DetailColumn: return tr("Details");
    }
    return {};
}

} // namespace SchemaPilot::Gui
