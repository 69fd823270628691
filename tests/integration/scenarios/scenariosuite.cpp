#include "scenariosuite.h"

#include "scenariomatch.h"

#include "backup/backupstore.h"
#include "exec/executor.h"
#include "exec/restore.h"
#include "exec/rollback.h"
#include "exec/safetycheck.h"
#include "support/clirunner.h"
#include "support/dbsnapshot.h"
#include "support/serverfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace SchemaPilot::Core;

// Apply, rollback and backup rows need the engine's ExecutionRuntime (and BackupEngine); until a
// dialect has them its rows are skipped here, and only here.
#define SCENARIO_REQUIRE_APPLY()                                                                     \
    do {                                                                                             \
        if (!applyAvailable())                                                                       \
            QSKIP(qPrintable(QStringLiteral("apply not available for %1 yet").arg(engineName())));  \
    } while (false)

// Ends the test function when a helper returned an error text.
#define SCENARIO_VERIFY_OK(expression)                                                               \
    do {                                                                                             \
        const QString scenarioError = (expression);                                                  \
        QVERIFY2(scenarioError.isEmpty(), qPrintable(scenarioError));                                \
    } while (false)

namespace SchemaPilot::Test {

namespace {

QString lines(const QStringList &list)
{
    return QStringLiteral("\n    ") + list.join(QStringLiteral("\n    "));
}

QString describe(const ApplyResult &result)
{
    return QStringLiteral("status %1%2; operations:%3")
        .arg(applyStatusName(result.status), result.error ? QStringLiteral(", ") + result.error->toString() : QString(),
             lines(describeOperations(result.plan)));
}

// The first line where two snapshots part, for a readable failure.
QString firstDifference(const QStringList &before, const QStringList &after)
{
    for (qsizetype i = 0; i < qMax(before.size(), after.size()); ++i) {
        const QString a = before.value(i, QStringLiteral("<missing>"));
        const QString b = after.value(i, QStringLiteral("<missing>"));
        if (a != b)
            return QStringLiteral("snapshot line %1 differs:\n  before: %2\n  after:  %3").arg(i).arg(a, b);
    }
    return {};
}

// A URL the CLI parses back to the same database (the password travels in the environment).
QString cliUrl(const ConnectionUrl &url)
{
    if (url.isSQLite())
        return QStringLiteral("sqlite:///") + url.path;
    return QStringLiteral("%1://%2@%3:%4/%5").arg(url.scheme, url.user, url.host).arg(url.effectivePort()).arg(url.database);
}

} // namespace

ScenarioSuite::ScenarioSuite(Engine engine)
    : m_engine(engine)
    , m_dialect(m_dialects.forEngine(engine))
    , m_database(ScenarioDatabase::create(engine))
{
}

ScenarioSuite::~ScenarioSuite() = default;

QString ScenarioSuite::engineName() const
{
    return m_dialect ? m_dialect->name() : QStringLiteral("?");
}

bool ScenarioSuite::applyAvailable() const
{
    return m_dialect->runtime() != nullptr && m_dialect->backupEngine() != nullptr;
}

void ScenarioSuite::initTestCase()
{
    QVERIFY(m_dialect);
    auto prepared = m_database->prepare();
    if (!prepared) {
        if (prepared.error().code == ErrorCode::NotFound && !runningInCi())
            QSKIP(qPrintable(prepared.error().toString()));
        QFAIL(qPrintable(prepared.error().toString()));
    }
}

void ScenarioSuite::addRows(bool (*filter)(const Scenario &))
{
    QTest::addColumn<int>("index");
    const QList<Scenario> &table = scenarioTable();
    for (int i = 0; i < table.size(); ++i)
        if (filter(table.at(i)))
            QTest::newRow(qPrintable(table.at(i).name)) << i;
}

const Scenario &ScenarioSuite::currentScenario() const
{
    QFETCH(int, index);
    return scenarioTable().at(index);
}

QString ScenarioSuite::seed(const Scenario &scenario)
{
    if (auto reset = m_database->reset(); !reset)
        return reset.error().toString();
    const QString sql = scenario.current.forEngine(m_engine);
    if (const QString error = m_database->exec(sql); !error.isEmpty())
        return QStringLiteral("seeding failed: %1\n%2").arg(error, sql);
    return {};
}

Result<CheckRequest> ScenarioSuite::checkRequest(const Scenario &scenario, bool withRenames)
{
    const QString path = m_database->workPath(QStringLiteral("desired%1.sql").arg(++m_serial));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(scenario.desired.forEngine(m_engine).toUtf8()) < 0)
        return fail(ErrorCode::Internal, QStringLiteral("cannot write %1").arg(path));
    CheckRequest request;
    request.url = m_database->url();
    request.schemaFile = path;
    if (withRenames) {
        for (const QString &hint : scenario.renameTables)
            request.diff.tableRenames << TableRenameHint{hint.section(u'=', 0, 0), hint.section(u'=', 1)};
        for (const QString &hint : scenario.renameColumns)
            request.diff.columnRenames << ColumnRenameHint{hint.section(u'.', 0, 0), hint.section(u'.', 1).section(u'=', 0, 0),
                                                           hint.section(u'=', 1)};
    }
    return request;
}

