#include "dialects/mysql/mysqlobjectsteps.h"

#include "common/tr.h"
#include "plan/warningcodes.h"

#include <QRegularExpression>

namespace SchemaPilot::Core::MysqlSteps {

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == u"procedure")
        return Tr::tr("procedure");
    if (kind == u"function")
        return Tr::tr("function");
    if (kind == u"event")
        return Tr::tr("event");
    if (kind == u"sequence")
        return Tr::tr("sequence");
    return kind;
}

// "CREATE SEQUENCE `s` start with 1 ... nocycle ENGINE=InnoDB" -> "ALTER SEQUENCE `s` start with 1 ... nocycle":
// ALTER SEQUENCE takes the same options and leaves the next value alone.
QString alterSequenceSql(const SchemaObject &sequence)
{
    QString sql = sequence.sql;
    static const QRegularExpression head(QStringLiteral(R"(^\s*CREATE\s+SEQUENCE\s+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression engine(QStringLiteral(R"(\s+ENGINE\s*=\s*\w+\s*$)"), QRegularExpression::CaseInsensitiveOption);
    sql.replace(head, QStringLiteral("ALTER SEQUENCE "));
    sql.replace(engine, QString());
    return sql;
}

PlanStep objectStep(OperationType type, const SchemaObject &object, const QString &comment)
{
    PlanStep step;
    step.type = type;
    step.table = object.name;
    step.comment = comment;
    return step;
}

} // namespace

PlanStep createObject(const SchemaObject &object)
{
    PlanStep step = objectStep(OperationType::CreateObject, object, Tr::tr("Create %1 %2").arg(kindLabel(object.kind), object.name));
    step.sql << object.sql;
    step.rollbackSql << object.dropSql;
    return step;
}

PlanStep dropObject(const SchemaObject &object)
{
    PlanStep step = objectStep(OperationType::DropObject, object, Tr::tr("Drop %1 %2").arg(kindLabel(object.kind), object.name));
    step.sql << object.dropSql;
    step.rollbackSql << object.sql;
    if (object.kind == u"sequence") {
        step.destructive = true;
        step.rollbackRestoresData = false;
        step.warnings << Warning{QString(WarningCode::DropTable), Severity::Danger,
                                 Tr::tr("Sequence %1 is dropped with its current value; the rollback recreates it at its "
                                        "start value, only the backup has the value it had reached")
                                     .arg(object.name),
                                 object.name, {}, -1};
    } else {
        step.warnings << Warning{QString(WarningCode::DropViewOrTrigger), Severity::Info,
                                 Tr::tr("The %1 %2 is dropped; callers of it fail from now on").arg(kindLabel(object.kind), object.name),
                                 object.name, {}, -1};
    }
    return step;
}

PlanStep replaceObject(const SchemaObject &from, const SchemaObject &to)
{
    PlanStep step = objectStep(OperationType::CreateObject, to, Tr::tr("Replace %1 %2").arg(kindLabel(to.kind), to.name));
    if (to.kind == u"sequence") {
        step.comment = Tr::tr("Change sequence %1 (its next value stays)").arg(to.name);
        step.sql << alterSequenceSql(to);
        step.rollbackSql << alterSequenceSql(from);
        return step;
    }
    step.sql << from.dropSql << to.sql;
    step.rollbackSql << to.dropSql << from.sql;
    return step;
}

} // namespace SchemaPilot::Core::MysqlSteps
