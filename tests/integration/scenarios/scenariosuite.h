#pragma once

#include "scenariodatabase.h"
#include "scenariotable.h"

#include "dialects/dialectregistry.h"
#include "service/checkservice.h"

#include <QObject>

#include <memory>

namespace SchemaPilot::Test {

// The shared scenario table (scenariotable.cpp) run against one engine; tst_scenarios_<engine>
// instantiates it, so ctest reports each engine on its own. Plan-level rows run everywhere;
// apply, rollback and backup rows need the dialect's ExecutionRuntime and BackupEngine.
class ScenarioSuite : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioSuite(Core::Engine engine);
    ~ScenarioSuite() override;

private slots:
    void initTestCase();
    void plan_data();
    void plan();
    void apply_data();
    void apply();
    void rollbackRoundTrip_data();
    void rollbackRoundTrip();
    void backupRoundTrip_data();
    void backupRoundTrip();
    void cli_data();
    void cli();

private:
    void addRows(bool (*filter)(const Scenario &));
    const Scenario &currentScenario() const;
    QString engineName() const;
    // Empties the database and loads the scenario's live schema and rows; error text or "".
    QString seed(const Scenario &scenario);
    Core::Result<Core::CheckRequest> checkRequest(const Scenario &scenario, bool withRenames = true);
    Core::Result<Core::CheckReport> check(const Scenario &scenario, bool withRenames = true);
    QStringList snapshot() const;
    QStringList queryRows(const QString &sql) const;
    QString execute(const QString &sql) const;
    bool applyAvailable() const;
    bool backupAvailable() const;

    Core::Engine m_engine;
    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    const Core::Dialect *m_dialect = nullptr;
    std::unique_ptr<ScenarioDatabase> m_database;
    int m_serial = 0;
};

} // namespace SchemaPilot::Test
