// schemapilot-cli: the command-line front door. Thin: parses the subcommand and hands over.
#include "commands.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace SchemaPilot;

namespace {

const char kUsage[] =
    "usage: schemapilot-cli <command> [options]   (schemapilot-cli <command> --help for details)\n"
    "\n"
    "  status    --db URL --schema FILE [--json]          does the database need a migration?\n"
    "  plan      --db URL --schema FILE [--json]          every operation, with SQL, rollback and warnings\n"
    "  apply     --db URL --schema FILE [--dry-run] [--rehearse] [--allow-data-loss] [--no-backup]\n"
    "            [--backup-dir DIR] [--timeout-ms N] [--full-check] [--config FILE] [--json]\n"
    "                                                     migrate: lock, checks, backup, transaction, verify\n"
    "  rollback  --db URL [--allow-data-loss|--from-backup] [--backup-dir DIR] [--json]\n"
    "                                                     undo the last applied batch\n"
    "  backup    create|list|verify ID|restore ID|cleanup [--keep-days N]|stats\n"
    "            --db URL [--backup-dir DIR] [--json]     verified backups, restore, retention\n"
    "            [--encrypt] [--sign-key FILE] [--require-signature --verify-key FILE]\n"
    "                                                     encrypted (SCHEMAPILOT_BACKUP_PASSPHRASE) and signed backups\n"
    "  keys      generate [--out DIR]                     Ed25519 key pair that signs backup metadata\n"
    "  history   --db URL [--json] [--status S] [--since DATE] [--until DATE] [--table T] [--search TEXT]\n"
    "            [--limit N] [--export csv|json --output FILE] [--stats]    the audit trail kept in the database\n"
    "  history verify --db URL [--json] [--key-file FILE]  tamper evidence: exit 0 intact, 1 naming the first bad record\n"
    "  history cleanup --db URL [--keep-days N]         remove old records (default: keep 90 days), re-seal the rest\n"
    "  health    --db URL [--schema FILE] [--json] [--metrics] [--backup-dir DIR] [--deep]   score 0-100 with fixes\n"
    "  demo      [--dir DIR] [--reset]                    write the demo database and its desired schema\n"
    "\n"
    "Exit codes: 0 success, 1 failure, 2 usage error, 3 refused for safety.\n";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("schemapilot-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SchemaPilot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMAPILOT_VERSION));

    Cli::Io io;
    const Core::DialectRegistry dialects = Core::DialectRegistry::withBuiltins();
    Cli::CliContext context{dialects, io};

    QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QStringLiteral("--help") || arguments.first() == QStringLiteral("-h")) {
        (arguments.isEmpty() ? io.err() : io.out()) << kUsage;
        return arguments.isEmpty() ? Cli::ExitUsage : Cli::ExitSuccess;
    }
    if (arguments.first() == QStringLiteral("--version")) {
        io.out() << "schemapilot-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::ExitSuccess;
    }
    const QString command = arguments.takeFirst();
    using Handler = std::function<int(const QStringList &)>;
    const std::map<QString, Handler> handlers{
        {QStringLiteral("status"), [&](const QStringList &a) { return Cli::runCheckCommand(QStringLiteral("status"), a, context); }},
        {QStringLiteral("plan"), [&](const QStringList &a) { return Cli::runCheckCommand(QStringLiteral("plan"), a, context); }},
        {QStringLiteral("apply"), [&](const QStringList &a) { return Cli::runApplyCommand(a, context); }},
        {QStringLiteral("rollback"), [&](const QStringList &a) { return Cli::runRollbackCommand(a, context); }},
        {QStringLiteral("backup"), [&](const QStringList &a) { return Cli::runBackupCommand(a, context); }},
        {QStringLiteral("demo"), [&](const QStringList &a) { return Cli::runDemoCommand(a, context); }},
        {QStringLiteral("history"), [&](const QStringList &a) { return Cli::runHistoryCommand(a, context); }},
        {QStringLiteral("health"), [&](const QStringList &a) { return Cli::runHealthCommand(a, context); }},
        {QStringLiteral("keys"), [&](const QStringList &a) { return Cli::runKeysCommand(a, context); }},
    };
    const auto handler = handlers.find(command);
    if (handler == handlers.end()) {
        const bool json = arguments.contains(QStringLiteral("--json"));
        return Cli::usageError(io, json, QStringLiteral("Unknown command \"%1\"").arg(command), QString::fromLatin1(kUsage));
    }
    return handler->second(arguments);
}
