#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "history/historyrecord.h"

#include <optional>

namespace SchemaPilot::Core {

enum class HistoryExportFormat { Csv, Json };

SCHEMAPILOT_CORE_EXPORT std::optional<HistoryExportFormat> historyExportFormatFromName(const QString &name);

// RFC 4180: a header row of historyColumns(), CRLF line ends, fields quoted when they hold a
// comma, a quote, CR or LF (quotes doubled). SQL lists and JSON columns as their stored JSON text.
SCHEMAPILOT_CORE_EXPORT QString historyToCsv(const QList<HistoryRecord> &records);
SCHEMAPILOT_CORE_EXPORT QString csvField(const QString &value);
// {"count": N, "records": [record.toJson()...]}
SCHEMAPILOT_CORE_EXPORT QJsonObject historyToJson(const QList<HistoryRecord> &records);

// Writes atomically (QSaveFile): a failed export never leaves half a file behind.
SCHEMAPILOT_CORE_EXPORT Result<void> exportHistory(const QList<HistoryRecord> &records, HistoryExportFormat format,
                                                   const QString &path);

} // namespace SchemaPilot::Core
