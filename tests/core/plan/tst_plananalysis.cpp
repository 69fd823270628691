#include "plan/analysis.h"
#include "plan/complexity.h"
#include "plan/dependencyorder.h"
#include "plan/estimate.h"
#include "plan/lint.h"
#include "plan/sqltokens.h"
#include "plan/warningcodes.h"
#include "support/sqlitefixture.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

Q_DECLARE_METATYPE(SchemaPilot::Core::PlanStep)
Q_DECLARE_METATYPE(SchemaPilot::Core::Complexity)

namespace {

// Standard-SQL probes with double-quoted identifiers (SQLite and PostgreSQL quoting), and no
// opinion on type conversions: the engine-neutral part of lint under test.
class StandardProbeSql final : public ProbeSqlBuilder
{
public:
    QString quote(const QString &identifier) const override
    {
        return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
    }
    QString unconvertibleCount(const QString &, const QString &, const Column &, const Column &, bool) const override
    {
        return {};
    }
};

PlanStep step(OperationType type, qint64 rows, bool destructive = false, bool rewrites = false, const QString &table = QStringLiteral("t"))
{
    PlanStep s;
    s.type = type;
    s.table = table;
    s.affectedRows = rows;
    s.destructive = destructive;
    s.rewritesTable = rewrites;
    s.sql << QStringLiteral("SELECT 1");
    return s;
}

Column column(const QString &name, bool notNull = false)
{
    Column c;
    c.name = name;
    c.type = QStringLiteral("INTEGER");
    c.notNull = notNull;
    return c;
}

QString probeResult(const QString &path, const DataProbe &probe)
{
    const QStringList rows = querySqliteFile(path, probe.sql);
    return rows.size() == 1 ? rows.first() : rows.join(u'|');
}

} // namespace

class TestPlanAnalysis final : public QObject
{
    Q_OBJECT

private slots:
    void stepComplexity_data();
    void stepComplexity();
    void planComplexityIsMaximumWithReasons();
    void estimateFollowsThroughputModel();
    void longRewriteGetsLT101();
    void lintProbesCountRealRows();
    void probeResultReplacesEstimate();
    void renameSuggestionNamesTheFlag();
    void warningCatalogueIsConsistent();
    void dependencyOrderPutsTargetsFirstAndSurvivesCycles();
    void identifierTokensSkipLiteralsAndComments();
};

void TestPlanAnalysis::stepComplexity_data()
{
    QTest::addColumn<PlanStep>("planStep");
    QTest::addColumn<Complexity>("expected");

    QTest::newRow("create table is simple") << step(OperationType::CreateTable, 0) << Complexity::Simple;
    QTest::newRow("add column in place is simple") << step(OperationType::AddColumn, 500) << Complexity::Simple;
    QTest::newRow("index on small table is simple") << step(OperationType::CreateIndex, 99999) << Complexity::Simple;
    QTest::newRow("index on large table is moderate") << step(OperationType::CreateIndex, 100000) << Complexity::Moderate;
    QTest::newRow("dropping an index on a large table is moderate") << step(OperationType::DropIndex, 2000000) << Complexity::Moderate;
    QTest::newRow("drop of an empty table is moderate") << step(OperationType::DropTable, 0, true) << Complexity::Moderate;
    QTest::newRow("drop of a table with rows is complex") << step(OperationType::DropTable, 3, true) << Complexity::Complex;
    QTest::newRow("drop of a table of unknown size is complex") << step(OperationType::DropTable, -1, true) << Complexity::Complex;
    QTest::newRow("type change is complex") << step(OperationType::AlterColumnType, 0) << Complexity::Complex;
    QTest::newRow("new foreign key is complex") << step(OperationType::AddForeignKey, 0) << Complexity::Complex;
    QTest::newRow("add column by rewrite is complex") << step(OperationType::AddColumn, 10, false, true) << Complexity::Complex;
    QTest::newRow("rename column is moderate") << step(OperationType::RenameColumn, 10) << Complexity::Moderate;
    PlanStep dropForGood = step(OperationType::DropView, 0);
    dropForGood.warnings << Warning{QString(WarningCode::DropViewOrTrigger), Severity::Info, QStringLiteral("gone"), {}, {}, -1};
    QTest::newRow("view dropped for good is moderate") << dropForGood << Complexity::Moderate;
    QTest::newRow("view dropped to recreate is simple") << step(OperationType::DropView, 0) << Complexity::Simple;
}

