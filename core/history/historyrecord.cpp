#include "history/historyrecord.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSysInfo>

#include <algorithm>

namespace SchemaPilot::Core {

namespace {

enum Column {
    ColId, ColMigrationId, ColBatchId, ColDescription, ColOperationType, ColTableName, ColForwardSql,
    ColRollbackSql, ColSqlSha256, ColStatus, ColStartedAt, ColFinishedAt, ColExecutionMs, ColErrorMessage,
    ColBackupId, ColOperator, ColAppVersion, ColFingerprintBefore, ColFingerprintAfter,
    ColAcknowledgedWarnings, ColRowCountDeltas, ColPrevHash, ColRecordHash, ColumnCount
};

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Statements are stored as a JSON array; a plain text (an older or hand-written row) is one statement.
QStringList statementsFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return {text};
    QStringList statements;
    for (const QJsonValue &value : doc.array())
        statements << value.toString();
    return statements;
}

QJsonArray arrayFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QString historyStatusName(HistoryStatus status)
{
    switch (status) {
    case HistoryStatus::Applied: return QStringLiteral("applied");
    case HistoryStatus::Failed: return QStringLiteral("failed");
    case HistoryStatus::RolledBack: return QStringLiteral("rolled_back");
    case HistoryStatus::TimedOut: return QStringLiteral("timed_out");
    case HistoryStatus::Refused: return QStringLiteral("refused");
    case HistoryStatus::Restored: return QStringLiteral("restored");
    }
    return QStringLiteral("failed");
}

QList<HistoryStatus> allHistoryStatuses()
{
    return {HistoryStatus::Applied, HistoryStatus::Failed, HistoryStatus::RolledBack,
            HistoryStatus::TimedOut, HistoryStatus::Refused, HistoryStatus::Restored};
}

std::optional<HistoryStatus> historyStatusFromName(const QString &name)
{
    // Fast path for stored names: statistics call this once per row.
    static const QHash<QString, HistoryStatus> exact = [] {
        QHash<QString, HistoryStatus> map;
        for (HistoryStatus status : allHistoryStatuses())
            map.insert(historyStatusName(status), status);
        return map;
    }();
    if (const auto it = exact.constFind(name); it != exact.cend())
        return *it;
    const QString wanted = name.trimmed().toLower().replace(u'-', u'_');
    for (HistoryStatus status : allHistoryStatuses()) {
        if (historyStatusName(status) == wanted)
            return status;
    }
    return std::nullopt;
}

HistoryStatus batchOutcome(const QList<HistoryRecord> &records)
{
    const auto any = [&records](HistoryStatus status) {
        return std::any_of(records.begin(), records.end(), [status](const HistoryRecord &r) { return r.status == status; });
    };
    const auto all = [&records](HistoryStatus status) {
        return !records.isEmpty()
               && std::all_of(records.begin(), records.end(), [status](const HistoryRecord &r) { return r.status == status; });
    };
    if (any(HistoryStatus::Failed))
        return HistoryStatus::Failed;
    if (any(HistoryStatus::TimedOut))
        return HistoryStatus::TimedOut;
    if (all(HistoryStatus::Refused))
        return HistoryStatus::Refused;
    if (any(HistoryStatus::Restored))
        return HistoryStatus::Restored;
    if (all(HistoryStatus::RolledBack))
        return HistoryStatus::RolledBack;
    return HistoryStatus::Applied;
}

const QStringList &historyColumns()
{
    static const QStringList columns{
        QStringLiteral("id"), QStringLiteral("migration_id"), QStringLiteral("batch_id"),
        QStringLiteral("description"), QStringLiteral("operation_type"), QStringLiteral("table_name"),
        QStringLiteral("forward_sql"), QStringLiteral("rollback_sql"), QStringLiteral("sql_sha256"),
        QStringLiteral("status"), QStringLiteral("started_at"), QStringLiteral("finished_at"),
        QStringLiteral("execution_ms"), QStringLiteral("error_message"), QStringLiteral("backup_id"),
        QStringLiteral("operator"), QStringLiteral("app_version"), QStringLiteral("fingerprint_before"),
        QStringLiteral("fingerprint_after"), QStringLiteral("acknowledged_warnings"),
        QStringLiteral("row_count_deltas"), QStringLiteral("prev_hash"), QStringLiteral("record_hash"),
    };
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

StoredHistoryRow toStoredRow(const HistoryRecord &r)
{
    StoredHistoryRow row(ColumnCount);
    row[ColId] = QString::number(r.id);
    row[ColMigrationId] = r.migrationId;
    row[ColBatchId] = r.batchId;
    row[ColDescription] = r.description;
    row[ColOperationType] = r.operationType;
    row[ColTableName] = r.tableName;
    row[ColForwardSql] = compactJson(QJsonArray::fromStringList(r.forwardSql));
    row[ColRollbackSql] = compactJson(QJsonArray::fromStringList(r.rollbackSql));
    row[ColSqlSha256] = r.sqlSha256;
    row[ColStatus] = historyStatusName(r.status);
    row[ColStartedAt] = historyTimestamp(r.startedAt);
    row[ColFinishedAt] = historyTimestamp(r.finishedAt);
    row[ColExecutionMs] = QString::number(r.executionMs);
    row[ColErrorMessage] = r.errorMessage;
    row[ColBackupId] = r.backupId;
    row[ColOperator] = r.operatorName;
    row[ColAppVersion] = r.appVersion;
    row[ColFingerprintBefore] = r.fingerprintBefore;
    row[ColFingerprintAfter] = r.fingerprintAfter;
    row[ColAcknowledgedWarnings] = compactJson(r.acknowledgedWarnings);
    row[ColRowCountDeltas] = compactJson(r.rowCountDeltas);
    row[ColPrevHash] = r.prevHash;
    row[ColRecordHash] = r.recordHash;
    return row;
}

HistoryRecord fromStoredRow(const StoredHistoryRow &row)
{
    HistoryRecord r;
    if (row.size() != ColumnCount)
        return r;
    r.id = row[ColId].toLongLong();
    r.migrationId = row[ColMigrationId];
    r.batchId = row[ColBatchId];
    r.description = row[ColDescription];
    r.operationType = row[ColOperationType];
    r.tableName = row[ColTableName];
    r.forwardSql = statementsFromText(row[ColForwardSql]);
    r.rollbackSql = statementsFromText(row[ColRollbackSql]);
    r.sqlSha256 = row[ColSqlSha256];
    // An unknown status (hand-edited) reads as failed rather than as a success.
    r.status = historyStatusFromName(row[ColStatus]).value_or(HistoryStatus::Failed);
    r.startedAt = parseHistoryTimestamp(row[ColStartedAt]);
    r.finishedAt = parseHistoryTimestamp(row[ColFinishedAt]);
    r.executionMs = row[ColExecutionMs].toLongLong();
    r.errorMessage = row[ColErrorMessage];
    r.backupId = row[ColBackupId];
    r.operatorName = row[ColOperator];
    r.appVersion = row[ColAppVersion];
    r.fingerprintBefore = row[ColFingerprintBefore];
    r.fingerprintAfter = row[ColFingerprintAfter];
    r.acknowledgedWarnings = arrayFromText(row[ColAcknowledgedWarnings]);
    r.rowCountDeltas = objectFromText(row[ColRowCountDeltas]);
    r.prevHash = row[ColPrevHash];
    r.recordHash = row[ColRecordHash];
    return r;
}

QJsonObject HistoryRecord::toJson() const
{
    const auto timeOrNull = [](const QDateTime &time) {
        return time.isValid() ? QJsonValue(historyTimestamp(time)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("migration_id"), migrationId},
        {QStringLiteral("batch_id"), batchId},
        {QStringLiteral("description"), description},
        {QStringLiteral("operation_type"), operationType},
        {QStringLiteral("table_name"), tableName},
        {QStringLiteral("forward_sql"), QJsonArray::fromStringList(forwardSql)},
        {QStringLiteral("rollback_sql"), QJsonArray::fromStringList(rollbackSql)},
        {QStringLiteral("sql_sha256"), sqlSha256},
        {QStringLiteral("status"), historyStatusName(status)},
        {QStringLiteral("started_at"), timeOrNull(startedAt)},
        {QStringLiteral("finished_at"), timeOrNull(finishedAt)},
        {QStringLiteral("execution_ms"), executionMs},
        {QStringLiteral("error_message"), errorMessage},
        {QStringLiteral("backup_id"), backupId},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("fingerprint_before"), fingerprintBefore},
        {QStringLiteral("fingerprint_after"), fingerprintAfter},
        {QStringLiteral("acknowledged_warnings"), acknowledgedWarnings},
        {QStringLiteral("row_count_deltas"), rowCountDeltas},
        {QStringLiteral("prev_hash"), prevHash},
        {QStringLiteral("record_hash"), recordHash},
    };
}

HistoryRecord HistoryRecord::fromJson(const QJsonObject &o)
{
    const auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list << item.toString();
        return list;
    };
    HistoryRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.migrationId = o.value(QStringLiteral("migration_id")).toString();
    r.batchId = o.value(QStringLiteral("batch_id")).toString();
    r.description = o.value(QStringLiteral("description")).toString();
    r.operationType = o.value(QStringLiteral("operation_type")).toString();
    r.tableName = o.value(QStringLiteral("table_name")).toString();
    r.forwardSql = strings(o.value(QStringLiteral("forward_sql")));
    r.rollbackSql = strings(o.value(QStringLiteral("rollback_sql")));
    r.sqlSha256 = o.value(QStringLiteral("sql_sha256")).toString();
    r.status = historyStatusFromName(o.value(QStringLiteral("status")).toString()).value_or(HistoryStatus::Failed);
    r.startedAt = parseHistoryTimestamp(o.value(QStringLiteral("started_at")).toString());
    r.finishedAt = parseHistoryTimestamp(o.value(QStringLiteral("finished_at")).toString());
    r.executionMs = o.value(QStringLiteral("execution_ms")).toInteger();
    r.errorMessage = o.value(QStringLiteral("error_message")).toString();
    r.backupId = o.value(QStringLiteral("backup_id")).toString();
    r.operatorName = o.value(QStringLiteral("operator")).toString();
    r.appVersion = o.value(QStringLiteral("app_version")).toString();
    r.fingerprintBefore = o.value(QStringLiteral("fingerprint_before")).toString();
    r.fingerprintAfter = o.value(QStringLiteral("fingerprint_after")).toString();
    r.acknowledgedWarnings = o.value(QStringLiteral("acknowledged_warnings")).toArray();
    r.rowCountDeltas = o.value(QStringLiteral("row_count_deltas")).toObject();
    r.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    r.recordHash = o.value(QStringLiteral("record_hash")).toString();
    return r;
}

QString sqlDigest(const QStringList &statements)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(statements.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString currentOperator()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return user + u'@' + host;
}

QString historyTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
}

QDateTime parseHistoryTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace SchemaPilot::Core
