// Prints how long the generic differ takes on a generated 1,000-table SQLite-style schema
// (20 columns, an index, a foreign key and a check per table, with stored CREATE texts), both for
// identical schemas and with a change in every tenth table. Measured, not asserted.
#include "diff/schemadiffer.h"
#include "dialects/sqlite/sqlitediffhooks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace SchemaPilot::Core;

namespace {

Table makeTable(int t)
{
    Table table;
    table.name = QStringLiteral("table_%1").arg(t);
    QStringList definitions;
    for (int c = 0; c < 20; ++c) {
        Column column;
        column.name = QStringLiteral("col_%1").arg(c);
        column.type = c == 0 ? QStringLiteral("INTEGER") : c % 3 ? QStringLiteral("TEXT") : QStringLiteral("VARCHAR(40)");
        column.notNull = c < 4;
        if (c % 5 == 2)
            column.defaultExpr = QStringLiteral("'n/a'");
        column.primaryKeyOrdinal = c == 0 ? 1 : 0;
        table.columns << column;
        definitions << QStringLiteral("%1 %2%3%4%5").arg(column.name, column.type, c == 0 ? QStringLiteral(" PRIMARY KEY") : QString(),
                                                     column.notNull && c ? QStringLiteral(" NOT NULL") : QString(),
                                                     column.defaultExpr ? QStringLiteral(" DEFAULT ") + *column.defaultExpr : QString());
    }
    if (t > 0) {
        ForeignKey fk;
        fk.columns = {QStringLiteral("col_1")};
        fk.refTable = QStringLiteral("table_%1").arg(t - 1);
        table.foreignKeys << fk;
        definitions << QStringLiteral("FOREIGN KEY(col_1) REFERENCES %1").arg(fk.refTable);
    }
    table.checks << CheckConstraint{{}, QStringLiteral("length(col_2) > 0")};
    definitions << QStringLiteral("CHECK (length(col_2) > 0)");
    Index index;
    index.name = QStringLiteral("idx_%1").arg(t);
    index.table = table.name;
    index.parts << IndexPart{QStringLiteral("col_3"), {}, false, {}, 0};
    index.sql = QStringLiteral("CREATE INDEX %1 ON %2(col_3)").arg(index.name, table.name);
    table.indexes << index;
    table.sql = QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, definitions.join(QStringLiteral(", ")));
    return table;
}

// CPU time of this thread: on a shared, busy machine wall time mostly measures the neighbours.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

QString medianMs(const Schema &current, const Schema &desired, const DiffHooks &hooks, qsizetype *changeCount)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const ChangeSet changes = diffSchemas(current, desired, hooks);
        cpu << threadCpuMs() - cpuStart;
        wall << timer.nsecsElapsed() / 1e6;
        *changeCount = changes.changes.size();
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return QStringLiteral("%1 ms wall, %2 ms CPU (median of 9)").arg(wall[4], 0, 'f', 1).arg(cpu[4], 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Schema current;
    current.dialect = QStringLiteral("sqlite");
    for (int t = 0; t < 1000; ++t)
        current.tables << makeTable(t);
    Schema changed = current;
    for (int t = 0; t < 1000; t += 10) {
        changed.tables[t].columns[7].type = QStringLiteral("BLOB");
        changed.tables[t].sql.replace(QStringLiteral("col_7 TEXT"), QStringLiteral("col_7 BLOB"));
    }
    // Same schema, spelled differently: forces the normalisers to do the work.
    Schema respelled = current;
    for (Table &t : respelled.tables)
        t.sql = t.sql.toLower().replace(QStringLiteral(", "), QStringLiteral(",\n    "));

    SqliteDiffHooks hooks;
    QTextStream out(stdout);
    qsizetype count = 0;
    out << "diff 1000 tables x 20 columns, identical:          " << medianMs(current, current, hooks, &count) << " ("
        << count << " changes)\n";
    out << "diff 1000 tables x 20 columns, respelled CREATEs:  " << medianMs(current, respelled, hooks, &count) << " ("
        << count << " changes)\n";
    out << "diff 1000 tables x 20 columns, 100 tables changed: " << medianMs(current, changed, hooks, &count) << " ("
        << count << " changes)\n";
    // Worst case for rename suggestions: every table dropped and added under a new name.
    Schema renamed = current;
    for (Table &t : renamed.tables)
        t.name += QStringLiteral("_v2");
    out << "diff 1000 tables x 20 columns, all renamed:        " << medianMs(current, renamed, hooks, &count) << " ("
        << count << " changes)\n";
    return 0;
}
