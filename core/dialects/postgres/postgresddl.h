#pragma once

#include "model/schema.h"

#include <QSet>
#include <QStringList>

// Internal to the PostgreSQL dialect: DDL text for model values. Pure string building.
namespace SchemaPilot::Core::PostgresDdl {

QString q(const QString &identifier);   // always quoted

// Sequence a default nextval('seq'::regclass) draws from, empty when it is no such default.
QString nextvalSequence(const std::optional<QString> &defaultExpr);
// True when the column's default draws from a sequence that is not a free-standing schema
// object, i.e. the column is serial and the sequence comes and goes with it.
bool isSerial(const Column &column, const QSet<QString> &freeSequences);

// "name type [COLLATE c] [GENERATED ...] [DEFAULT d] [NOT NULL]"; serial columns as serial types.
QString columnDefinition(const Column &column, const QSet<QString> &freeSequences);
// CREATE TABLE with columns, primary key, unique and check constraints (foreign keys come later),
// followed by COMMENT ON statements.
QStringList createTable(const Table &table, const QSet<QString> &freeSequences);
// " DEFERRABLE [INITIALLY DEFERRED]", empty when not deferrable.
QString deferralClause(bool deferrable, bool initiallyDeferred);
QString primaryKeyClause(const Table &table);
QString uniqueClause(const UniqueConstraint &unique);
QString checkClause(const CheckConstraint &check);
QString foreignKeyClause(const ForeignKey &foreignKey);
QString alterTable(const QString &table, const QString &action);
QString dropConstraint(const QString &table, const QString &name);
// CREATE INDEX from the engine's own definition when known, else from the parts.
QString createIndex(const Index &index, bool concurrently);
QString dropIndex(const Index &index, bool concurrently);
QString commentOnTable(const QString &table, const QString &comment);
QString commentOnColumn(const QString &table, const QString &column, const QString &comment);
QString dropView(const View &view);
QString createTrigger(const Trigger &trigger);
QString dropTrigger(const Trigger &trigger);

} // namespace SchemaPilot::Core::PostgresDdl
