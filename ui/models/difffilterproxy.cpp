#include "models/difffilterproxy.h"

#include "models/schemadiffmodel.h"

namespace SchemaPilot::Gui {

DiffFilterProxy::DiffFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void DiffFilterProxy::setOnlyChanges(bool only)
{
    if (m_onlyChanges == only)
        return;
    m_onlyChanges = only;
    invalidateFilter();
}

bool DiffFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, SchemaDiffModel::NameColumn, sourceParent);
    if (m_onlyChanges && name.data(SchemaDiffModel::StatusRole).toInt() == int(DiffStatus::Unchanged))
        return false;
    const QString needle = filterRegularExpression().pattern();
    if (needle.isEmpty())
        return true;
    const QModelIndex detail = sourceModel()->index(sourceRow, SchemaDiffModel::DetailColumn, sourceParent);
    return name.data().toString().contains(needle, Qt::CaseInsensitive)
           || detail.data().toString().contains(needle, Qt::CaseInsensitive);
}

} // namespace SchemaPilot::Gui
