// `demo`: writes the bundled demo shop database and its desired schema, ready for status/plan/apply.
#include "commands.h"

#include "service/demodatabase.h"

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

int runDemoCommand(const QStringList &arguments, CliContext &context)
{
    Io &io = context.io;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create the demo database and its desired schema."));
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the demo files (default: %1).").arg(defaultDemoDirectory()),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("reset"), QStringLiteral("Recreate the demo database even when it exists.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object on stdout.")});
    int exitCode = ExitSuccess;
    if (!parseArguments(parser, arguments, io, &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : defaultDemoDirectory();
    auto files = prepareDemo(dir, parser.isSet(QStringLiteral("reset")));
    if (!files)
        return reportError(io, json, files.error());
    if (json) {
        io.printJson(QJsonObject{{QStringLiteral("database"), files->databasePath},
                                 {QStringLiteral("schema"), files->desiredSchemaPath}});
    } else {
        io.out() << "Demo database: " << files->databasePath << '\n'
                 << "Desired schema: " << files->desiredSchemaPath << '\n'
                 << io.dim(QStringLiteral("Try: schemapilot-cli plan --db %1 --schema %2")
                               .arg(files->databasePath, files->desiredSchemaPath))
                 << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace SchemaPilot::Cli
