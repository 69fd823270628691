#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace SchemaPilot::Core {

// Maps a driver error to an Error with a code a caller can act on (locked, corrupt, ...).
SCHEMAPILOT_CORE_EXPORT Error errorFromSql(const QSqlError &error, const QString &statement = {});

// Runs one statement. Qt's drivers run only the first statement of a string: pass one at a time.
SCHEMAPILOT_CORE_EXPORT Result<void> execSql(const QSqlDatabase &db, const QString &sql,
                                             const QVariantList &bindings = {});
// Runs a query and returns it positioned before the first row.
SCHEMAPILOT_CORE_EXPORT Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql,
                                                  const QVariantList &bindings = {});
// First column of the first row (invalid QVariant when there is no row).
SCHEMAPILOT_CORE_EXPORT Result<QVariant> queryScalar(const QSqlDatabase &db, const QString &sql,
                                                    const QVariantList &bindings = {});

} // namespace SchemaPilot::Core
