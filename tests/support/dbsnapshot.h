#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Test {

// Schema and every row of every user table (SchemaPilot's own tables left out), as text:
// equal snapshots mean the database holds the same thing. Tables are dumped in rowid order.
QStringList snapshotUserTables(const QString &path);
// The file's bytes, to prove that nothing at all was written.
QByteArray fileBytes(const QString &path);

} // namespace SchemaPilot::Test
