#include "history/historystore.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/sqlexec.h"

#include <QSqlField>
#include <QSqlRecord>

namespace SchemaPilot::Core {

namespace {

enum class Flavor { SQLite, PostgreSQL, MySQL };

Flavor flavorOf(const QSqlDatabase &db)
{
    const QString driver = db.driverName();
    if (driver.startsWith(QStringLiteral("QPSQL")))
        return Flavor::PostgreSQL;
    if (driver.startsWith(QStringLiteral("QMYSQL")) || driver.startsWith(QStringLiteral("QMARIADB")))
        return Flavor::MySQL;
    return Flavor::SQLite;
}

bool isIntegerColumn(const QString &column)
{
    return column == QStringLiteral("id") || column == QStringLiteral("execution_ms");
}

QVariant bindValue(const QString &column, const QString &text)
{
    return isIntegerColumn(column) ? QVariant(text.toLongLong()) : QVariant(text);
}

// LIKE with '!' as the escape character: portable ('\' means different things in MySQL and PostgreSQL literals).
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'!', QStringLiteral("!!")).replace(u'%', QStringLiteral("!%")).replace(u'_', QStringLiteral("!_"));
    return u'%' + escaped + u'%';
}

// Begins a transaction when the store owns it; rolls back unless committed.
class WriteScope final
{
public:
    WriteScope(QSqlDatabase db, HistoryStore::Transaction mode)
        : m_db(std::move(db))
        , m_own(mode == HistoryStore::Transaction::Own)
    {
    }
    ~WriteScope()
    {
        if (m_active)
            m_db.rollback();
    }
    Result<void> begin()
    {
        if (!m_own)
            return {};
        if (!m_db.transaction())
            return fail(errorFromSql(m_db.lastError(), QStringLiteral("BEGIN")));
        m_active = true;
        return {};
    }
    Result<void> commit()
    {
        if (!m_active)
            return {};
        m_active = false;
        if (!m_db.commit())
            return fail(errorFromSql(m_db.lastError(), QStringLiteral("COMMIT")));
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_own = true;
    bool m_active = false;
};

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

QString HistoryStore::columnType(const QString &column) const
{
    const Flavor flavor = flavorOf(m_db);
    if (isIntegerColumn(column))
        return flavor == Flavor::SQLite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");
    if (flavor != Flavor::MySQL)
        return QStringLiteral("TEXT");
    // MySQL: indexable short columns need a length; long texts need room.
    static const QHash<QString, int> lengths{
        {QStringLiteral("migration_id"), 128}, {QStringLiteral("batch_id"), 64},
        {QStringLiteral("operation_type"), 64}, {QStringLiteral("table_name"), 255},
        {QStringLiteral("sql_sha256"), 64}, {QStringLiteral("status"), 16},
        {QStringLiteral("started_at"), 32}, {QStringLiteral("finished_at"), 32},
        {QStringLiteral("backup_id"), 128}, {QStringLiteral("operator"), 255},
        {QStringLiteral("app_version"), 32}, {QStringLiteral("fingerprint_before"), 128},
        {QStringLiteral("fingerprint_after"), 128}, {QStringLiteral("prev_hash"), 100},
        {QStringLiteral("record_hash"), 100},
    };
    if (lengths.contains(column))
        return QStringLiteral("VARCHAR(%1)").arg(lengths.value(column));
    if (column == QStringLiteral("forward_sql") || column == QStringLiteral("rollback_sql"))
        return QStringLiteral("MEDIUMTEXT");
    return QStringLiteral("TEXT");
}

QString HistoryStore::createTableSql() const
{
    const Flavor flavor = flavorOf(m_db);
    QStringList definitions;
    for (const QString &column : historyColumns()) {
        QString definition = column + u' ' + columnType(column);
        if (column == QStringLiteral("id"))
            definition += QStringLiteral(" PRIMARY KEY");   // ids are assigned by append: the chain order
        definitions << definition;
    }
    const QString &table = m_options.tableName;
    if (flavor == Flavor::MySQL) {
        // MySQL has no CREATE INDEX IF NOT EXISTS: declare the indexes with the table.
        definitions << QStringLiteral("INDEX %1_batch_idx (batch_id)").arg(table)
                    << QStringLiteral("INDEX %1_started_idx (started_at)").arg(table);
        return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4")
            .arg(table, definitions.join(QStringLiteral(", ")));
    }
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(table, definitions.join(QStringLiteral(", ")));
}

Result<void> HistoryStore::addMissingColumns(const QStringList &present)
{
    for (const QString &column : historyColumns()) {
        if (present.contains(column))
            continue;
        const QString sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(m_options.tableName, column, columnType(column));
        if (auto ok = execSql(m_db, sql); !ok)
            return fail(ok.error());
        qCInfo(lcCore) << "history: added column" << column << "to" << m_options.tableName;
    }
    return {};
}

Result<void> HistoryStore::ensureTable(Transaction transaction)
{
    auto exists = tableExists();
    if (!exists)
        return fail(exists.error());
    const QString &table = m_options.tableName;
    if (!*exists) {
        WriteScope scope(m_db, transaction);
        if (auto ok = scope.begin(); !ok)
            return ok;
        if (auto ok = execSql(m_db, createTableSql()); !ok)
            return ok;
        if (flavorOf(m_db) != Flavor::MySQL) {
            for (const auto &[suffix, column] : {std::pair{"batch_idx", "batch_id"}, std::pair{"started_idx", "started_at"}}) {
                const QString sql = QStringLiteral("CREATE INDEX IF NOT EXISTS %1_%2 ON %1 (%3)")
                                        .arg(table, QLatin1StringView(suffix), QLatin1StringView(column));
                if (auto ok = execSql(m_db, sql); !ok)
                    return ok;
            }
        }
        return scope.commit();
    }
    auto present = presentColumns();
    if (!present)
        return fail(present.error());
    if (present->size() >= historyColumns().size() && present->contains(QStringLiteral("record_hash")))
        return {};

    // An older table: add what is missing, then seal its rows into a chain in id order.
    const bool hadChain = present->contains(QStringLiteral("record_hash"));
    WriteScope scope(m_db, transaction);
    if (auto ok = scope.begin(); !ok)
        return ok;
    if (auto ok = addMissingColumns(*present); !ok)
        return ok;
    if (!hadChain) {
        if (auto ok = resealFrom(0); !ok)
            return ok;
        qCInfo(lcCore) << "history: upgraded" << table << "in place with a tamper-evident chain";
    }
    return scope.commit();
}

Result<QList<StoredHistoryRow>> HistoryStore::storedRows(qint64 fromId) const
{
    auto present = presentColumns();
    if (!present)
        return fail(present.error());
    // Missing columns (an older table) read as "", exactly as NULL does.
    QStringList selected;
    QList<int> positions;
    const QStringList &columns = historyColumns();
    for (int i = 0; i < columns.size(); ++i) {
        if (present->contains(columns[i])) {
            selected << columns[i];
            positions << i;
        }
    }
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT %1 FROM %2 WHERE id >= ? ORDER BY id").arg(selected.join(u','), m_options.tableName),
                          {fromId});
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
            bindings << likePattern(filter.text);
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

    // Missing columns (an older table) read as "", exactly as NULL does.
    QStringList selected;
    QList<int> positions;
    const QStringList &columns = historyColumns();
    for (int i = 0; i < columns.size(); ++i) {
        if (present->contains(columns[i]) && (wanted.isEmpty() || wanted.contains(columns[i]))) {
            selected << columns[i];
            positions << i;
        }
    }
    auto query = runQuery(m_db, QStringLiteral("SELECT %1 FROM %2").arg(selected.join(u','), m_options.tableName) + *where,
                          bindings);
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

    WriteScope scope(m_db, transaction);
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

    WriteScope scope(m_db, transaction);
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
