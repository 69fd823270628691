#include "history/historystore.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/sqlexec.h"
#include "history/historysql.h"

#include <QSqlField>
#include <QSqlRecord>

namespace SchemaPilot::Core {

namespace {

// Reads the history columns that exist (and are wanted; empty: all) into rows laid out like
// historyColumns(). Missing columns (an older table) read as "", exactly as NULL does.
Result<QList<StoredHistoryRow>> readStoredRows(const QSqlDatabase &db, const QString &table, const QStringList &present,
                                               const QStringList &wanted, const QString &tail, const QVariantList &bindings)
{
    QStringList selected;
    QList<int> positions;
    const QStringList &columns = historyColumns();
    for (int i = 0; i < columns.size(); ++i) {
        if (present.contains(columns[i]) && (wanted.isEmpty() || wanted.contains(columns[i]))) {
            selected << columns[i];
            positions << i;
        }
    }
    auto query = runQuery(db, QStringLiteral("SELECT %1 FROM %2").arg(selected.join(u','), table) + tail, bindings);
    if (!query)
        return fail(query.error());
    QList<StoredHistoryRow> rows;
    while (query->next()) {
        StoredHistoryRow row(columns.size());
        for (int i = 0; i < positions.size(); ++i) {
            const QVariant value = query->value(i);
            row[positions[i]] = value.isNull() ? QString() : value.toString();
        }
        rows << row;
    }
    return rows;
}

QVariant bindValue(const QString &column, const QString &text)
{
    return historyIntegerColumn(column) ? QVariant(text.toLongLong()) : QVariant(text);
}

} // namespace

Result<HistoryOptions> HistoryOptions::fromEnvironment()
{
    HistoryOptions options;
    const QString keyFile = qEnvironmentVariable("SCHEMAPILOT_HISTORY_KEY_FILE");
    if (!keyFile.isEmpty()) {
        auto key = readHistoryKeyFile(keyFile);
        if (!key)
            return fail(key.error());
        options.hmacKey = *key;
    }
    return options;
}

HistoryStore::HistoryStore(QSqlDatabase db, HistoryOptions options)
    : m_db(std::move(db))
    , m_options(std::move(options))
{
}

Result<bool> HistoryStore::tableExists() const
{
    if (!m_db.isOpen())
        return fail(ErrorCode::ConnectionFailed, Tr::tr("The history needs an open database connection"));
    // The catalogue, not a probing SELECT: a failed statement would abort a PostgreSQL transaction.
    if (m_db.driverName().startsWith(QStringLiteral("QPSQL"))) {
        // QPSQL lists tables outside "public" as schema.table: resolve the name as the history's own
        // unqualified statements do, through the search_path (to_regclass never fails).
        auto found = queryScalar(m_db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {m_options.tableName});
        if (!found)
            return fail(found.error());
        return found->toBool();
    }
    const QStringList tables = m_db.tables(QSql::Tables);
    return tables.contains(m_options.tableName, Qt::CaseInsensitive);
}

Result<QStringList> HistoryStore::presentColumns() const
{
    const QSqlRecord record = m_db.record(m_options.tableName);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i).toLower();
    if (columns.isEmpty())
        return fail(ErrorCode::IntrospectionFailed,
                    Tr::tr("Cannot read the columns of %1").arg(m_options.tableName), m_db.lastError().text());
    return columns;
}

Result<void> HistoryStore::addMissingColumns(const QStringList &present)
{
    QStringList added;
    for (const QString &column : historyColumns()) {
        if (present.contains(column))
            continue;
        const QString sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(m_options.tableName, column, historyColumnType(m_db, column));
        if (auto ok = execSql(m_db, sql); !ok)
            return fail(ok.error());
        added << column;
    }
    if (!added.isEmpty())
        qCInfo(lcCore).noquote() << "history: added" << added.join(QStringLiteral(", ")) << "to" << m_options.tableName;
    return {};
}

