// An application that migrates its own database at start-up with SchemaPilot::migrateOnStartup.
//   schemapilot-startup-example DATABASE_URL DESIRED_SCHEMA.sql [BACKUP_DIR]
// Prints one line (status, operations, batch, time) and exits 0 when the database is ready.
#include "exec/startup.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: schemapilot-startup-example DATABASE_URL DESIRED_SCHEMA.sql [BACKUP_DIR]\n";
        return 2;
    }
    const SchemaPilot::StartupMigrationResult result =
        SchemaPilot::migrateOnStartup(args.at(1), args.at(2), args.value(3));
    out << "status=" << SchemaPilot::Core::applyStatusName(result.status) << " fast_path=" << (result.fastPath ? 1 : 0)
        << " operations=" << result.operations << " batch=" << result.batchId << " elapsed_ms=" << result.elapsedMs << '\n';
    if (!result.ok()) {
        QTextStream(stderr) << "database not ready: " << result.error << '\n';
        return 1;
    }
    // ... the application would start here, on a database that matches its schema.
    return 0;
}
