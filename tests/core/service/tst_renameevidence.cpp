#include "dialects/dialectregistry.h"
#include "service/checkservice.h"
#include "support/sqlitefixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

// Issue 2: a drop + add that looks like a rename is scored on evidence, sampled values included.
// The live side is a real file with rows; the desired side has rows only when its DDL seeds some.
class TestRenameEvidence final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    Result<CheckReport> check(const QString &liveSql, const QByteArray &desiredSql)
    {
        const QString db = m_dir.filePath(QStringLiteral("live%1.sqlite").arg(++m_files));
        if (const QString error = createSqliteFile(db, liveSql); !error.isEmpty())
            return fail(ErrorCode::Internal, error);
        const QString schema = m_dir.filePath(QStringLiteral("desired%1.sql").arg(m_files));
        QFile file(schema);
        if (!file.open(QIODevice::WriteOnly) || file.write(desiredSql) != desiredSql.size())
            return fail(ErrorCode::Internal, QStringLiteral("cannot write %1").arg(schema));
        file.close();
        CheckRequest request;
        request.url = *ConnectionUrl::parse(QStringLiteral("sqlite:///") + db);
        request.schemaFile = schema;
        return runCheck(DialectRegistry::withBuiltins(), request);
    }

    static const RenameSuggestion *suggestion(const CheckReport &report, const QString &from, const QString &to)
    {
        for (const RenameSuggestion &s : report.changes.suggestions)
            if (s.from == from && s.to == to)
                return &s;
        return nullptr;
    }

    static QString evidenceOf(const RenameSuggestion *s) { return s ? s->evidence.join(u"; ") : QStringLiteral("(none)"); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void seededLookupTableSharesItsValues()
    {
        const QString live = QStringLiteral("CREATE TABLE statuses(code TEXT PRIMARY KEY, label TEXT NOT NULL);"
                                            "INSERT INTO statuses VALUES ('open','Open'),('paid','Paid'),('void','Void'),('late','Late');");
        auto report = check(live, "CREATE TABLE order_statuses(code TEXT PRIMARY KEY, label TEXT NOT NULL);\n"
                                  "INSERT INTO order_statuses VALUES ('open','Open'),('paid','Paid'),('void','Void'),('late','Late');\n");
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        const RenameSuggestion *s = suggestion(*report, QStringLiteral("statuses"), QStringLiteral("order_statuses"));
        QVERIFY2(s, qPrintable(QStringLiteral("%1 suggestions").arg(report->changes.suggestions.size())));
        QVERIFY2(s->evidence.contains(QStringLiteral("8 of 8 sampled values in common")), qPrintable(evidenceOf(s)));
        QCOMPARE(s->score, 1.0);
    }

    void seededValuesThatDifferLowerTheScore()
    {
        const QString live = QStringLiteral("CREATE TABLE statuses(code TEXT PRIMARY KEY, label TEXT NOT NULL);"
                                            "INSERT INTO statuses VALUES ('open','Open'),('paid','Paid');");
        auto report = check(live, "CREATE TABLE order_statuses(code TEXT PRIMARY KEY, label TEXT NOT NULL);\n"
                                  "INSERT INTO order_statuses VALUES ('new','New'),('done','Done');\n");
        QVERIFY(report.has_value());
        const RenameSuggestion *s = suggestion(*report, QStringLiteral("statuses"), QStringLiteral("order_statuses"));
        QVERIFY(s);
        QVERIFY2(s->evidence.contains(QStringLiteral("0 of 4 sampled values in common")), qPrintable(evidenceOf(s)));
        QVERIFY2(s->score <= 0.8 + 1e-9, qPrintable(QString::number(s->score)));
        // The plan's RN101 warning carries the adjusted score and the evidence.
        bool warned = false;
        for (const Warning &w : report->plan.allWarnings())
            warned = warned || (w.code == QStringLiteral("RN101") && w.message.contains(QStringLiteral("0 of 4 sampled values")));
        QVERIFY(warned);
    }

    void withoutDesiredRowsTheEvidenceSaysSo()
    {
        const QString live = QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, fax TEXT);"
                                            "INSERT INTO people VALUES (1,'+49 30 1'),(2,'+49 30 2');");
        auto report = check(live, "CREATE TABLE people(id INTEGER PRIMARY KEY, telefax TEXT);\n");
        QVERIFY(report.has_value());
        const RenameSuggestion *s = suggestion(*report, QStringLiteral("fax"), QStringLiteral("telefax"));
        QVERIFY(s);
        QVERIFY2(s->evidence.contains(QStringLiteral("no rows in the desired schema to compare sampled values with")),
                 qPrintable(evidenceOf(s)));
    }

    void seededColumnValuesAreComparedPerColumn()
    {
        const QString live = QStringLiteral("CREATE TABLE countries(id INTEGER PRIMARY KEY, iso TEXT);"
                                            "INSERT INTO countries VALUES (1,'DE'),(2,'FR'),(3,'IT');");
        auto report = check(live, "CREATE TABLE countries(id INTEGER PRIMARY KEY, iso_code TEXT);\n"
                                  "INSERT INTO countries VALUES (1,'DE'),(2,'FR'),(3,'ES');\n");
        QVERIFY(report.has_value());
        const RenameSuggestion *s = suggestion(*report, QStringLiteral("iso"), QStringLiteral("iso_code"));
        QVERIFY(s);
        QVERIFY2(s->evidence.contains(QStringLiteral("2 of 3 sampled values in common")), qPrintable(evidenceOf(s)));
    }
};

QTEST_GUILESS_MAIN(TestRenameEvidence)
#include "tst_renameevidence.moc"
