#include "models/backupmodel.h"

#include "common/icons.h"

#include <QLocale>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

BackupModel::BackupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BackupModel::setBackups(QList<BackupMetadata> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

const BackupMetadata *BackupModel::backup(int row) const
{
    return row >= 0 && row < m_backups.size() ? &m_backups[row] : nullptr;
}

int BackupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupModel::reasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Manual: return tr("manual");
    case BackupReason::PreMigration: return tr("before migration");
    case BackupReason::PreRestore: return tr("before restore");
    }
    return QString();
}

QString BackupModel::checksumText(const BackupMetadata &backup)
{
    if (!backup.lastVerifyOk)
        return tr("not verified");
    const QString when = QLocale().toString(backup.lastVerified.toLocalTime(), QLocale::ShortFormat);
    return *backup.lastVerifyOk ? tr("verified %1").arg(when) : tr("FAILED %1: %2").arg(when, backup.lastVerifyMessage);
}

QVariant BackupModel::data(const QModelIndex &index, int role) const
{
    const BackupMetadata *b = index.isValid() ? backup(index.row()) : nullptr;
    if (!b)
        return {};
    if (role == IdRole)
        return b->id;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case CreatedColumn:
            return sort ? QVariant(b->created) : QVariant(QLocale().toString(b->created.toLocalTime(), QLocale::ShortFormat));
        case ReasonColumn: return reasonText(b->reason);
        case SizeColumn: return sort ? QVariant(b->size) : QVariant(QLocale().formattedDataSize(b->size));
        case ChecksumColumn: return checksumText(*b);
        case BatchColumn: return b->batchId.isEmpty() ? QStringLiteral("—") : b->batchId.left(8);
        case IdColumn: return b->id;
        }
    }
    if (role == Qt::DecorationRole && index.column() == ChecksumColumn)
        return icon(!b->lastVerifyOk ? Icon::Info : *b->lastVerifyOk ? Icon::Verify : Icon::Danger);
    if (role == Qt::ToolTipRole) {
        if (index.column() == BatchColumn)
            return b->batchId;
        if (index.column() == ChecksumColumn)
            return tr("SHA-256 %1").arg(b->sha256);
        return tr("%1 — %2 table(s), schema %3").arg(b->id).arg(b->rowCounts.size()).arg(b->schemaFingerprint.left(12));
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BackupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn: return tr("Created");
    case ReasonColumn: return tr("Reason");
    case SizeColumn: return tr("Size");
    case ChecksumColumn: return tr("Checksum");
    case BatchColumn: return tr("Batch");
    case IdColumn: return tr("Id");
    }
    return {};
}

} // namespace SchemaPilot::Gui
