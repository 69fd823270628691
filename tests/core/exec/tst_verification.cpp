// verifySchema after a migration: when the live schema still differs from the desired one, the
// error names what is left to do, so that a report of the planner bug says where it is.
#include "dialects/dialectregistry.h"
#include "exec/verification.h"
#include "support/sqlitefixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

class TestVerification final : public QObject
{
    Q_OBJECT

    DialectRegistry m_dialects = DialectRegistry::withBuiltins();

private slots:
    void leftoverDifferenceNamesTheRemainingSteps()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("live.db"));
        QCOMPARE(createSqliteFile(db, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);")), QString());
        const QString schema = dir.filePath(QStringLiteral("want.sql"));
        QFile file(schema);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT);\n"
                   "CREATE TABLE audit_log (id INTEGER PRIMARY KEY);\n");
        file.close();

        CheckRequest request;
        request.url = *ConnectionUrl::parse(db);
        request.schemaFile = schema;
        auto connection = Connection::open(request.url, Connection::Access::ReadOnly, QStringLiteral("verification-test"));
        QVERIFY(connection);
        const Dialect *dialect = m_dialects.forEngine(Engine::SQLite);
        QVERIFY(dialect);
        auto report = runCheck(*dialect, **connection, request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));

        // As if the executor had run nothing: both changes are left.
        auto verified = verifySchema(*dialect, **connection, *report, request);
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::VerificationFailed);
        const QString message = verified.error().message;
        QVERIFY2(message.contains(QStringLiteral("2 place(s)")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("email")) && message.contains(QStringLiteral("audit_log")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
