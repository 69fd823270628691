#include "history/historysql.h"

#include "db/sqlexec.h"
#include "history/historyrecord.h"

#include <QHash>

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

} // namespace

bool historyIntegerColumn(const QString &column)
{
    return column == QStringLiteral("id") || column == QStringLiteral("execution_ms");
}

QString historyColumnType(const QSqlDatabase &db, const QString &column)
{
    const Flavor flavor = flavorOf(db);
    if (historyIntegerColumn(column))
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

QStringList historyCreateTableSql(const QSqlDatabase &db, const QString &table)
{
    QStringList definitions;
    for (const QString &column : historyColumns()) {
        QString definition = column + u' ' + historyColumnType(db, column);
        if (column == QStringLiteral("id"))
            definition += QStringLiteral(" PRIMARY KEY");   // ids are assigned by append: the chain order
        definitions << definition;
    }
    if (flavorOf(db) == Flavor::MySQL) {
        // MySQL has no CREATE INDEX IF NOT EXISTS: declare the indexes with the table.
        definitions << QStringLiteral("INDEX %1_batch_idx (batch_id)").arg(table)
                    << QStringLiteral("INDEX %1_started_idx (started_at)").arg(table);
        return {QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4")
                    .arg(table, definitions.join(QStringLiteral(", ")))};
    }
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(table, definitions.join(QStringLiteral(", "))),
            QStringLiteral("CREATE INDEX IF NOT EXISTS %1_batch_idx ON %1 (batch_id)").arg(table),
            QStringLiteral("CREATE INDEX IF NOT EXISTS %1_started_idx ON %1 (started_at)").arg(table)};
}

QString historyLikePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'!', QStringLiteral("!!")).replace(u'%', QStringLiteral("!%")).replace(u'_', QStringLiteral("!_"));
    return u'%' + escaped + u'%';
}

HistoryWriteScope::HistoryWriteScope(QSqlDatabase db, bool own)
    : m_db(std::move(db))
    , m_own(own)
{
}

HistoryWriteScope::~HistoryWriteScope()
{
    if (m_active)
        m_db.rollback();
}

Result<void> HistoryWriteScope::begin()
{
    if (!m_own)
        return {};
    if (!m_db.transaction())
        return fail(errorFromSql(m_db.lastError(), QStringLiteral("BEGIN")));
    m_active = true;
    return {};
}

Result<void> HistoryWriteScope::commit()
{
    if (!m_active)
        return {};
    m_active = false;
    if (!m_db.commit())
        return fail(errorFromSql(m_db.lastError(), QStringLiteral("COMMIT")));
    return {};
}

} // namespace SchemaPilot::Core
