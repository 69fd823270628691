#pragma once

#include "history/historyrecord.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace SchemaPilot::Gui {

// The audit trail, one row per record: started, status, operation, table, description, duration, batch.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartedColumn, StatusColumn, OperationColumn, TableColumn, DescriptionColumn, DurationColumn,
                  BatchColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StatusRole, StartedRole, SearchTextRole };

    explicit HistoryModel(QObject *parent = nullptr);

    void setRecords(QList<Core::HistoryRecord> records);
    const QList<Core::HistoryRecord> &records() const { return m_records; }
    const Core::HistoryRecord *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(Core::HistoryStatus status);

private:
    QList<Core::HistoryRecord> m_records;
};

// Status, date range (local days, inclusive), table and free text; all optional.
class HistoryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HistoryFilterProxy(QObject *parent = nullptr);

    void setStatus(std::optional<Core::HistoryStatus> status);
    void setDateRange(const QDate &from, const QDate &to);   // invalid dates: no bound
    void setTable(const QString &table);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Core::HistoryStatus> m_status;
    QDate m_from;
    QDate m_to;
    QString m_table;
    QString m_text;
};

} // namespace SchemaPilot::Gui
