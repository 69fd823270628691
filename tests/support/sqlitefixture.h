#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace SchemaPilot::Test {

// A real SQLite file in a temporary folder, filled by executing statements through the
// sqlite3 C API (multi-statement strings allowed). QVERIFY-friendly: returns an error text or "".
QString createSqliteFile(const QString &path, const QString &sql);
// Executes SQL (several statements allowed) against an existing file; returns an error text or "".
QString execSqliteFile(const QString &path, const QString &sql);
// One column of text results of a query, for assertions.
QStringList querySqliteFile(const QString &path, const QString &sql);

// Path of a file in tests/data.
QString testDataPath(const QString &relative);

} // namespace SchemaPilot::Test