void TestPlanAnalysis::stepComplexity()
{
    QFETCH(PlanStep, planStep);
    QFETCH(Complexity, expected);
    const ComplexityRating rating = rateStep(planStep, PlanOptions{});
    QCOMPARE(complexityName(rating.level), complexityName(expected));
    QVERIFY(!rating.reason.isEmpty());
}

void TestPlanAnalysis::planComplexityIsMaximumWithReasons()
{
    Plan empty;
    rateComplexity(empty, PlanOptions{});
    QCOMPARE(empty.complexity, Complexity::None);
    QVERIFY(empty.complexityReasons.isEmpty());

    Plan additive;
    additive.steps << step(OperationType::CreateTable, 0, false, false, QStringLiteral("a"))
                   << step(OperationType::AddColumn, 0, false, false, QStringLiteral("a"));
    rateComplexity(additive, PlanOptions{});
    QCOMPARE(additive.complexity, Complexity::Simple);
    QCOMPARE(additive.steps[1].complexity, Complexity::Simple);

    Plan twoTables;
    twoTables.steps << step(OperationType::CreateTable, 0, false, false, QStringLiteral("a"))
                    << step(OperationType::CreateTable, 0, false, false, QStringLiteral("b"));
    rateComplexity(twoTables, PlanOptions{});
    QCOMPARE(twoTables.complexity, Complexity::Moderate);
    QCOMPARE(twoTables.complexityReasons, QStringList{QStringLiteral("touches 2 tables")});

    Plan mixed;
    mixed.steps << step(OperationType::CreateTable, 0, false, false, QStringLiteral("a"))
                << step(OperationType::AlterColumnType, 50, false, true, QStringLiteral("b"))
                << step(OperationType::DropColumn, 50, true, false, QStringLiteral("c"));
    mixed.steps[2].column = QStringLiteral("x");
    rateComplexity(mixed, PlanOptions{});
    QCOMPARE(mixed.complexity, Complexity::Complex);
    QCOMPARE(mixed.complexityReasons,
             (QStringList{QStringLiteral("changes the type of b (50 rows)"), QStringLiteral("drops data in c.x (50 rows)")}));
}

void TestPlanAnalysis::estimateFollowsThroughputModel()
{
    using namespace EstimateModel;
    PlanStep rebuild = step(OperationType::RebuildTable, 100000, false, true);
    rebuild.sql = QStringList{QStringLiteral("CREATE TABLE x (a)"), QStringLiteral("INSERT INTO x SELECT a FROM t"),
                              QStringLiteral("DROP TABLE t"), QStringLiteral("ALTER TABLE x RENAME TO t"),
                              QStringLiteral("CREATE INDEX i ON t(a)")};
    rebuild.verifySql << QStringLiteral("PRAGMA foreign_key_check(t)");
    const double n = 100000;
    const double expected = 5 * kStatementOverheadMs + n / kRowsCopiedPerMs + n * std::log2(n) / kIndexEntriesPerMs
        + n / kRowsScannedPerMs;
    QCOMPARE(estimateStepMs(rebuild), qint64(std::ceil(expected)));

    // A rewrite costs more with more rows; an in-place add column does not.
    PlanStep small = rebuild;
    small.affectedRows = 1000;
    QVERIFY(estimateStepMs(small) < estimateStepMs(rebuild));
    PlanStep addColumn = step(OperationType::AddColumn, 1000000);
    QCOMPARE(estimateStepMs(addColumn), qint64(std::ceil(kStatementOverheadMs)));
    PlanStep unknown = step(OperationType::RebuildTable, -1, false, true);
    QCOMPARE(estimateStepMs(unknown), qint64(std::ceil(kStatementOverheadMs)));

    Plan plan;
    plan.steps << rebuild << addColumn << step(OperationType::DropTable, 50000, true);
    estimatePlan(plan);
    QCOMPARE(plan.steps[2].estimatedMs, qint64(std::ceil(kStatementOverheadMs + 50000 / kRowsDroppedPerMs)));
    QCOMPARE(plan.estimatedMs, plan.steps[0].estimatedMs + plan.steps[1].estimatedMs + plan.steps[2].estimatedMs);
}