Result<CheckReport> ScenarioSuite::check(const Scenario &scenario, bool withRenames)
{
    auto request = checkRequest(scenario, withRenames);
    if (!request)
        return fail(request.error());
    auto connection = m_database->connect();
    if (!connection)
        return fail(connection.error());
    return runCheck(*m_dialect, **connection, *request);
}

QStringList ScenarioSuite::snapshot() const
{
    auto connection = m_database->connect();
    if (!connection)
        return {QStringLiteral("<error: %1>").arg(connection.error().toString())};
    return snapshotDatabase(*m_dialect, (*connection)->database());
}

QStringList ScenarioSuite::queryRows(const QString &sql) const
{
    auto connection = m_database->connect();
    if (!connection)
        return {QStringLiteral("<error: %1>").arg(connection.error().toString())};
    QSqlQuery query((*connection)->database());
    if (!query.exec(sql))
        return {QStringLiteral("<error: %1>").arg(query.lastError().text())};
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
        rows << values.join(u'|');
    }
    return rows;
}

QString ScenarioSuite::execute(const QString &sql) const
{
    return m_database->exec(sql);
}

// Plan level: the operations, every finding with its real count and what needs consent.
void ScenarioSuite::plan_data()
{
    addRows([](const Scenario &) { return true; });
}

void ScenarioSuite::plan()
{
    const Scenario &scenario = currentScenario();
    SCENARIO_VERIFY_OK(seed(scenario));
    const QStringList before = snapshot();
    auto report = check(scenario);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    const QStringList operations = describeOperations(report->plan);
    QVERIFY2(operationsMatch(scenario.operations, operations, m_engine),
             qPrintable(QStringLiteral("expected:%1\nplanned:%2").arg(lines(scenario.operations), lines(operations))));
    QCOMPARE(describeFindings(report->plan), describeExpected(scenario.warnings));

    auto connection = m_database->connect();
    QVERIFY(connection);
    const QList<ConsentItem> consent = consentNeeded(report->plan, *m_dialect, (*connection)->database());
    QCOMPARE(describeConsentItems(consent), scenario.consent);
    QCOMPARE(report->plan.isDestructive(), !scenario.consent.isEmpty());
    // Planning and probing read only.
    const QStringList after = snapshot();
    QVERIFY2(before == after, qPrintable(firstDifference(before, after)));
}

// Apply level: refused without consent, then applied (rows as expected, nothing left to do) or
// failing with the database exactly as it was.
void ScenarioSuite::apply_data()
{
    addRows([](const Scenario &) { return true; });
}

