#pragma once

#include <QSortFilterProxyModel>

namespace SchemaPilot::Gui {

// Text filter over name and details, recursive (a matching column keeps its table visible),
// plus an "only changes" switch.
class DiffFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DiffFilterProxy(QObject *parent = nullptr);
    void setOnlyChanges(bool only);
    bool onlyChanges() const { return m_onlyChanges; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyChanges = false;
};

} // namespace SchemaPilot::Gui