void TestPlanAnalysis::longRewriteGetsLT101()
{
    Plan plan;
    plan.steps << step(OperationType::RebuildTable, 20000000, false, true, QStringLiteral("big"))
               << step(OperationType::RebuildTable, 1000, false, true, QStringLiteral("small"));
    analysePlan(plan, PlanOptions{});
    QCOMPARE(plan.steps[0].warnings.size(), 1);
    QCOMPARE(plan.steps[0].warnings.first().code, QStringLiteral("LT101"));
    QVERIFY(plan.steps[0].warnings.first().message.contains(QLatin1String("20000000")));
    QVERIFY(plan.steps[1].warnings.isEmpty());
    // Running it twice does not duplicate the finding.
    analysePlan(plan, PlanOptions{});
    QCOMPARE(plan.steps[0].warnings.size(), 1);
    QCOMPARE(plan.complexity, Complexity::Complex);
}

void TestPlanAnalysis::lintProbesCountRealRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lint.db"));
    QCOMPARE(createSqliteFile(path, QStringLiteral(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
        "INSERT INTO parent VALUES (1), (2);"
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, p INTEGER, old INTEGER);"
        // a: NULL in 2 rows; b: duplicates 5,5,5 and 7,7 (2 groups); p: 3 and 4 are orphans;
        // old: 3 non-NULL values; CHECK (a > 0) fails for a = -1 only (NULLs pass).
        "INSERT INTO t VALUES (1, NULL, 5, 1, 1), (2, NULL, 5, 3, NULL), (3, 4, 5, 4, 2), (4, -1, 7, NULL, 3),"
        " (5, 9, 7, 2, NULL), (6, 8, 8, 1, NULL);")), QString());

    Table from;
    from.name = QStringLiteral("t");
    from.columns = {column(QStringLiteral("id")), column(QStringLiteral("a")), column(QStringLiteral("b")),
                    column(QStringLiteral("p")), column(QStringLiteral("old"))};
    from.rowEstimate = 6;
    Table to = from;
    to.columns.removeLast();
    to.columns[1].notNull = true;
    ForeignKey fk;
    fk.columns = {QStringLiteral("p")};
    fk.refTable = QStringLiteral("parent");
    Table parent;
    parent.name = QStringLiteral("parent");
    Column parentId = column(QStringLiteral("id"));
    parentId.primaryKeyOrdinal = 1;
    parent.columns = {parentId};
    Schema schema;
    schema.tables = {parent, from};
    Schema desired;
    desired.tables = {parent, to};

    const change::ModifyTable modify{from, to, {change::ModifyColumn{from.columns[1], to.columns[1], ColumnAspect::Nullability},
                                                change::AddUnique{UniqueConstraint{{}, {QStringLiteral("b")}}},
                                                change::AddForeignKey{fk}, change::AddCheck{CheckConstraint{{}, QStringLiteral("a > 0")}},
                                                change::DropColumn{from.columns[4]}}};
    const StandardProbeSql sql;
    const LintContext context{sql, schema, desired, false};
    const LintFindings findings = lintModifyTable(modify, QStringLiteral("t"), context);

    QHash<QString, QString> counts;
    for (const DataProbe &probe : findings.probes)
        counts.insert(probe.code, probeResult(path, probe));
    QCOMPARE(counts.value(QStringLiteral("MF101")), QStringLiteral("2"));
    QCOMPARE(counts.value(QStringLiteral("MF103")), QStringLiteral("2"));
    QCOMPARE(counts.value(QStringLiteral("MF104")), QStringLiteral("2"));
    QCOMPARE(counts.value(QStringLiteral("MF105")), QStringLiteral("1"));
    QCOMPARE(counts.value(QStringLiteral("DS102")), QStringLiteral("3"));
    QCOMPARE(findings.warnings.size(), 1); // DS102's estimate until its probe runs

    // The counts go into the messages.
    PlanStep s;
    findings.appendTo(s);
    for (const DataProbe &probe : findings.probes)
        applyProbeResult(s, probe, counts.value(probe.code).toLongLong());
    QStringList messages;
    for (const Warning &w : s.warnings)
        messages << w.message;
    QVERIFY2(messages.contains(QStringLiteral("2 rows hold NULL in t.a, which becomes NOT NULL: the migration fails")),
             qPrintable(messages.join(u'\n')));
    QVERIFY(messages.contains(QStringLiteral("Dropping column t.old deletes 3 non-NULL values")));
    QCOMPARE(s.warnings.size(), 5);
}

