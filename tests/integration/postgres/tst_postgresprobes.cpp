#include "diff/schemadiffer.h"
#include "dialects/postgres/postgresdialect.h"
#include "dialects/postgres/postgresscript.h"
#include "support/postgresfixture.h"

#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

// Each data-dependent change is planned against live rows; its probe must count exactly the rows
// that hurt, and applying the plan must fail when (and only when) the count says it will.
class TestPostgresProbes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SCHEMAPILOT_REQUIRE_POSTGRES(); }

    void probesCountWhatTheMigrationMeets_data()
    {
        QTest::addColumn<QString>("live");
        QTest::addColumn<QString>("desired");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<bool>("applyFails");

        const QString people = QStringLiteral(
            "CREATE TABLE people (id int PRIMARY KEY, name text, age text, code varchar(20), price numeric(10,2));"
            "INSERT INTO people VALUES (1, 'ann', '41', 'ab', 10), (2, NULL, 'x7', 'abcdefgh', 12345.67),"
            " (3, 'bob', '99999999999', NULL, NULL), (4, 'bob', NULL, 'abc', 1);");
        const QString base = QStringLiteral("CREATE TABLE people (id int PRIMARY KEY, name text, age text, code varchar(20), price numeric(10,2));");
        auto with = [&](QString from, const QString &to) { return QString(base).replace(from, to); };

        QTest::newRow("SET NOT NULL meets NULLs") << people << with(QStringLiteral("name text"), QStringLiteral("name text NOT NULL"))
                                                  << "MF101" << qint64(1) << true;
        QTest::newRow("text to integer: non-numbers and out of range")
            << people << with(QStringLiteral("age text"), QStringLiteral("age integer")) << "MF102" << qint64(2) << true;
        QTest::newRow("text to bigint: only the non-number")
            << people << with(QStringLiteral("age text"), QStringLiteral("age bigint")) << "MF102" << qint64(1) << true;
        // An explicit cast cuts text short and rounds numbers: the values change, they need consent.
        QTest::newRow("varchar shrinks below the longest value: cut short")
            << people << with(QStringLiteral("code varchar(20)"), QStringLiteral("code varchar(3)")) << "DS104" << qint64(1) << false;
        QTest::newRow("numeric loses its scale: rounded")
            << people << with(QStringLiteral("price numeric(10,2)"), QStringLiteral("price numeric(12,0)")) << "DS104" << qint64(1) << false;
        QTest::newRow("numeric to integer: fractions lost")
            << people << with(QStringLiteral("price numeric(10,2)"), QStringLiteral("price integer")) << "DS104" << qint64(1) << false;
        QTest::newRow("numeric gains scale: nothing changes")
            << people << with(QStringLiteral("price numeric(10,2)"), QStringLiteral("price numeric(12,4)")) << "DS104" << qint64(-1) << false;
        QTest::newRow("numeric precision overflows")
            << people << with(QStringLiteral("price numeric(10,2)"), QStringLiteral("price numeric(5,2)")) << "MF102" << qint64(1) << true;
        QTest::newRow("UNIQUE meets duplicate groups")
            << people << with(QStringLiteral("name text"), QStringLiteral("name text UNIQUE")) << "MF103" << qint64(1) << true;
        QTest::newRow("unique expression index meets duplicates")
            << people << base + QStringLiteral("CREATE UNIQUE INDEX people_lower ON people (lower(name));") << "MF103" << qint64(1) << true;
        QTest::newRow("partial unique index counts only its rows")
            << people << base + QStringLiteral("CREATE UNIQUE INDEX people_named ON people (name) WHERE id < 4;") << "MF103" << qint64(0) << false;
        QTest::newRow("CHECK is violated")
            << people << with(QStringLiteral("code varchar(20)"), QStringLiteral("code varchar(20) CHECK (length(code) < 4)"))
            << "MF105" << qint64(1) << true;
        QTest::newRow("dropped column holds values")
            << people << QStringLiteral("CREATE TABLE people (id int PRIMARY KEY, name text, age text, price numeric(10,2));")
            << "DS102" << qint64(3) << false;
        QTest::newRow("dropped table holds rows") << people + QStringLiteral("CREATE TABLE keep (id int);") << QStringLiteral("CREATE TABLE keep (id int);")
                                                  << "DS101" << qint64(4) << false;
        QTest::newRow("foreign key meets orphans")
            << people + QStringLiteral("CREATE TABLE pets (id int, owner int); INSERT INTO pets VALUES (1, 1), (2, 7), (3, 8), (4, NULL);")
            << base + QStringLiteral("CREATE TABLE pets (id int, owner int REFERENCES people (id));") << "MF104" << qint64(2) << true;
        QTest::newRow("text to enum: unknown labels")
            << people << QStringLiteral("CREATE TYPE who AS ENUM ('ann', 'cy');") + with(QStringLiteral("name text"), QStringLiteral("name who"))
            << "MF102" << qint64(2) << true;
        QTest::newRow("clean data: no finding, migration applies")
            << people << with(QStringLiteral("id int PRIMARY KEY"), QStringLiteral("id int PRIMARY KEY CHECK (id > 0)"))
            << "MF105" << qint64(0) << false;
    }

    void probesCountWhatTheMigrationMeets()
    {
        QFETCH(QString, live);
        QFETCH(QString, desired);
        QFETCH(QString, code);
        QFETCH(qint64, count);
        QFETCH(bool, applyFails);

        PostgresDialect dialect;
        PostgresScratchSchema schema;
        QCOMPARE(schema.create(QStringLiteral("tst_probe")), QString());
        QCOMPARE(schema.exec(live), QString());
        QCOMPARE(schema.analyze(), QString());
        InspectOptions options;
        options.schemaName = schema.name();
        auto current = dialect.inspector().inspect(schema.database(), options);
        QVERIFY(current.has_value());
        auto target = dialect.desiredLoader().load(desired, QStringLiteral("desired.sql"), schema.database(), options);
        QVERIFY2(target.has_value(), qPrintable(target ? QString() : target.error().toString()));
        auto plan = dialect.planner().plan(diffSchemas(*current, *target, dialect.diffHooks()), *current, *target, {});
        QVERIFY2(plan.has_value(), qPrintable(plan ? QString() : plan.error().toString()));

        // Run every probe of the code, as the check service does, and add up the counts.
        qint64 counted = 0;
        int probes = 0;
        for (const PlanStep &step : plan->steps)
            for (const DataProbe &probe : step.probes) {
                QVERIFY2(!probe.sql.isEmpty(), qPrintable(probe.code));
                const QStringList result = schema.query(probe.sql);
                QVERIFY2(result.size() == 1 && !result.first().startsWith(u'<'), qPrintable(probe.sql + u' ' + result.join(u',')));
                if (probe.code == code) {
                    ++probes;
                    counted += result.first().toLongLong();
                    // A count that makes the migration fail is a danger: apply stops before it starts.
                    if (applyFails && result.first().toLongLong() > 0)
                        QCOMPARE(probe.severity, Severity::Danger);
                }
            }
        if (count < 0) {   // a change that keeps every value: no probe at all
            QCOMPARE(probes, 0);
        } else {
            QVERIFY2(probes > 0, qPrintable(QStringLiteral("no %1 probe").arg(code)));
            QCOMPARE(counted, count);
        }

        QString failure;
        QCOMPARE(schema.exec(QStringLiteral("BEGIN")), QString());
        for (const QString &sql : plan->forwardSql())
            if (auto ran = runPostgresScript(schema.database(), sql); !ran) {
                failure = ran.error().driverText;
                break;
            }
        schema.exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(failure.isEmpty() != applyFails, qPrintable(failure.isEmpty() ? QStringLiteral("applied") : failure));
    }
};

QTEST_GUILESS_MAIN(TestPostgresProbes)
#include "tst_postgresprobes.moc"