void ScenarioSuite::apply()
{
    SCENARIO_REQUIRE_APPLY();
    const Scenario &scenario = currentScenario();
    SCENARIO_VERIFY_OK(seed(scenario));
    const QStringList before = snapshot();
    auto check = checkRequest(scenario);
    QVERIFY(check);
    ApplyRequest request{*check, {}, true};
    request.options.backupDir = m_database->workPath(QStringLiteral("backups%1").arg(m_serial));
    const Executor executor(m_dialects);

    if (!scenario.consent.isEmpty()) {
        const ApplyResult refused = executor.applySync(request);
        QVERIFY2(refused.status == ApplyStatus::Refused, qPrintable(describe(refused)));
        QCOMPARE(describeConsentItems(refused.needsConsent), scenario.consent);
        const QStringList after = snapshot();
        QVERIFY2(before == after, qPrintable(firstDifference(before, after)));
        request.options.allowDataLoss = true;
    }

    const ApplyResult result = executor.applySync(request);
    if (scenario.outcome == ApplyOutcome::FailsUnchanged) {
        QVERIFY2(result.status == ApplyStatus::Failed || result.status == ApplyStatus::Refused, qPrintable(describe(result)));
        const QStringList after = snapshot();
        QVERIFY2(before == after, qPrintable(firstDifference(before, after)));
        return;
    }
    QVERIFY2(result.status == ApplyStatus::Applied, qPrintable(describe(result)));
    QCOMPARE(result.fingerprintAfter, result.fingerprintDesired);
    auto again = this->check(scenario, false);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QVERIFY2(again->plan.isEmpty(), qPrintable(QStringLiteral("still to do after apply:") + lines(describeOperations(again->plan))));
    QCOMPARE(queryRows(scenario.dataQuery), scenario.expectedRows);
    if (!scenario.afterApplySql.isEmpty()) {
        SCENARIO_VERIFY_OK(execute(scenario.afterApplySql));
        QCOMPARE(queryRows(scenario.afterQuery), scenario.afterRows);
    }
}

// Apply, then roll back the batch: schema and rows equal to before.
void ScenarioSuite::rollbackRoundTrip_data()
{
    addRows([](const Scenario &s) { return s.rollbackRoundTrip; });
}

void ScenarioSuite::rollbackRoundTrip()
{
    SCENARIO_REQUIRE_APPLY();
    const Scenario &scenario = currentScenario();
    SCENARIO_VERIFY_OK(seed(scenario));
    const QStringList before = snapshot();
    auto check = checkRequest(scenario);
    QVERIFY(check);
    ApplyRequest request{*check, {}, true};
    request.options.backupDir = m_database->workPath(QStringLiteral("backups%1").arg(m_serial));
    request.options.allowDataLoss = !scenario.consent.isEmpty();
    const ApplyResult applied = Executor(m_dialects).applySync(request);
    QVERIFY2(applied.status == ApplyStatus::Applied, qPrintable(describe(applied)));
    const QStringList migrated = snapshot();
    QVERIFY(migrated != before);

    RollbackRequest rollback;
    rollback.url = m_database->url();
    rollback.backupDir = request.options.backupDir;
    if (scenario.rollbackFromBackup) {
        auto refused = rollbackLastBatch(m_dialects, rollback);
        QVERIFY2(!refused, "rollback SQL that loses data ran without --allow-data-loss");
        QVERIFY2(refused.error().code == ErrorCode::Refused, qPrintable(refused.error().toString()));
        const QStringList after = snapshot();
        QVERIFY2(migrated == after, qPrintable(firstDifference(migrated, after)));
        rollback.allowDataLoss = true;
    }
    auto undone = rollbackLastBatch(m_dialects, rollback);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().toString()));
    QCOMPARE(undone->method, scenario.rollbackFromBackup ? QStringLiteral("backup") : QStringLiteral("sql"));
    QCOMPARE(undone->batchId, applied.batchId);
    QCOMPARE(undone->fingerprintAfter, applied.fingerprintBefore);
    const QStringList after = snapshot();
    QVERIFY2(before == after, qPrintable(QStringLiteral("rolled back by %1: ").arg(undone->method) + firstDifference(before, after)));
}

// The executor's automatic backup, restored after the migration and further writes: schema and
// rows equal to before the migration.
void ScenarioSuite::backupRoundTrip_data()
{
    addRows([](const Scenario &s) { return s.backupRoundTrip; });
}

