#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

// Internal to the history module: the per-engine SQL of the history table.
namespace SchemaPilot::Core {

bool historyIntegerColumn(const QString &column);
// The column's type on the connection's engine (TEXT/VARCHAR(n)/MEDIUMTEXT, INTEGER/BIGINT).
QString historyColumnType(const QSqlDatabase &db, const QString &column);
// CREATE TABLE IF NOT EXISTS and its indexes, one statement per entry.
QStringList historyCreateTableSql(const QSqlDatabase &db, const QString &table);
// A case-insensitive substring pattern for LOWER(col) LIKE ? ESCAPE '!' ('!' because '\' means
// different things in MySQL and PostgreSQL literals).
QString historyLikePattern(const QString &text);

// Begins a transaction when `own`, else runs inside the caller's; rolls back unless committed.
class HistoryWriteScope final
{
public:
    HistoryWriteScope(QSqlDatabase db, bool own);
    ~HistoryWriteScope();
    HistoryWriteScope(const HistoryWriteScope &) = delete;
    HistoryWriteScope &operator=(const HistoryWriteScope &) = delete;
    Result<void> begin();
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_own = true;
    bool m_active = false;
};

} // namespace SchemaPilot::Core