Result<void> HistoryStore::ensureTable(Transaction transaction)
{
    if (m_ready)
        return {};
    auto exists = tableExists();
    if (!exists)
        return fail(exists.error());
    const QString &table = m_options.tableName;
    if (!*exists) {
        HistoryWriteScope scope(m_db, transaction == Transaction::Own);
        if (auto ok = scope.begin(); !ok)
            return ok;
        for (const QString &sql : historyCreateTableSql(m_db, table)) {
            if (auto ok = execSql(m_db, sql); !ok)
                return ok;
        }
        // Created inside the caller's transaction: a rollback may undo it, so look again next time.
        auto committed = scope.commit();
        m_ready = committed.has_value() && transaction == Transaction::Own;
        return committed;
    }
    auto present = presentColumns();
    if (!present)
        return fail(present.error());
    if (present->size() >= historyColumns().size() && present->contains(QStringLiteral("record_hash"))) {
        m_ready = true;
        return {};
    }

    // An older table: add what is missing, then seal its rows into a chain in id order.
    const bool hadChain = present->contains(QStringLiteral("record_hash"));
    HistoryWriteScope scope(m_db, transaction == Transaction::Own);
    if (auto ok = scope.begin(); !ok)
        return ok;
    if (auto ok = addMissingColumns(*present); !ok)
        return ok;
    if (!hadChain) {
        if (auto ok = resealFrom(0); !ok)
            return ok;
        qCInfo(lcCore) << "history: upgraded" << table << "in place with a tamper-evident chain";
    }
    auto committed = scope.commit();
    m_ready = committed.has_value() && transaction == Transaction::Own;
    return committed;
}

Result<QList<StoredHistoryRow>> HistoryStore::storedRows(qint64 fromId) const
{
    auto present = presentColumns();
    if (!present)
        return fail(present.error());
    return readStoredRows(m_db, m_options.tableName, *present, {}, QStringLiteral(" WHERE id >= ? ORDER BY id"), {fromId});
}

Result<void> HistoryStore::resealFrom(qint64 fromId)
{
    auto previous = queryScalar(m_db,
                                QStringLiteral("SELECT record_hash FROM %1 WHERE id < ? ORDER BY id DESC LIMIT 1").arg(m_options.tableName),
                                {fromId});
    if (!previous)
        return fail(previous.error());
    auto rows = storedRows(fromId);
    if (!rows)
        return fail(rows.error());
    const int idColumn = int(historyColumns().indexOf(QStringLiteral("id")));
    const int prevColumn = int(historyColumns().indexOf(QStringLiteral("prev_hash")));
    const QString update = QStringLiteral("UPDATE %1 SET prev_hash = ?, record_hash = ? WHERE id = ?").arg(m_options.tableName);
    QString prev = previous->isNull() ? QString() : previous->toString();
    for (StoredHistoryRow &row : *rows) {
        row[prevColumn] = prev;
        const QString seal = sealHistoryContent(canonicalHistoryContent(row), m_options.hmacKey);
        if (auto ok = execSql(m_db, update, {prev, seal, row[idColumn].toLongLong()}); !ok)
            return ok;
        prev = seal;
    }
    return {};
}

