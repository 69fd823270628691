#include "plan/estimate.h"

#include <QRegularExpression>

#include <cmath>

namespace SchemaPilot::Core {

namespace {

qsizetype indexBuilds(const PlanStep &step)
{
    static const QRegularExpression createIndex(QStringLiteral("^\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    qsizetype count = 0;
    for (const QString &sql : step.sql)
        if (createIndex.match(sql).hasMatch())
            ++count;
    return count;
}

} // namespace

qint64 estimateStepMs(const PlanStep &step)
{
    using namespace EstimateModel;
    const double rows = double(std::max<qint64>(step.affectedRows, 0));
    double ms = double(step.sql.size()) * kStatementOverheadMs;
    if (step.rewritesTable)
        ms += rows / kRowsCopiedPerMs;
    if (rows > 1)
        ms += double(indexBuilds(step)) * rows * std::log2(rows) / kIndexEntriesPerMs;
    if (step.type == OperationType::DropTable)
        ms += rows / kRowsDroppedPerMs;
    ms += double(step.verifySql.size()) * rows / kRowsScannedPerMs;
    return qint64(std::ceil(ms));
}

void estimatePlan(Plan &plan)
{
    plan.estimatedMs = 0;
    for (PlanStep &step : plan.steps) {
        step.estimatedMs = estimateStepMs(step);
        plan.estimatedMs += step.estimatedMs;
    }
}

} // namespace SchemaPilot::Core
