#pragma once

#include "db/connection.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

namespace SchemaPilot::Test {

// Server tests read their server from the environment (scripts/servers/<engine>.sh start prints it).
inline constexpr auto kPostgresUrlVariable = "SCHEMAPILOT_TEST_PG_URL";

// The URL in `variable`, or "" when it is unset.
QString serverUrlFromEnvironment(const char *variable);
QString postgresTestUrl();
// True when the CI environment variable says so: then a missing server is a failure, not a skip.
bool runningInCi();
// Why the test cannot run, naming the variable and the script that sets it.
QByteArray missingServerMessage(const char *variable, const QString &script);

// A unique lower-case identifier for scratch schemas/databases: <prefix>_<pid>_<counter>_<random>.
QString uniqueName(const QString &prefix);

// Opens `url` (a server URL) on the calling thread; QVERIFY on the result's has_value().
Core::Result<std::unique_ptr<Core::Connection>> openServer(const QString &url, const QString &purpose);

} // namespace SchemaPilot::Test

// Skips the test locally when `variable` is unset, fails it in CI (CI=true).
// Use at the top of initTestCase(), or of a test function.
#define SCHEMAPILOT_REQUIRE_SERVER(variable, script)                                                 \
    do {                                                                                             \
        if (::SchemaPilot::Test::serverUrlFromEnvironment(variable).isEmpty()) {                     \
            const QByteArray why = ::SchemaPilot::Test::missingServerMessage(variable, script);      \
            if (::SchemaPilot::Test::runningInCi())                                                  \
                QFAIL(why.constData());                                                              \
            QSKIP(why.constData());                                                                  \
        }                                                                                            \
    } while (false)

#define SCHEMAPILOT_REQUIRE_POSTGRES() \
    SCHEMAPILOT_REQUIRE_SERVER(::SchemaPilot::Test::kPostgresUrlVariable, QStringLiteral("scripts/servers/postgres.sh"))
