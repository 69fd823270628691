#include "models/historymodel.h"

#include "common/icons.h"

#include <QLocale>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setRecords(QList<HistoryRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const HistoryRecord *HistoryModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::statusText(HistoryStatus status)
{
    switch (status) {
    case HistoryStatus::Applied: return tr("applied");
    case HistoryStatus::Failed: return tr("failed");
    case HistoryStatus::RolledBack: return tr("rolled back");
    case HistoryStatus::TimedOut: return tr("timed out");
    case HistoryStatus::Refused: return tr("refused");
    case HistoryStatus::Restored: return tr("restored");
    }
    return QString();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryRecord *r = index.isValid() ? record(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case StatusRole: return int(r->status);
    case StartedRole: return r->startedAt;
    case SearchTextRole:
        return QStringList{r->description, r->operationType, r->tableName, r->errorMessage, r->batchId, r->migrationId,
                           r->forwardSql.join(u'\n'), r->rollbackSql.join(u'\n')}
            .join(u'\n');
    case SortRole:
        switch (index.column()) {
        case StartedColumn: return r->startedAt;
        case DurationColumn: return r->executionMs;
        case StatusColumn: return statusText(r->status);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartedColumn: return QLocale().toString(r->startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case StatusColumn: return statusText(r->status);
        case OperationColumn: return r->operationType;
        case TableColumn: return r->tableName;
        case DescriptionColumn: return r->description;
        case DurationColumn: return tr("%1 ms").arg(r->executionMs);
        case BatchColumn: return r->batchId.left(8);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        switch (r->status) {
        case HistoryStatus::Applied: return icon(Icon::Apply);
        case HistoryStatus::Failed:
        case HistoryStatus::TimedOut: return icon(Icon::Danger);
        case HistoryStatus::RolledBack: return icon(Icon::Rollback);
        case HistoryStatus::Refused: return icon(Icon::Warning);
        case HistoryStatus::Restored: return icon(Icon::Restore);
        }
        return {};
    case Qt::ToolTipRole:
        return r->errorMessage.isEmpty() ? r->description : r->errorMessage;
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn: return tr("Started");
    case StatusColumn: return tr("Status");
    case OperationColumn: return tr("Operation");
    case TableColumn: return tr("Table");
    case DescriptionColumn: return tr("Description");
    case DurationColumn: return tr("Duration");
    case BatchColumn: return tr("Batch");
    }
    return {};
}

HistoryFilterProxy::HistoryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
}

void HistoryFilterProxy::setStatus(std::optional<HistoryStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void HistoryFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void HistoryFilterProxy::setTable(const QString &table)
{
    m_table = table.trimmed();
    invalidateFilter();
}

void HistoryFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool HistoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(HistoryModel::StatusRole).toInt() != int(*m_status))
        return false;
    const QDate day = index.data(HistoryModel::StartedRole).toDateTime().toLocalTime().date();
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    if (!m_table.isEmpty()
        && sourceModel()->index(sourceRow, HistoryModel::TableColumn, sourceParent).data().toString().compare(m_table, Qt::CaseInsensitive) != 0)
        return false;
    return m_text.isEmpty() || index.data(HistoryModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace SchemaPilot::Gui