Result<HistoryRecord> HistoryStore::append(HistoryRecord record)
{
    if (auto ok = ensureTable(Transaction::Caller); !ok)
        return fail(ok.error());
    auto last = runQuery(m_db, QStringLiteral("SELECT id, record_hash FROM %1 ORDER BY id DESC LIMIT 1").arg(m_options.tableName));
    if (!last)
        return fail(last.error());
    qint64 lastId = 0;
    QString lastHash;
    if (last->next()) {
        lastId = last->value(0).toLongLong();
        lastHash = last->value(1).toString();
    }
    last->finish();

    record.id = lastId + 1;
    record.prevHash = lastHash;
    if (record.sqlSha256.isEmpty())
        record.sqlSha256 = sqlDigest(record.forwardSql);
    if (record.operatorName.isEmpty())
        record.operatorName = currentOperator();
    if (record.appVersion.isEmpty())
        record.appVersion = QStringLiteral(SCHEMAPILOT_VERSION);
    if (!record.startedAt.isValid())
        record.startedAt = QDateTime::currentDateTimeUtc();
    if (!record.finishedAt.isValid())
        record.finishedAt = record.startedAt.addMSecs(record.executionMs);
    // Times are kept at the stored precision so the returned record equals what a query reads back.
    record.startedAt = parseHistoryTimestamp(historyTimestamp(record.startedAt));
    record.finishedAt = parseHistoryTimestamp(historyTimestamp(record.finishedAt));

    StoredHistoryRow row = toStoredRow(record);
    record.recordHash = sealHistoryContent(canonicalHistoryContent(row), m_options.hmacKey);
    row = toStoredRow(record);

    const QStringList &columns = historyColumns();
    QVariantList bindings;
    for (int i = 0; i < columns.size(); ++i)
        bindings << bindValue(columns[i], row[i]);
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(m_options.tableName, columns.join(u','),
                                 QStringList(columns.size(), QStringLiteral("?")).join(u','));
    if (auto ok = execSql(m_db, sql, bindings); !ok)
        return fail(ok.error());
    return record;
}

Result<QList<HistoryRecord>> HistoryStore::appendAll(QList<HistoryRecord> records)
{
    for (HistoryRecord &record : records) {
        auto stored = append(std::move(record));
        if (!stored)
            return fail(stored.error());
        record = std::move(*stored);
    }
    return records;
}

Result<QString> HistoryStore::whereClause(const HistoryFilter &filter, const QStringList &present,
                                          QVariantList &bindings) const
{
    QStringList where;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (HistoryStatus status : filter.statuses) {
            marks << QStringLiteral("?");
            bindings << historyStatusName(status);
        }
        where << QStringLiteral("status IN (%1)").arg(marks.join(u','));
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("started_at >= ?");
        bindings << historyTimestamp(filter.since);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("started_at <= ?");
        bindings << historyTimestamp(filter.until);
    }
    if (!filter.table.isEmpty()) {
        where << QStringLiteral("table_name = ?");
        bindings << filter.table;
    }
    if (!filter.batchId.isEmpty()) {
        where << QStringLiteral("batch_id = ?");
        bindings << filter.batchId;
    }
    if (!filter.text.isEmpty()) {
        QStringList any;
        for (const char *column : {"description", "forward_sql", "rollback_sql", "error_message"}) {
            if (!present.contains(QLatin1StringView(column)))
                continue;
            any << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '!'").arg(QLatin1StringView(column));
            bindings << historyLikePattern(filter.text);
        }
        where << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    QString sql = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += filter.oldestFirst ? QStringLiteral(" ORDER BY id ASC") : QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    return sql;
}

Result<QList<StoredHistoryRow>> HistoryStore::selectRows(const HistoryFilter &filter, const QStringList &wanted) const
{
    auto exists = tableExists();
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return QList<StoredHistoryRow>{};
    auto present = presentColumns();
    if (!present)
        return fail(present.error());
    QVariantList bindings;
    auto where = whereClause(filter, *present, bindings);
    if (!where)
        return fail(where.error());

    return readStoredRows(m_db, m_options.tableName, *present, wanted, *where, bindings);
}

Result<QList<HistoryRecord>> HistoryStore::query(const HistoryFilter &filter) const
{
    auto rows = selectRows(filter, {});
    if (!rows)
        return fail(rows.error());
    QList<HistoryRecord> records;
    records.reserve(rows->size());
    for (const StoredHistoryRow &row : std::as_const(*rows))
        records << fromStoredRow(row);
    return records;
}

