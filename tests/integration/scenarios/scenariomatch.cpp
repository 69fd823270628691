#include "scenariomatch.h"

namespace SchemaPilot::Test {

using namespace SchemaPilot::Core;

namespace {

QString where(const QString &table, const QString &column)
{
    return column.isEmpty() ? table : table + u'.' + column;
}

QStringList withoutRecreatedDependents(QStringList operations)
{
    for (const auto &[drop, create] : {std::pair{QStringLiteral("DROP_VIEW "), QStringLiteral("CREATE_VIEW ")},
                                       std::pair{QStringLiteral("DROP_TRIGGER "), QStringLiteral("CREATE_TRIGGER ")}}) {
        for (qsizetype i = 0; i < operations.size(); ++i) {
            if (!operations.at(i).startsWith(drop))
                continue;
            const qsizetype again = operations.indexOf(create + operations.at(i).mid(drop.size()), i + 1);
            if (again < 0)
                continue;
            operations.removeAt(again);
            operations.removeAt(i--);
        }
    }
    return operations;
}

// On SQLite, runs of changes a rebuild carries out, on one table, become "REBUILD_TABLE table".
QStringList asSqliteRebuilds(const QStringList &expected)
{
    static const QStringList rebuilt{QStringLiteral("ALTER_COLUMN_TYPE"), QStringLiteral("ALTER_COLUMN"),
                                     QStringLiteral("ADD_FOREIGN_KEY"), QStringLiteral("DROP_FOREIGN_KEY"),
                                     QStringLiteral("ADD_CONSTRAINT"), QStringLiteral("DROP_CONSTRAINT"),
                                     QStringLiteral("DROP_COLUMN"), QStringLiteral("ADD_COLUMN")};
    QStringList result;
    for (const QString &operation : expected) {
        const QString type = operation.section(u' ', 0, 0);
        const QString table = operation.section(u' ', 1).section(u'.', 0, 0);
        if (!rebuilt.contains(type)) {
            result << operation;
            continue;
        }
        const QString rebuild = QStringLiteral("REBUILD_TABLE ") + table;
        if (result.isEmpty() || result.last() != rebuild)
            result << rebuild;
    }
    return result;
}

// InnoDB needs an index on a foreign key's columns and makes one when none exists; MySQL plans
// create that index as a step of its own right before the foreign key.
QStringList withoutForeignKeyIndexes(QStringList operations)
{
    for (qsizetype i = operations.size() - 1; i > 0; --i) {
        const QString table = operations.at(i).section(u' ', 1).section(u'.', 0, 0);
        if (operations.at(i).startsWith(QStringLiteral("ADD_FOREIGN_KEY "))
            && operations.at(i - 1) == QStringLiteral("CREATE_INDEX ") + table)
            operations.removeAt(--i);
    }
    return operations;
}

} // namespace

QStringList describeOperations(const Plan &plan)
{
    QStringList operations;
    for (const PlanStep &step : plan.steps)
        operations << operationTypeName(step.type) + u' ' + where(step.table, step.column);
    return operations;
}

bool operationsMatch(const QStringList &expected, const QStringList &actual, Engine engine)
{
    QStringList net = withoutRecreatedDependents(actual);
    if (engine == Engine::MySQL)
        net = withoutForeignKeyIndexes(net);
    if (net == expected)
        return true;
    return engine == Engine::SQLite && net == asSqliteRebuilds(expected);
}

QStringList describeFindings(const Plan &plan)
{
    QStringList findings;
    for (const Warning &w : plan.allWarnings()) {
        if (w.code.startsWith(QStringLiteral("DS")) || w.code.startsWith(QStringLiteral("MF"))
            || w.code.startsWith(QStringLiteral("BC")) || w.code.startsWith(QStringLiteral("RN")))
            findings << ExpectedWarning{w.code, w.table, w.column, w.count}.describe();
    }
    findings.sort();
    return findings;
}

QStringList describeExpected(const QList<ExpectedWarning> &warnings)
{
    QStringList texts;
    for (const ExpectedWarning &w : warnings)
        texts << w.describe();
    texts.sort();
    return texts;
}

QStringList describeConsentItems(const QList<ConsentItem> &items)
{
    QStringList texts;
    for (const ConsentItem &item : items)
        texts << QStringLiteral("%1 %2 %3").arg(operationTypeName(item.type), where(item.table, item.column)).arg(item.rowsLost);
    return texts;
}

} // namespace SchemaPilot::Test
