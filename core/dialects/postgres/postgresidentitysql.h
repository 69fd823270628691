#pragma once

#include "model/column.h"

#include <QStringList>

// Internal to the PostgreSQL planner: identity columns, and turning serial columns into identity
// columns and back (the sequence changes hands; numbering continues past the old sequence and the data).
namespace SchemaPilot::Core::PostgresPlan {

// "ADD GENERATED ALWAYS AS IDENTITY (INCREMENT BY ...)"
QString addIdentity(const Column &column);
// Column::identityOptions as ALTER COLUMN clauses: "SET INCREMENT BY 1 SET MINVALUE 1 ...".
QString setSequenceOptions(const QString &options);
// `serial` (its default draws from its own sequence) becomes `identity`; the sequence is dropped.
QStringList serialToIdentitySql(const QString &table, const Column &serial, const Column &identity);
// `identity` becomes `serial`, with a new sequence owned by the column under the desired name.
QStringList identityToSerialSql(const QString &table, const Column &identity, const Column &serial);

} // namespace SchemaPilot::Core::PostgresPlan
