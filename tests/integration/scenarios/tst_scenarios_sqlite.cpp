// The shared scenario table (scenariotable.cpp) against SQLite.
#include "scenariosuite.h"

#include <QTest>

class TestScenariosSQLite final : public SchemaPilot::Test::ScenarioSuite
{
    Q_OBJECT

public:
    TestScenariosSQLite()
        : ScenarioSuite(SchemaPilot::Core::Engine::SQLite)
    {
    }
};

QTEST_GUILESS_MAIN(TestScenariosSQLite)
#include "tst_scenarios_sqlite.moc"
