#pragma once

#include "backup/backupmetadata.h"

#include <QAbstractTableModel>
#include <QList>

namespace SchemaPilot::Gui {

// The backups of one database, newest first: time, reason, size, checksum status, batch.
class BackupModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CreatedColumn, ReasonColumn, SizeColumn, ChecksumColumn, BatchColumn, IdColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit BackupModel(QObject *parent = nullptr);

    void setBackups(QList<Core::BackupMetadata> backups);
    const QList<Core::BackupMetadata> &backups() const { return m_backups; }
    const Core::BackupMetadata *backup(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString reasonText(Core::BackupReason reason);
    static QString checksumText(const Core::BackupMetadata &backup);

private:
    QList<Core::BackupMetadata> m_backups;
};

} // namespace SchemaPilot::Gui
