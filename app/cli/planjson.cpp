#include "planjson.h"

#include <QJsonValue>

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

QJsonObject stepToJson(const PlanStep &step)
{
    return QJsonObject{
        {QStringLiteral("type"), operationTypeName(step.type)},
        {QStringLiteral("table"), step.table},
        {QStringLiteral("column"), step.column.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(step.column)},
        {QStringLiteral("sql"), QJsonArray::fromStringList(step.sql)},
        {QStringLiteral("rollback_sql"), QJsonArray::fromStringList(step.rollbackSql)},
        {QStringLiteral("rollback_restores_data"), step.rollbackRestoresData},
        {QStringLiteral("destructive"), step.destructive},
        {QStringLiteral("transactional"), step.transactional},
        {QStringLiteral("complexity"), complexityName(step.complexity)},
        {QStringLiteral("complexity_reason"), step.complexityReason},
        {QStringLiteral("comment"), step.comment},
        {QStringLiteral("affected_rows"), step.affectedRows},
        {QStringLiteral("estimated_ms"), step.estimatedMs},
        {QStringLiteral("warnings"), warningsToJson(step.warnings)},
    };
}

QJsonArray stepsToJson(const QList<PlanStep> &steps)
{
    QJsonArray array;
    for (const PlanStep &step : steps)
        array.append(stepToJson(step));
    return array;
}

QString formatMs(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 120000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 min").arg(double(ms) / 60000.0, 0, 'f', 1);
}

void printPlanSteps(Io &io, const Plan &plan)
{
    int number = 0;
    for (const PlanStep &step : plan.steps) {
        ++number;
        const QString target = step.column.isEmpty() ? step.table : step.table + u'.' + step.column;
        io.out() << io.bold(QStringLiteral("%1. %2 %3").arg(number, 2).arg(operationTypeName(step.type), target))
                 << "  " << io.complexity(step.complexity, u'[' + complexityName(step.complexity) + u']')
                 << (step.destructive ? u' ' + io.red(QStringLiteral("DESTRUCTIVE")) : QString())
                 << io.dim(QStringLiteral("  ~%1").arg(formatMs(step.estimatedMs))) << '\n';
        if (!step.comment.isEmpty())
            io.out() << "    " << step.comment << '\n';
        if (!step.complexityReason.isEmpty())
            io.out() << "    " << io.dim(QStringLiteral("why %1: %2").arg(complexityName(step.complexity), step.complexityReason)) << '\n';
        // Statements keep their own line breaks: a "--" comment inside one must not swallow the next line.
        const auto printSql = [&](const QString &label, const QString &sql) {
            const QStringList lines = sql.trimmed().split(u'\n');
            io.out() << "    " << label << lines.first() << '\n';
            for (qsizetype i = 1; i < lines.size(); ++i)
                io.out() << "             " << lines[i] << '\n';
        };
        for (const QString &sql : step.sql)
            printSql(io.green(QStringLiteral("sql      ")), sql);
        for (const QString &sql : step.rollbackSql)
            printSql(io.dim(QStringLiteral("rollback ")), sql);
        if (!step.rollbackRestoresData)
            io.out() << "    " << io.yellow(QStringLiteral("rollback restores the structure, not the data")) << '\n';
        for (const Warning &w : step.warnings)
            io.out() << "    " << io.severity(w.severity, QStringLiteral("%1 %2").arg(w.code, severityName(w.severity)))
                     << ": " << w.message << '\n';
    }
}

} // namespace SchemaPilot::Cli