Result<HistoryStatistics> HistoryStore::statistics(const HistoryFilter &filter) const
{
    // Only the columns statistics need: cheap on a long history.
    static const QStringList wanted{QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("execution_ms"),
                                    QStringLiteral("batch_id"), QStringLiteral("started_at")};
    auto rows = selectRows(filter, wanted);
    if (!rows)
        return fail(rows.error());
    const QStringList &columns = historyColumns();
    const int status = int(columns.indexOf(QStringLiteral("status")));
    const int ms = int(columns.indexOf(QStringLiteral("execution_ms")));
    const int batch = int(columns.indexOf(QStringLiteral("batch_id")));
    const int started = int(columns.indexOf(QStringLiteral("started_at")));
    QList<HistoryStatSample> samples;
    samples.reserve(rows->size());
    // Stored times are fixed-width UTC text: compare them as text and parse only the two ends.
    QString first;
    QString last;
    for (const StoredHistoryRow &row : std::as_const(*rows)) {
        samples << HistoryStatSample{historyStatusFromName(row[status]).value_or(HistoryStatus::Failed),
                                     row[ms].toLongLong(), row[batch], QDateTime()};
        const QString &at = row[started];
        if (at.isEmpty())
            continue;
        if (first.isEmpty() || at < first)
            first = at;
        if (last.isEmpty() || at > last)
            last = at;
    }
    HistoryStatistics stats = computeHistoryStatistics(samples);
    stats.firstAt = parseHistoryTimestamp(first);
    stats.lastAt = parseHistoryTimestamp(last);
    return stats;
}

Result<std::optional<HistoryBatch>> HistoryStore::lastAppliedBatch() const
{
    auto exists = tableExists();
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return std::optional<HistoryBatch>{};
    auto batchId = queryScalar(m_db,
                               QStringLiteral("SELECT batch_id FROM %1 WHERE status = ? ORDER BY id DESC LIMIT 1").arg(m_options.tableName),
                               {historyStatusName(HistoryStatus::Applied)});
    if (!batchId)
        return fail(batchId.error());
    if (batchId->isNull())
        return std::optional<HistoryBatch>{};
    HistoryFilter filter;
    filter.batchId = batchId->toString();
    filter.oldestFirst = true;
    auto records = query(filter);
    if (!records)
        return fail(records.error());
    return std::optional<HistoryBatch>{HistoryBatch{filter.batchId, *records}};
}

Result<QList<HistoryBatch>> HistoryStore::batches(int limit) const
{
    auto exists = tableExists();
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return QList<HistoryBatch>{};
    QString sql = QStringLiteral("SELECT batch_id, MAX(id) AS last_id FROM %1 GROUP BY batch_id ORDER BY last_id DESC")
                      .arg(m_options.tableName);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto ids = runQuery(m_db, sql);
    if (!ids)
        return fail(ids.error());
    QStringList batchIds;
    while (ids->next())
        batchIds << ids->value(0).toString();
    ids->finish();
    QList<HistoryBatch> result;
    for (const QString &batchId : std::as_const(batchIds)) {
        HistoryFilter filter;
        filter.batchId = batchId;
        filter.oldestFirst = true;
        auto records = query(filter);
        if (!records)
            return fail(records.error());
        result << HistoryBatch{batchId, *records};
    }
    return result;
}

