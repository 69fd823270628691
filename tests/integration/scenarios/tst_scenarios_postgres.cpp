// The shared scenario table (scenariotable.cpp) against PostgreSQL.
#include "scenariosuite.h"

#include <QTest>

class TestScenariosPostgreSQL final : public SchemaPilot::Test::ScenarioSuite
{
    Q_OBJECT

public:
    TestScenariosPostgreSQL()
        : ScenarioSuite(SchemaPilot::Core::Engine::PostgreSQL)
    {
    }
};

QTEST_GUILESS_MAIN(TestScenariosPostgreSQL)
#include "tst_scenarios_postgres.moc"
