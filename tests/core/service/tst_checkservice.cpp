#include "db/connection.h"
#include "dialects/dialectregistry.h"
#include "service/checkservice.h"
#include "support/sqlitefixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

// `status` bounds the rows its probes read (issue 2: fast at any size); `plan` counts exactly.
// A real file with 3,000 rows, 300 of them NULL, against a desired schema that makes the column NOT NULL.
class TestCheckService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_schemaPath;

    Result<CheckReport> check(qint64 budget)
    {
        CheckRequest request;
        auto url = ConnectionUrl::parse(QStringLiteral("sqlite:///") + m_dbPath);
        if (!url)
            return fail(url.error());
        request.url = *url;
        request.schemaFile = m_schemaPath;
        request.probeRowBudget = budget;
        return runCheck(DialectRegistry::withBuiltins(), request);
    }

    static QList<Warning> warningsOf(const CheckReport &report, const QString &code)
    {
        QList<Warning> found;
        for (const Warning &w : report.plan.allWarnings())
            if (w.code == code)
                found << w;
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("probe.sqlite"));
        QCOMPARE(createSqliteFile(m_dbPath, QStringLiteral(
                     "CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                     "INSERT INTO people SELECT i, CASE WHEN i % 10 = 0 THEN NULL ELSE 'p' || i END FROM n;")),
                 QString());
        m_schemaPath = m_dir.filePath(QStringLiteral("desired.sql"));
        QFile schema(m_schemaPath);
        QVERIFY(schema.open(QIODevice::WriteOnly));
        schema.write("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT NOT NULL DEFAULT '');\n");
    }

    void unboundedProbesCountExactly()
    {
        auto report = check(-1);
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        const QList<Warning> nulls = warningsOf(*report, QStringLiteral("MF101"));
        QCOMPARE(nulls.size(), 1);
        QCOMPARE(nulls.first().count, 300);
    }

    void budgetAboveTheTableCountsExactly()
    {
        auto report = check(3000);
        QVERIFY(report.has_value());
        const QList<Warning> nulls = warningsOf(*report, QStringLiteral("MF101"));
        QCOMPARE(nulls.size(), 1);
        QCOMPARE(nulls.first().count, 300);
    }

    void budgetBelowTheTableSaysNotCounted()
    {
        auto report = check(2999);
        QVERIFY(report.has_value());
        const QList<Warning> nulls = warningsOf(*report, QStringLiteral("MF101"));
        QCOMPARE(nulls.size(), 1);
        QVERIFY(nulls.first().count != 300);  // no exact count: the probe did not run
        QVERIFY2(nulls.first().message.contains(QStringLiteral("not counted")), qPrintable(nulls.first().message));
        QVERIFY2(nulls.first().message.contains(QStringLiteral("about 3000 rows")), qPrintable(nulls.first().message));
        QVERIFY(report->migrationNeeded());  // the plan itself is the same
    }
};

QTEST_GUILESS_MAIN(TestCheckService)
#include "tst_checkservice.moc"
