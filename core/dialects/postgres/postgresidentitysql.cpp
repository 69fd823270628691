#include "dialects/postgres/postgresidentitysql.h"

#include "dialects/postgres/postgresddl.h"
#include "dialects/postgres/postgresinspector.h"

#include <QRegularExpression>

namespace SchemaPilot::Core::PostgresPlan {

using namespace PostgresDdl;

// "ADD GENERATED ALWAYS AS IDENTITY (INCREMENT BY ...)"
QString addIdentity(const Column &column)
{
    return QStringLiteral("ADD GENERATED %1 AS IDENTITY").arg(column.identity)
           + (column.identityOptions.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(column.identityOptions));
}

namespace {

// The next value a column's own sequence (serial or identity) would give, and no less than one
// past the largest value the column holds. Draws that value, which only matters to a sequence
// on its way out.
QString nextNumberSql(const QString &table, const QString &column, const QString &sequenceRegclass)
{
    return QStringLiteral("GREATEST(COALESCE((SELECT max(%1) FROM %2), 0) + 1, nextval(%3))").arg(q(column), q(table), sequenceRegclass);
}

QString ownSequence(const QString &table, const QString &column)
{
    return QStringLiteral("pg_get_serial_sequence(%1, %2)").arg(postgresLiteral(q(table)), postgresLiteral(column));
}

} // namespace

// The serial column's sequence makes way for an identity that starts where it stopped; then it goes.
QStringList serialToIdentitySql(const QString &table, const Column &serial, const Column &identity)
{
    const QString sequence = nextvalSequence(serial.defaultExpr);
    const QString aside = (sequence.left(63 - 16) + QStringLiteral("_schemapilot_old"));
    return {alterTable(table, QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(q(serial.name))),
            QStringLiteral("ALTER SEQUENCE %1 RENAME TO %2").arg(q(sequence), q(aside)),
            // still owned by the column, pg_get_serial_sequence() would name it rather than the identity's
            QStringLiteral("ALTER SEQUENCE %1 OWNED BY NONE").arg(q(aside)),
            alterTable(table, QStringLiteral("ALTER COLUMN %1 %2").arg(q(identity.name), addIdentity(identity))),
            QStringLiteral("SELECT setval(%1, %2, false)")
                .arg(ownSequence(table, identity.name), nextNumberSql(table, identity.name, postgresLiteral(q(aside)))),
            QStringLiteral("DROP SEQUENCE %1").arg(q(aside))};
}

// The identity's sequence hands over to a new one owned by the column, as `serial` makes it.
QStringList identityToSerialSql(const QString &table, const Column &identity, const Column &serial)
{
    const QString sequence = nextvalSequence(serial.defaultExpr);
    const QString fresh = (sequence.left(63 - 16) + QStringLiteral("_schemapilot_new"));
    return {QStringLiteral("CREATE SEQUENCE %1 AS %2").arg(q(fresh), serial.type),
            QStringLiteral("SELECT setval(%1, %2, false)")
                .arg(postgresLiteral(q(fresh)), nextNumberSql(table, identity.name, ownSequence(table, identity.name))),
            alterTable(table, QStringLiteral("ALTER COLUMN %1 DROP IDENTITY").arg(q(identity.name))),
            QStringLiteral("ALTER SEQUENCE %1 RENAME TO %2").arg(q(fresh), q(sequence)),
            QStringLiteral("ALTER SEQUENCE %1 OWNED BY %2.%3").arg(q(sequence), q(table), q(serial.name)),
            alterTable(table, QStringLiteral("ALTER COLUMN %1 SET DEFAULT %2").arg(q(serial.name), *serial.defaultExpr))};
}

// Column::identityOptions as ALTER COLUMN clauses: "SET INCREMENT BY 1 SET MINVALUE 1 ...".
QString setSequenceOptions(const QString &options)
{
    static const QRegularExpression option(QStringLiteral(R"((INCREMENT BY|MINVALUE|MAXVALUE|START WITH|CACHE|NO CYCLE|CYCLE)\b)"));
    QString sql = options;
    sql.replace(option, QStringLiteral("SET \\1"));
    return sql;
}

} // namespace SchemaPilot::Core::PostgresPlan
