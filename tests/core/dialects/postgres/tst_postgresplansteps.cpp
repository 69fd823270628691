#include "dialects/postgres/postgresplanner.h"

#include <QTest>

using namespace SchemaPilot::Core;

// Golden checks of single planned steps (pure: no server). The full behaviour against a real
// server is in tests/integration/postgres/tst_postgresplanner.cpp.
namespace {

Column column(const QString &name, const QString &type, bool notNull = false)
{
    Column c;
    c.name = name;
    c.type = type;
    c.notNull = notNull;
    return c;
}

Table table(const QString &name, QList<Column> columns, qint64 rows)
{
    Table t;
    t.name = name;
    t.columns = std::move(columns);
    t.rowEstimate = rows;
    return t;
}

struct Fixture {
    Schema current;
    Schema desired;
    ChangeSet changes;

    Result<Plan> plan(const PlanOptions &options = {}) const
    {
        return PostgresPlanner().plan(changes, current, desired, options);
    }
};

Fixture modifyColumn(const Column &from, const Column &to, ColumnAspects what, qint64 rows = 10)
{
    Fixture f;
    Table before = table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("integer"), true), from}, rows);
    Table after = table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("integer"), true), to}, -1);
    f.current.tables << before;
    f.desired.tables << after;
    f.changes.changes << change::ModifyTable{before, after, {change::ModifyColumn{from, to, what}}};
    return f;
}

bool hasLockWarning(const PlanStep &step, const QString &text)
{
    for (const Warning &w : step.warnings)
        if (w.code == u"LK101" && w.message == text)
            return true;
    return false;
}

} // namespace

class TestPostgresPlanSteps final : public QObject
{
    Q_OBJECT

private slots:
    void typeChangeUsesCastAndNamesTheRewrite()
    {
        const Fixture f = modifyColumn(column(QStringLiteral("c"), QStringLiteral("text")),
                                       column(QStringLiteral("c"), QStringLiteral("integer")), ColumnAspect::Type);
        auto plan = f.plan();
        QVERIFY(plan.has_value());
        QCOMPARE(plan->steps.size(), 1);
        const PlanStep &step = plan->steps.first();
        QCOMPARE(step.type, OperationType::AlterColumnType);
        QCOMPARE(step.sql, QStringList{QStringLiteral("ALTER TABLE \"t\" ALTER COLUMN \"c\" TYPE integer USING \"c\"::integer")});
        QCOMPARE(step.rollbackSql, QStringList{QStringLiteral("ALTER TABLE \"t\" ALTER COLUMN \"c\" TYPE text USING \"c\"::text")});
        QVERIFY(step.rewritesTable);
        QVERIFY(hasLockWarning(step, QStringLiteral("ACCESS EXCLUSIVE lock; table rewrite")));
        QVERIFY(plan->transactional);
    }

    void widerVarcharNeedsNoRewrite()
    {
        const Fixture f = modifyColumn(column(QStringLiteral("c"), QStringLiteral("character varying(10)")),
                                       column(QStringLiteral("c"), QStringLiteral("character varying(20)")), ColumnAspect::Type);
        auto plan = f.plan();
        QVERIFY(plan.has_value());
        QVERIFY(!plan->steps.first().rewritesTable);
        QVERIFY(plan->steps.first().warnings.first().message.contains(QStringLiteral("no rewrite")));
    }

    void typeChangeTakesTheDefaultOffAndBack()
    {
        Column from = column(QStringLiteral("c"), QStringLiteral("text"));
        from.defaultExpr = QStringLiteral("'1'::text");
        Column to = column(QStringLiteral("c"), QStringLiteral("integer"));
        to.defaultExpr = QStringLiteral("1");
        auto plan = modifyColumn(from, to, ColumnAspect::Type | ColumnAspect::Default).plan();
        QVERIFY(plan.has_value());
        QCOMPARE(plan->steps.first().sql, (QStringList{
            QStringLiteral("ALTER TABLE \"t\" ALTER COLUMN \"c\" DROP DEFAULT"),
            QStringLiteral("ALTER TABLE \"t\" ALTER COLUMN \"c\" TYPE integer USING \"c\"::integer"),
            QStringLiteral("ALTER TABLE \"t\" ALTER COLUMN \"c\" SET DEFAULT 1")}));
    }

