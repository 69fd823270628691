#include "history/historyexport.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace SchemaPilot::Core {

std::optional<HistoryExportFormat> historyExportFormatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QStringLiteral("csv"))
        return HistoryExportFormat::Csv;
    if (lower == QStringLiteral("json"))
        return HistoryExportFormat::Json;
    return std::nullopt;
}

QString csvField(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n');
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString historyToCsv(const QList<HistoryRecord> &records)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString csv = historyColumns().join(u',') + lineEnd;
    for (const HistoryRecord &record : records) {
        QStringList fields;
        for (const QString &value : toStoredRow(record))
            fields << csvField(value);
        csv += fields.join(u',') + lineEnd;
    }
    return csv;
}

QJsonObject historyToJson(const QList<HistoryRecord> &records)
{
    QJsonArray array;
    for (const HistoryRecord &record : records)
        array.append(record.toJson());
    return QJsonObject{{QStringLiteral("count"), records.size()}, {QStringLiteral("records"), array}};
}

Result<void> exportHistory(const QList<HistoryRecord> &records, HistoryExportFormat format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Cannot write the export file; check the folder and its permissions"),
                          {}, file.errorString(), path, 0});
    const QByteArray bytes = format == HistoryExportFormat::Csv
                                 ? historyToCsv(records).toUtf8()
                                 : QJsonDocument(historyToJson(records)).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Writing the export file failed"), {}, file.errorString(), path, 0});
    return {};
}

} // namespace SchemaPilot::Core
