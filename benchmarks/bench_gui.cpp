// bench_gui: how fast the desktop GUI gets going and how its diff tree copes with a large schema.
//   1. time until the main window is shown on the bundled demo, and until the first check is on screen;
//   2. for a generated 1,000-table schema diff: model population, filtering and "only changes".
// Prints numbers; asserts nothing (see tests/ui for behaviour). Run with QT_QPA_PLATFORM=offscreen.
#include "common/session.h"
#include "models/difffilterproxy.h"
#include "models/schemadiffmodel.h"
#include "pages/connections/connectionspage.h"
#include "shell/mainwindow.h"

#include "db/connection.h"
#include "dialects/dialectregistry.h"
#include "service/checkservice.h"
#include "service/demodatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace SchemaPilot;

namespace {

void windowShown(const Core::DialectRegistry &dialects, const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    auto demo = Core::prepareDemo(dir);
    if (!demo) {
        std::printf("demo: %s\n", qPrintable(demo.error().toString()));
        return;
    }
    const qint64 demoMs = timer.elapsed();
    Gui::Session session(dialects);
    Gui::MainWindow window(session);
    auto url = Core::ConnectionUrl::parse(demo->databasePath);
    QSignalSpy report(&session, &Gui::Session::reportChanged);
    window.connectionsPage()->setForm(*url, demo->desiredSchemaPath);
    window.connectionsPage()->connectToDatabase();
    window.show();
    const bool exposed = QTest::qWaitForWindowExposed(&window, 5000);
    const qint64 shownMs = timer.elapsed();
    if (report.isEmpty())   // the check may already have landed while the window was being exposed
        report.wait(15000);
    QCoreApplication::processEvents();
    const qint64 checkedMs = timer.elapsed();
    std::printf("window shown with the demo:      %5lld ms (demo files %lld ms)%s\n", shownMs, demoMs,
                exposed ? "" : " [not exposed]");
    std::printf("first check on screen:           %5lld ms (check itself %lld ms)\n", checkedMs,
                session.report() ? session.report()->checkTimeMs : -1);
}

bool makeLargeSchema(const QString &dbPath, const QString &schemaPath, int tables)
{
    auto url = Core::ConnectionUrl::parse(dbPath);
    auto connection = Core::Connection::open(*url, Core::Connection::Access::ReadWriteCreate, QStringLiteral("bench"));
    if (!connection)
        return false;
    QSqlQuery query((*connection)->database());
    query.exec(QStringLiteral("BEGIN"));
    QString desired;
    for (int i = 0; i < tables; ++i) {
        const QString name = QStringLiteral("table_%1").arg(i, 4, 10, QLatin1Char('0'));
        // Current: every table; desired: 10% dropped, 30% with a new column, 10% new tables, the rest equal.
        query.exec(QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount REAL, created TEXT)").arg(name));
        query.exec(QStringLiteral("CREATE INDEX idx_%1_name ON %1(name)").arg(name));
        if (i % 10 == 0)
            continue;
        if (i % 10 < 4)
            desired += QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount REAL, created TEXT, note TEXT);\n").arg(name);
        else
            desired += QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount REAL, created TEXT);\n").arg(name);
        desired += QStringLiteral("CREATE INDEX idx_%1_name ON %1(name);\n").arg(name);
    }
    for (int i = 0; i < tables / 10; ++i)
        desired += QStringLiteral("CREATE TABLE added_%1(id INTEGER PRIMARY KEY, label TEXT);\n").arg(i);
    query.exec(QStringLiteral("COMMIT"));
    QFile file(schemaPath);
    return file.open(QIODevice::WriteOnly) && file.write(desired.toUtf8()) > 0;
}

void largeDiff(const Core::DialectRegistry &dialects, const QString &dir)
{
    const int tables = 1000;
    const QString db = dir + QStringLiteral("/large.db");
    const QString schema = dir + QStringLiteral("/large.sql");
    if (!makeLargeSchema(db, schema, tables)) {
        std::printf("could not generate the large schema\n");
        return;
    }
    Core::CheckRequest request;
    request.url = *Core::ConnectionUrl::parse(db);
    request.schemaFile = schema;
    QElapsedTimer timer;
    timer.start();
    auto report = Core::runCheck(dialects, request);
    if (!report) {
        std::printf("check failed: %s\n", qPrintable(report.error().toString()));
        return;
    }
    std::printf("1,000-table check (core, worker): %5lld ms, %lld plan step(s)\n", timer.elapsed(), qint64(report->plan.steps.size()));

    Gui::SchemaDiffModel model;
    Gui::DiffFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    timer.restart();
    model.setReport(*report);
    const qint64 populateMs = timer.elapsed();
    timer.restart();
    proxy.setFilterFixedString(QStringLiteral("table_05"));
    const qint64 filterMs = timer.elapsed();
    const int matching = proxy.rowCount();
    timer.restart();
    proxy.setFilterFixedString(QString());
    proxy.setOnlyChanges(true);
    const qint64 onlyChangesMs = timer.elapsed();
    std::printf("diff model population:           %5lld ms (%d top-level rows)\n", populateMs, model.rowCount());
    std::printf("filter \"table_05\":               %5lld ms (%d rows match)\n", filterMs, matching);
    std::printf("only changes:                    %5lld ms (%d rows)\n", onlyChangesMs, proxy.rowCount());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SchemaPilotBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_gui"));
    QTemporaryDir dir;
    const Core::DialectRegistry dialects = Core::DialectRegistry::withBuiltins();
    windowShown(dialects, dir.path());
    largeDiff(dialects, dir.path());
    return 0;
}