void ScenarioSuite::backupRoundTrip()
{
    SCENARIO_REQUIRE_APPLY();
    const Scenario &scenario = currentScenario();
    SCENARIO_VERIFY_OK(seed(scenario));
    const QStringList before = snapshot();
    auto check = checkRequest(scenario);
    QVERIFY(check);
    ApplyRequest request{*check, {}, true};
    request.options.backupDir = m_database->workPath(QStringLiteral("backups%1").arg(m_serial));
    request.options.allowDataLoss = !scenario.consent.isEmpty();
    const ApplyResult applied = Executor(m_dialects).applySync(request);
    QVERIFY2(applied.status == ApplyStatus::Applied, qPrintable(describe(applied)));
    QVERIFY(!applied.backupId.isEmpty());
    SCENARIO_VERIFY_OK(execute(QStringLiteral("DELETE FROM users WHERE id = 1; UPDATE users SET name = 'changed' WHERE id = 2;"
                                              "INSERT INTO users (id, name, age) VALUES (9, 'late', 1)")));
    QVERIFY(snapshot() != before);

    const BackupStore store(request.options.backupDir);
    const BackupEngine *engine = m_dialect->backupEngine();
    auto verified = store.verify(applied.backupId, *engine);
    QVERIFY2(verified && verified->ok, qPrintable(verified ? verified->message : verified.error().toString()));
    RestoreRequest restore;
    restore.url = m_database->url();
    restore.backupId = applied.backupId;
    restore.backupDir = request.options.backupDir;
    auto restored = restoreBackup(m_dialects, restore);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
    QCOMPARE(restored->fingerprintAfter, applied.fingerprintBefore);
    const QStringList after = snapshot();
    QVERIFY2(before == after, qPrintable(firstDifference(before, after)));
}

// The same contract through schemapilot-cli: plan findings in JSON, exit 3 without consent and
// the database unchanged, then applied.
void ScenarioSuite::cli_data()
{
    addRows([](const Scenario &s) { return s.viaCli; });
}

void ScenarioSuite::cli()
{
    const Scenario &scenario = currentScenario();
    SCENARIO_VERIFY_OK(seed(scenario));
    const QStringList before = snapshot();
    auto check = checkRequest(scenario);
    QVERIFY(check);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!check->url.password.isEmpty())
        environment.insert(QStringLiteral("SCHEMAPILOT_DB_PASSWORD"), check->url.password);
    const QStringList target{QStringLiteral("--db"), cliUrl(check->url), QStringLiteral("--schema"), check->schemaFile,
                             QStringLiteral("--json")};

    const CliRun plan = runCli(QStringList{QStringLiteral("plan")} + target, environment);
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
    QCOMPARE(plan.json().value(QStringLiteral("migration_needed")).toBool(), true);
    // Every expected finding, with its real count in the message, at the top or on its operation.
    QJsonArray warnings = plan.json().value(QStringLiteral("warnings")).toArray();
    for (const QJsonValue &operation : plan.json().value(QStringLiteral("operations")).toArray())
        for (const QJsonValue &w : operation.toObject().value(QStringLiteral("warnings")).toArray())
            warnings << w;
    for (const ExpectedWarning &expected : scenario.warnings) {
        const bool found = std::any_of(warnings.begin(), warnings.end(), [&expected](const QJsonValue &w) {
            const QJsonObject o = w.toObject();
            return o.value(QStringLiteral("code")).toString() == expected.code
                   && (expected.count < 0 || o.value(QStringLiteral("message")).toString().contains(QString::number(expected.count)));
        });
        QVERIFY2(found, qPrintable(expected.describe() + QStringLiteral(" missing from:\n") + plan.describe()));
    }
    QCOMPARE(snapshot(), before);

    SCENARIO_REQUIRE_APPLY();
    const QStringList apply = QStringList{QStringLiteral("apply")} + target
                              + QStringList{QStringLiteral("--backup-dir"), m_database->workPath(QStringLiteral("cli-backups%1").arg(m_serial))};
    if (!scenario.consent.isEmpty()) {
        const CliRun refused = runCli(apply, environment);
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
        QCOMPARE(refused.json().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        const QStringList after = snapshot();
        QVERIFY2(before == after, qPrintable(firstDifference(before, after)));
    }
    const CliRun applied = runCli(apply + (scenario.consent.isEmpty() ? QStringList() : QStringList{QStringLiteral("--allow-data-loss")}),
                                  environment);
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
    QCOMPARE(applied.json().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(queryRows(scenario.dataQuery), scenario.expectedRows);
}

} // namespace SchemaPilot::Test
