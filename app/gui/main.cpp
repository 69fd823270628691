// schemapilot: the desktop GUI's composition root. Builds the dialects and the session, opens
// the window, and on a first launch without arguments shows the bundled demo's pending migration.
#include "common/guisettings.h"
#include "common/session.h"
#include "pages/connections/connectionspage.h"
#include "shell/mainwindow.h"
#include "shell/screenshotwalker.h"

#include "dialects/dialectregistry.h"
#include "service/demodatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

using namespace SchemaPilot;

namespace {

// The language chosen in Settings ("" follows the system). Our .qm files are embedded under :/i18n.
void installTranslators(QApplication &app, const QString &overrideLanguage)
{
    QSettings settings;
    const QString language = overrideLanguage.isEmpty() ? Gui::GuiSettings::load(settings).language : overrideLanguage;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("schemapilot"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char **argv)
{
    // Fractional scale factors (125 %, 150 %) as the desktop asks; icons are SVG and stay sharp.
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
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
    parser.addOption({QStringLiteral("screenshot-dir"),
                      QStringLiteral("Walk every page, save screenshots (PNG) into this folder and quit."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("pg-schema"), QStringLiteral("PostgreSQL schema to compare and migrate (default: public)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("Language for this run (en, de), overriding Settings."),
                      QStringLiteral("code")});
    parser.process(app);
    installTranslators(app, parser.value(QStringLiteral("language")));

    const Core::DialectRegistry dialects = Core::DialectRegistry::withBuiltins();
    Gui::Session session(dialects);
    Gui::MainWindow window(session);
    const QString screenshotDir = parser.value(QStringLiteral("screenshot-dir"));
    if (!screenshotDir.isEmpty())
        window.resize(1280, 820);
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
            if (parser.isSet(QStringLiteral("pg-schema")) && url->engine == Core::Engine::PostgreSQL)
                url->params.insert(QStringLiteral("schema"), parser.value(QStringLiteral("pg-schema")));
            window.connectionsPage()->setForm(*url, schema);
            if (!schema.isEmpty())
                window.connectionsPage()->connectToDatabase();
        }
    }
    if (!screenshotDir.isEmpty()) {
        auto *walker = new Gui::ScreenshotWalker(window, screenshotDir);
        QObject::connect(walker, &Gui::ScreenshotWalker::done, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        // Start once the first check is in, so the diff and plan pages show the pending migration.
        QObject::connect(&session, &Gui::Session::reportChanged, walker, &Gui::ScreenshotWalker::start, Qt::SingleShotConnection);
    }
    return app.exec();
}