    void setNotNullOnLargeTableValidatesACheckFirst()
    {
        const Fixture f = modifyColumn(column(QStringLiteral("c"), QStringLiteral("text")),
                                       column(QStringLiteral("c"), QStringLiteral("text"), true), ColumnAspect::Nullability, 500000);
        auto plan = f.plan();
        QVERIFY(plan.has_value());
        const QStringList sql = plan->steps.first().sql;
        QCOMPARE(sql.size(), 4);
        QVERIFY(sql.at(0).endsWith(QStringLiteral("CHECK (\"c\" IS NOT NULL) NOT VALID")));
        QVERIFY(sql.at(1).contains(QStringLiteral("VALIDATE CONSTRAINT")));
        QCOMPARE(sql.at(2), QStringLiteral("ALTER TABLE \"t\" ALTER COLUMN \"c\" SET NOT NULL"));
        QCOMPARE(plan->steps.first().rollbackSql, QStringList{QStringLiteral("ALTER TABLE \"t\" ALTER COLUMN \"c\" DROP NOT NULL")});
    }

    void dropColumnIsDestructiveAndRollbackRestoresStructureOnly()
    {
        Fixture f;
        const Column dropped = column(QStringLiteral("c"), QStringLiteral("numeric(8,2)"), true);
        Table before = table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("integer")), dropped}, 10);
        Table after = table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("integer"))}, -1);
        f.current.tables << before;
        f.desired.tables << after;
        f.changes.changes << change::ModifyTable{before, after, {change::DropColumn{dropped}}};
        auto plan = f.plan();
        QVERIFY(plan.has_value());
        const PlanStep &step = plan->steps.first();
        QCOMPARE(step.type, OperationType::DropColumn);
        QVERIFY(step.destructive);
        QVERIFY(!step.rollbackRestoresData);
        QCOMPARE(step.rollbackSql, QStringList{QStringLiteral("ALTER TABLE \"t\" ADD COLUMN \"c\" numeric(8,2) NOT NULL")});
    }

    void foreignKeyOnLargeTableIsAddedNotValidThenValidated_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QStringList>("sql");
        const QString add = QStringLiteral("ALTER TABLE \"orders\" ADD CONSTRAINT \"orders_c_fkey\" FOREIGN KEY (\"c\") "
                                           "REFERENCES \"customers\" (\"id\") ON DELETE CASCADE");
        QTest::newRow("small table: one statement") << qint64(10) << QStringList{add};
        QTest::newRow("large table: NOT VALID, then VALIDATE")
            << qint64(200000)
            << QStringList{add + QStringLiteral(" NOT VALID"),
                           QStringLiteral("ALTER TABLE \"orders\" VALIDATE CONSTRAINT \"orders_c_fkey\"")};
    }

    void foreignKeyOnLargeTableIsAddedNotValidThenValidated()
    {
        QFETCH(qint64, rows);
        QFETCH(QStringList, sql);
        Fixture f;
        Table before = table(QStringLiteral("orders"), {column(QStringLiteral("c"), QStringLiteral("integer"))}, rows);
        Table after = before;
        ForeignKey fk;
        fk.name = QStringLiteral("orders_c_fkey");
        fk.columns = QStringList{QStringLiteral("c")};
        fk.refTable = QStringLiteral("customers");
        fk.refColumns = QStringList{QStringLiteral("id")};
        fk.onDelete = QStringLiteral("CASCADE");
        after.foreignKeys << fk;
        f.current.tables << before;
        f.desired.tables << after;
        f.changes.changes << change::ModifyTable{before, after, {change::AddForeignKey{fk}}};
        auto plan = f.plan();
        QVERIFY(plan.has_value());
        QCOMPARE(plan->steps.first().type, OperationType::AddForeignKey);
        QCOMPARE(plan->steps.first().sql, sql);
        QCOMPARE(plan->steps.first().rollbackSql,
                 QStringList{QStringLiteral("ALTER TABLE \"orders\" DROP CONSTRAINT \"orders_c_fkey\"")});
    }

    void concurrentIndexRunsOutsideTheTransaction()
    {
        Fixture f;
        f.current.tables << table(QStringLiteral("t"), {column(QStringLiteral("a"), QStringLiteral("integer"))}, 10);
        f.desired.tables = f.current.tables;
        Index index;
        index.name = QStringLiteral("t_a");
        index.table = QStringLiteral("t");
        index.parts << IndexPart{QStringLiteral("a"), {}, true, {}, 0};
        f.changes.changes << change::AddIndex{index};
        PlanOptions options;
        options.concurrentIndexes = true;
        auto plan = f.plan(options);
        QVERIFY(plan.has_value());
        const PlanStep &step = plan->steps.first();
        QCOMPARE(step.sql, QStringList{QStringLiteral("CREATE INDEX CONCURRENTLY \"t_a\" ON \"t\" (\"a\" DESC)")});
        // The rollback runs inside a transaction, where CONCURRENTLY is refused.
        QCOMPARE(step.rollbackSql, QStringList{QStringLiteral("DROP INDEX \"t_a\"")});
        QVERIFY(!step.transactional);
        QVERIFY(step.comment.contains(QStringLiteral("outside the migration transaction")));
        QVERIFY(plan->steps.first().transactional == false);
        auto plain = f.plan();
        QVERIFY(plain->steps.first().transactional);
        QCOMPARE(plain->steps.first().sql, QStringList{QStringLiteral("CREATE INDEX \"t_a\" ON \"t\" (\"a\" DESC)")});
    }

    void enumTypesAreCreatedBeforeTablesAndDroppedAfter()
    {
        Fixture f;
        const SchemaObject mood{QStringLiteral("type"), QStringLiteral("mood"), QStringLiteral("CREATE TYPE \"mood\" AS ENUM ('a')"),
                                QStringLiteral("DROP TYPE \"mood\"")};
        const SchemaObject old{QStringLiteral("type"), QStringLiteral("old"), QStringLiteral("CREATE TYPE \"old\" AS ENUM ('x')"),
                               QStringLiteral("DROP TYPE \"old\"")};
        const Table uses = table(QStringLiteral("t"), {column(QStringLiteral("m"), QStringLiteral("mood"))}, -1);
        const Table usedOld = table(QStringLiteral("u"), {column(QStringLiteral("o"), QStringLiteral("old"))}, 5);
        f.changes.changes << change::AddTable{uses} << change::AddObject{mood} << change::DropObject{old} << change::DropTable{usedOld};
        auto plan = f.plan();
        QVERIFY(plan.has_value());
        QStringList order;
        for (const PlanStep &step : plan->steps)
            order << operationTypeName(step.type) + u':' + step.table;
        QCOMPARE(order, (QStringList{"DROP_TABLE:u", "CREATE_OBJECT:mood", "CREATE_TABLE:t", "DROP_OBJECT:old"}));
        QVERIFY(plan->steps.first().destructive);
    }

    void enumGainsUnusedValuesInPlace()
    {
        Fixture f;
        const SchemaObject before{QStringLiteral("type"), QStringLiteral("mood"), QStringLiteral("CREATE TYPE \"mood\" AS ENUM ('a', 'c')"),
                                  QStringLiteral("DROP TYPE \"mood\"")};
        SchemaObject after = before;
        after.sql = QStringLiteral("CREATE TYPE \"mood\" AS ENUM ('a', 'b', 'c', 'd''s')");
        f.changes.changes << change::DropObject{before} << change::AddObject{after};
        auto plan = f.plan();
        QVERIFY(plan.has_value());
        QCOMPARE(plan->steps.size(), 1);
        QCOMPARE(plan->steps.first().sql, (QStringList{QStringLiteral("ALTER TYPE \"mood\" ADD VALUE 'b' AFTER 'a'"),
                                                       QStringLiteral("ALTER TYPE \"mood\" ADD VALUE 'd''s' AFTER 'c'")}));
    }

    // A value added by ADD VALUE cannot be used before commit (55P04); a type that loses values
    // cannot be altered at all: both are recreated, the live columns retyped, inside the transaction.
    void enumRecreatedWhenANewValueIsUsedOrOneIsRemoved_data()
    {
        QTest::addColumn<QString>("desiredLabels");
        QTest::addColumn<bool>("newTableUsesNewValue");
        QTest::newRow("new value used by a new table's default") << QStringLiteral("'a', 'b', 'c'") << true;
        QTest::newRow("value removed") << QStringLiteral("'c'") << false;
        QTest::newRow("values reordered") << QStringLiteral("'c', 'a'") << false;
    }

    void enumRecreatedWhenANewValueIsUsedOrOneIsRemoved()
    {
        QFETCH(QString, desiredLabels);
        QFETCH(bool, newTableUsesNewValue);
        Fixture f;
        const SchemaObject before{QStringLiteral("type"), QStringLiteral("mood"), QStringLiteral("CREATE TYPE \"mood\" AS ENUM ('a', 'c')"),
                                  QStringLiteral("DROP TYPE \"mood\"")};
        SchemaObject after = before;
        after.sql = QStringLiteral("CREATE TYPE \"mood\" AS ENUM (%1)").arg(desiredLabels);
        Column m = column(QStringLiteral("m"), QStringLiteral("mood"));
        m.defaultExpr = QStringLiteral("'a'::mood");
        f.current.tables << table(QStringLiteral("t"), {column(QStringLiteral("id"), QStringLiteral("integer")), m}, 10);
        f.desired.tables << f.current.tables;
        f.changes.changes << change::DropObject{before} << change::AddObject{after};
        if (newTableUsesNewValue) {
            Column n = m;
            n.defaultExpr = QStringLiteral("'b'::mood");
            const Table added = table(QStringLiteral("u"), {n}, -1);
            f.desired.tables << added;
            f.changes.changes << change::AddTable{added};
        }
        auto plan = f.plan();
        QVERIFY2(plan.has_value(), qPrintable(plan ? QString() : plan.error().message));
        const PlanStep &step = plan->steps.first();
        QCOMPARE(step.table, QStringLiteral("mood"));
        const bool removes = !desiredLabels.contains(QStringLiteral("'a'"));
        QStringList expected{QStringLiteral("ALTER TABLE \"t\" ALTER COLUMN \"m\" DROP DEFAULT"),
                             QStringLiteral("ALTER TYPE \"mood\" RENAME TO \"mood_schemapilot_old\""), after.sql,
                             QStringLiteral("ALTER TABLE \"t\" ALTER COLUMN \"m\" TYPE mood USING \"m\"::text::mood"),
                             QStringLiteral("ALTER TABLE \"t\" ALTER COLUMN \"m\" SET DEFAULT 'a'::mood"),
                             QStringLiteral("DROP TYPE \"mood_schemapilot_old\"")};
        if (removes)   // the live default names the removed value: the plan's own default step replaces it
            expected.removeAt(4);
        QCOMPARE(step.sql, expected);
        QVERIFY(step.rollbackSql.contains(before.sql));
        QVERIFY(step.rollbackSql.contains(QStringLiteral("DROP TYPE \"mood_schemapilot_new\"")));
        QVERIFY(step.rewritesTable);
        // Rows holding a removed value make the cast fail: a probe counts them beforehand.
        QCOMPARE(step.probes.size(), removes ? 1 : 0);
        if (removes)
            QCOMPARE(step.probes.first().sql, QStringLiteral("SELECT count(*) FROM \"t\" WHERE \"m\"::text IN ('a')"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresPlanSteps)
#include "tst_postgresplansteps.moc"