void TestPlanAnalysis::probeResultReplacesEstimate()
{
    const StandardProbeSql sql;
    Table t;
    t.name = QStringLiteral("logs");
    t.rowEstimate = 100;
    const Schema none;
    const LintContext context{sql, none, none, false};
    const LintFindings findings = lintDropTable(t, context);
    PlanStep s;
    findings.appendTo(s);
    QCOMPARE(s.warnings.first().count, 100);
    applyProbeResult(s, s.probes.first(), 97);
    QCOMPARE(s.warnings.size(), 1);
    QCOMPARE(s.warnings.first().count, 97);
    QCOMPARE(s.warnings.first().message, QStringLiteral("Dropping table logs deletes 97 rows"));
    QCOMPARE(s.warnings.first().severity, Severity::Danger);
    applyProbeResult(s, s.probes.first(), 0);
    QVERIFY(s.warnings.isEmpty());
}

void TestPlanAnalysis::renameSuggestionNamesTheFlag()
{
    const QList<Warning> warnings = renameSuggestionWarnings(
        {RenameSuggestion{true, {}, QStringLiteral("people"), QStringLiteral("persons"), 0.75, {QStringLiteral("same columns")}}});
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().code, QStringLiteral("RN101"));
    QVERIFY(warnings.first().message.contains(QLatin1String("--rename-table people=persons")));
    QVERIFY(warnings.first().message.contains(QLatin1String("0.75")));
}

void TestPlanAnalysis::warningCatalogueIsConsistent()
{
    QSet<QString> seen;
    for (const WarningCodeInfo &info : warningCatalogue) {
        QVERIFY(!seen.contains(QString(info.code)));
        seen.insert(QString(info.code));
        QVERIFY(!info.meaning.isEmpty());
        QCOMPARE(warningCodeInfo(QStringView(QString(info.code))), &info);
    }
    QCOMPARE(warningCodeInfo(QStringView(u"XX999")), nullptr);
    QCOMPARE(warningCodeInfo(WarningCode::DropTable)->severity, Severity::Danger);
    QCOMPARE(warningCodeInfo(WarningCode::DropViewOrTrigger)->severity, Severity::Info);
}

void TestPlanAnalysis::dependencyOrderPutsTargetsFirstAndSurvivesCycles()
{
    const QList<DependencyNode> nodes{{QStringLiteral("orders"), {QStringLiteral("Customers"), QStringLiteral("products")}},
                                      {QStringLiteral("customers"), {}},
                                      {QStringLiteral("products"), {QStringLiteral("unknown")}},
                                      {QStringLiteral("a"), {QStringLiteral("b")}},
                                      {QStringLiteral("b"), {QStringLiteral("a")}}};
    const QList<qsizetype> order = dependencyOrder(nodes);
    QCOMPARE(order, (QList<qsizetype>{1, 2, 0, 4, 3}));
}

void TestPlanAnalysis::identifierTokensSkipLiteralsAndComments()
{
    const QString sql = QStringLiteral("SELECT \"we\"\"ird\", [br], `bt`, x1 FROM users -- users2\n WHERE name = 'users3' /* users4 */ AND 12e3 > 0");
    QCOMPARE(sqlIdentifierTokens(sql), (QStringList{QStringLiteral("SELECT"), QStringLiteral("we\"ird"), QStringLiteral("br"),
                                                    QStringLiteral("bt"), QStringLiteral("x1"), QStringLiteral("FROM"),
                                                    QStringLiteral("users"), QStringLiteral("WHERE"), QStringLiteral("name"),
                                                    QStringLiteral("AND")}));
    QVERIFY(sqlMentionsIdentifier(sql, QStringLiteral("USERS")));
    QVERIFY(!sqlMentionsIdentifier(sql, QStringLiteral("users3")));
    QVERIFY(!sqlMentionsIdentifier(sql, QStringLiteral("users4")));
}

QTEST_GUILESS_MAIN(TestPlanAnalysis)
#include "tst_plananalysis.moc"
