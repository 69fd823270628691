// `apply`: migrate the database to the desired schema, safely (see core/exec/executor.h).
#include "applyjson.h"
#include "commands.h"
#include "passphrase.h"

#include "backup/backupstore.h"
#include "crypto/passphrasekeychain.h"
#include "planjson.h"

#include "exec/executor.h"

#include <QFileInfo>

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

namespace {

const QString kApplyUsage = QStringLiteral(
    "usage: schemapilot-cli apply --db URL --schema FILE [--dry-run] [--rehearse] [--allow-data-loss] [--no-backup]\n"
    "                             [--backup-dir DIR] [--timeout-ms N] [--full-check] [--config FILE] [--json]\n"
    "                             [--rename-table OLD=NEW]... [--rename-column TABLE.OLD=NEW]...\n"
    "                             [--encrypt-backup] [--backup-sign-key FILE]   (config: encrypt_backups, backup_signing_key)");

} // namespace

void addApplyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Plan, check and estimate; change nothing.")});
    parser.addOption({QStringLiteral("rehearse"),
                      QStringLiteral("Run the whole migration on a private copy and report what happened and how long it took.")});
    parser.addOption({QStringLiteral("allow-data-loss"), QStringLiteral("Run destructive operations (dropped tables/columns).")});
    parser.addOption({QStringLiteral("no-backup"), QStringLiteral("Skip the automatic verified backup.")});
    parser.addOption({QStringLiteral("backup-dir"), QStringLiteral("Where backups go (default: next to the database)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("timeout-ms"), QStringLiteral("Limit for the migration transaction (default 30000; 0: none)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("full-check"), QStringLiteral("Run the full integrity check instead of the quick one.")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("JSON file with apply options (flags override it)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("encrypt-backup"),
                      QStringLiteral("Encrypt the automatic backup (passphrase from SCHEMAPILOT_BACKUP_PASSPHRASE or the terminal).")});
    parser.addOption({QStringLiteral("keychain"),
                      QStringLiteral("With --encrypt-backup: the passphrase remembered in the system keychain for the backup folder.")});
    parser.addOption({QStringLiteral("backup-sign-key"),
                      QStringLiteral("Sign the automatic backup's metadata with this Ed25519 private key (PEM)."), QStringLiteral("file")});
}

Result<ApplyOptions> applyOptionsFrom(const QCommandLineParser &parser)
{
    ApplyOptions options;
    if (parser.isSet(QStringLiteral("config"))) {
        auto fromFile = ApplyOptions::fromConfigFile(parser.value(QStringLiteral("config")), options);
        if (!fromFile)
            return fail(fromFile.error());
        options = *fromFile;
    }
    if (parser.isSet(QStringLiteral("dry-run")) && parser.isSet(QStringLiteral("rehearse")))
        return fail(ErrorCode::Usage, QStringLiteral("--dry-run and --rehearse exclude each other"));
    if (parser.isSet(QStringLiteral("dry-run")))
        options.mode = ApplyMode::DryRun;
    if (parser.isSet(QStringLiteral("rehearse")))
        options.mode = ApplyMode::Rehearse;
    if (parser.isSet(QStringLiteral("allow-data-loss")))
        options.allowDataLoss = true;
    if (parser.isSet(QStringLiteral("no-backup")))
        options.autoBackup = false;
    if (parser.isSet(QStringLiteral("backup-dir")))
        options.backupDir = parser.value(QStringLiteral("backup-dir"));
    if (parser.isSet(QStringLiteral("full-check")))
        options.integrity = IntegrityLevel::Full;
    if (parser.isSet(QStringLiteral("encrypt-backup")))
        options.encryptBackups = true;
    if (parser.isSet(QStringLiteral("backup-sign-key")))
        options.backupSigningKey = parser.value(QStringLiteral("backup-sign-key"));
    if (parser.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        const qint64 ms = parser.value(QStringLiteral("timeout-ms")).toLongLong(&ok);
        if (!ok || ms < 0)
            return fail(ErrorCode::Usage, QStringLiteral("Invalid --timeout-ms \"%1\": expected a whole number of milliseconds, 0 or more")
                                              .arg(parser.value(QStringLiteral("timeout-ms"))));
        options.maxExecutionTimeMs = ms;
    }
    return options;
}

int runApplyCommand(const QStringList &arguments, CliContext &context)
{
    Io &io = context.io;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Migrate the database to the desired schema: lock, checks, backup, "
                                                    "transaction, timeout, verification, history."));
    addCheckOptions(parser);
    addApplyOptions(parser);
    int exitCode = ExitSuccess;
    if (!parseArguments(parser, arguments, io, &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, json, QStringLiteral("Unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
                          kApplyUsage);
    auto check = checkRequestFrom(parser);
    if (!check)
        return check.error().code == ErrorCode::Usage ? usageError(io, json, check.error().message, kApplyUsage)
                                                      : reportError(io, json, check.error());
    if (check->schemaFile.isEmpty())
        return usageError(io, json, QStringLiteral("Missing --schema FILE (the desired schema)"), kApplyUsage);
    auto options = applyOptionsFrom(parser);
    if (!options)
        return usageError(io, json, options.error().toString(), kApplyUsage);
    // Only a real run makes the automatic backup; asked before anything is opened.
    if (options->encryptBackups && options->autoBackup && options->mode == ApplyMode::Apply) {
        QString account;
        if (parser.isSet(QStringLiteral("keychain"))) {
            const QString directory = options->backupDir.isEmpty() ? defaultBackupDirectory(check->url).value_or(QString())
                                                                   : options->backupDir;
            if (!directory.isEmpty())
                account = PassphraseKeychain::accountFor(directory);
        }
        auto passphrase = readBackupPassphrase(io, json, PassphrasePrompt::Confirm, account);
        if (!passphrase)
            return usageError(io, json, QStringLiteral("encrypt_backups is on: %1").arg(passphrase.error().message), kApplyUsage);
        options->backupPassphrase = *passphrase;
    }

    const Executor executor(context.dialects);
    const ApplyResult result = executor.applySync(ApplyRequest{*check, *options, true});
    if (json) {
        io.printJson(applyResultToJson(result));
    } else {
        io.out() << io.bold(QStringLiteral("SchemaPilot apply")) << "  "
                 << QStringLiteral("%1 → %2").arg(check->url.redacted(), QFileInfo(check->schemaFile).fileName()) << '\n';
        if (options->mode == ApplyMode::DryRun && !result.plan.isEmpty()) {
            printPlanSteps(io, result.plan);
            io.out() << '\n';
        }
        printApplyResult(io, result);
    }
    return exitCodeFor(result);
}

} // namespace SchemaPilot::Cli