Result<int> HistoryStore::markRolledBack(const QString &batchId, Transaction transaction)
{
    if (auto ok = ensureTable(transaction); !ok)
        return fail(ok.error());
    const QString &table = m_options.tableName;
    const QString applied = historyStatusName(HistoryStatus::Applied);
    auto first = queryScalar(m_db, QStringLiteral("SELECT MIN(id) FROM %1 WHERE batch_id = ? AND status = ?").arg(table),
                             {batchId, applied});
    if (!first)
        return fail(first.error());
    if (first->isNull())
        return 0;
    const qint64 fromId = first->toLongLong();

    // Re-sealing must not launder tampering: the part it re-seals has to verify first.
    auto before = runQuery(m_db, QStringLiteral("SELECT id, record_hash FROM %1 WHERE id < ? ORDER BY id DESC LIMIT 1").arg(table),
                           {fromId});
    if (!before)
        return fail(before.error());
    qint64 previousId = 0;
    QString previousHash;
    if (before->next()) {
        previousId = before->value(0).toLongLong();
        previousHash = before->value(1).toString();
    }
    before->finish();
    auto tail = storedRows(fromId);
    if (!tail)
        return fail(tail.error());
    const ChainReport report = verifyHistoryChain(*tail, m_options.hmacKey, previousHash, previousId);
    if (!report.intact)
        return fail(ErrorCode::VerificationFailed,
                    Tr::tr("The history was not marked rolled back because its tamper-evident chain is broken: %1. "
                           "Investigate with `schemapilot-cli history verify`.").arg(report.reason));

    HistoryWriteScope scope(m_db, transaction == Transaction::Own);
    if (auto ok = scope.begin(); !ok)
        return fail(ok.error());
    auto changed = runQuery(m_db, QStringLiteral("UPDATE %1 SET status = ? WHERE batch_id = ? AND status = ?").arg(table),
                            {historyStatusName(HistoryStatus::RolledBack), batchId, applied});
    if (!changed)
        return fail(changed.error());
    const int count = changed->numRowsAffected();
    changed->finish();
    if (auto ok = resealFrom(fromId); !ok)
        return fail(ok.error());
    if (auto ok = scope.commit(); !ok)
        return fail(ok.error());
    return count;
}

Result<int> HistoryStore::cleanup(int keepDays, const QDateTime &now, Transaction transaction)
{
    if (keepDays < 0)
        return fail(ErrorCode::Usage, Tr::tr("Keep days must be 0 or more (got %1)").arg(keepDays));
    auto exists = tableExists();
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return 0;
    if (auto ok = ensureTable(transaction); !ok)
        return fail(ok.error());
    const QString cutoff = historyTimestamp(now.toUTC().addDays(-keepDays));
    const QString &table = m_options.tableName;
    auto doomed = queryScalar(m_db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE started_at < ? AND started_at <> ''").arg(table),
                              {cutoff});
    if (!doomed)
        return fail(doomed.error());
    if (doomed->toLongLong() == 0)
        return 0;

    auto chain = verifyChain();
    if (!chain)
        return fail(chain.error());
    if (!chain->intact)
        return fail(ErrorCode::VerificationFailed,
                    Tr::tr("Old history was kept because its tamper-evident chain is broken (a cleanup would erase "
                           "the evidence): %1").arg(chain->reason));

    HistoryWriteScope scope(m_db, transaction == Transaction::Own);
    if (auto ok = scope.begin(); !ok)
        return fail(ok.error());
    auto removed = runQuery(m_db, QStringLiteral("DELETE FROM %1 WHERE started_at < ? AND started_at <> ''").arg(table), {cutoff});
    if (!removed)
        return fail(removed.error());
    const int count = removed->numRowsAffected();
    removed->finish();
    if (auto ok = resealFrom(0); !ok)
        return fail(ok.error());
    if (auto ok = scope.commit(); !ok)
        return fail(ok.error());
    qCInfo(lcCore) << "history: removed" << count << "records older than" << keepDays << "days";
    return count;
}

Result<ChainReport> HistoryStore::verifyChain() const
{
    ChainReport report;
    auto exists = tableExists();
    if (!exists)
        return fail(exists.error());
    if (!*exists) {
        report.tablePresent = false;
        return report;
    }
    auto present = presentColumns();
    if (!present)
        return fail(present.error());
    auto rows = storedRows(0);
    if (!rows)
        return fail(rows.error());
    if (!present->contains(QStringLiteral("record_hash")) && !rows->isEmpty()) {
        report.recordCount = rows->size();
        report.intact = false;
        report.problem = ChainProblem::Unsealed;
        report.firstBadId = rows->first().value(0).toLongLong();
        report.reason = Tr::tr("The history table predates tamper evidence (no record_hash column); the next "
                               "migration upgrades it in place and seals the existing records");
        return report;
    }
    return verifyHistoryChain(*rows, m_options.hmacKey);
}

} // namespace SchemaPilot::Core
