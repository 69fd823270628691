#pragma once

#include "models/difftree.h"

#include <QAbstractItemModel>

namespace SchemaPilot::Gui {

// Tree of tables (with columns, indexes, foreign keys), views and triggers, each marked
// added / removed / changed / renamed with an icon, a colour and text (colour is never the only cue).
class SchemaDiffModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, DetailColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, KindRole, CurrentDdlRole, DesiredDdlRole };

    explicit SchemaDiffModel(QObject *parent = nullptr);

    void setReport(const Core::CheckReport &report);
    void clear();
    int changedObjectCount() const { return m_changedCount; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const DiffNode *node(const QModelIndex &index) const;
    std::unique_ptr<DiffNode> m_root;
    int m_changedCount = 0;
};

} // namespace SchemaPilot::Gui
