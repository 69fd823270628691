#pragma once

#include <QString>
#include <QStringList>

namespace SchemaPilot::Test {

// Runs planned statements on a real SQLite file the way the executor must: foreign key
// enforcement off (it cannot change inside a transaction), BEGIN IMMEDIATE, the statements one
// by one, then every verification query (a row back means failure, e.g. foreign_key_check),
// COMMIT; on any failure ROLLBACK. Returns "" or the error with the failing statement.
// `foreignKeysOff` false runs with enforcement on (to show what the planner protects against).
QString runSqliteScript(const QString &path, const QStringList &statements, const QStringList &verify = {},
                        bool foreignKeysOff = true);

} // namespace SchemaPilot::Test
