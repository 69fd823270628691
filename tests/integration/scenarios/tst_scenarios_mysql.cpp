// The shared scenario table (scenariotable.cpp) against MySQL.
#include "scenariosuite.h"

#include <QTest>

class TestScenariosMySQL final : public SchemaPilot::Test::ScenarioSuite
{
    Q_OBJECT

public:
    TestScenariosMySQL()
        : ScenarioSuite(SchemaPilot::Core::Engine::MySQL)
    {
    }
};

QTEST_GUILESS_MAIN(TestScenariosMySQL)
#include "tst_scenarios_mysql.moc"
