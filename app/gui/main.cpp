// schemapilot: the desktop GUI's composition root. Builds the dialects and the session, opens
// the window, and on a first launch without arguments shows the bundled demo's pending migration.
#include "common/session.h"
#include "shell/mainwindow.h"
#include "pages/connections/connectionspage.h"

#include "dialects/dialectregistry.h"
#include "service/demodatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace SchemaPilot;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SchemaPilot"));
    QApplication::setOrganizationName(QStringLiteral("SchemaPilot"));
    QApplication::setApplicationVersion(QStringLiteral(SCHEMAPILOT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("schemapilot"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SchemaPilot: preview, apply and undo database schema migrations safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database URL or SQLite file to open."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("schema"), QStringLiteral("Desired schema (.sql) to compare with."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("demo-dir"), QStringLiteral("Where the demo database lives (default: the app data folder)."),
                      QStringLiteral("dir")});
    parser.process(app);

    const Core::DialectRegistry dialects = Core::DialectRegistry::withBuiltins();
    Gui::Session session(dialects);
    Gui::MainWindow window(session);
    window.show();

    QString db = parser.value(QStringLiteral("db"));
    QString schema = parser.value(QStringLiteral("schema"));
    if (db.isEmpty() && schema.isEmpty()) {
        const QString dir = parser.isSet(QStringLiteral("demo-dir")) ? parser.value(QStringLiteral("demo-dir"))
                                                                     : Core::defaultDemoDirectory();
        auto demo = Core::prepareDemo(dir);
        if (demo) {
            db = demo->databasePath;
            schema = demo->desiredSchemaPath;
        } else {
            QMessageBox::warning(&window, QObject::tr("Demo"), demo.error().toString());
        }
    }
    if (!db.isEmpty()) {
        auto url = Core::ConnectionUrl::parse(db);
        if (!url) {
            QMessageBox::critical(&window, QObject::tr("Invalid database"), url.error().toString());
        } else {
            window.connectionsPage()->setForm(*url, schema);
            if (!schema.isEmpty())
                window.connectionsPage()->connectToDatabase();
        }
    }
    return app.exec();
}
