// `backup create|list|verify ID|restore ID|cleanup|stats`: the backup store from the command line.
#include "commands.h"

#include "exec/restore.h"

#include "passphrase.h"

#include "crypto/passphrasekeychain.h"

#include "backup/backupstore.h"
#include "common/logging.h"

#include <QFileInfo>
#include <QLocale>

#include <optional>

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

namespace {

const QString kBackupUsage = QStringLiteral(
    "usage: schemapilot-cli backup create|list|verify ID|restore ID|cleanup [--keep-days N]|stats\n"
    "                              --db URL [--backup-dir DIR] [--json]\n"
    "  create   back up the database now (--reason manual|pre-migration, --batch-id ID)\n"
    "           --encrypt: AES-256-GCM with a passphrase from SCHEMAPILOT_BACKUP_PASSPHRASE or the terminal\n"
    "           --sign-key FILE: sign the metadata with an Ed25519 key (`keys generate`)\n"
    "  list     every backup, newest first\n"
    "  verify   check a backup's checksum and integrity (exit 1 when it fails)\n"
    "  restore  verify, make a pre-restore backup, then restore (exit 3 when the backup fails verification,\n"
    "           or is of another database: --allow-other-source restores it anyway)\n"
    "           verify/restore: --verify-key FILE checks the signature; --require-signature refuses (exit 3)\n"
    "           a backup without a valid one. Encrypted backups need their passphrase (exit 1 without it)\n"
    "  cleanup  delete backups older than --keep-days (default 30); never the newest verified one\n"
    "  stats    count, total size, oldest/newest, last verification\n"
    "  remember-passphrase  keep the passphrase of these backups in the system keychain (from\n"
    "           SCHEMAPILOT_BACKUP_PASSPHRASE or the terminal); forget-passphrase removes it\n"
    "           --keychain (create, verify, restore): use the remembered passphrase; one typed is remembered");

struct BackupCli {
    Io &io;
    const DialectRegistry &dialects;
    bool json = false;
    ConnectionUrl url;
    const Dialect *dialect = nullptr;
    const BackupEngine *engine = nullptr;
    BackupStore store{QString()};
    QString passphrase;   // of encrypted backups, when one was needed and given
    QString keychainAccount;   // --keychain: the keychain entry of this backup folder
};

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoUtc(time)) : QJsonValue();
}

QJsonObject verificationToJson(const BackupVerification &v)
{
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("ok"), v.ok},
                       {QStringLiteral("checksum_ok"), v.checksumOk},
                       {QStringLiteral("integrity_ok"), v.integrityOk},
                       {QStringLiteral("message"), v.message},
                       {QStringLiteral("verified_at"), isoOrNull(v.verifiedAt)}};
}

QJsonObject metadataToJson(const BackupCli &cli, const BackupMetadata &m)
{
    QJsonObject object = m.toJson();
    object.insert(QStringLiteral("path"), cli.store.directory() + u'/' + m.fileName);
    object.insert(QStringLiteral("encrypted"), m.encrypted);
    object.insert(QStringLiteral("signed"), cli.store.isSigned(m.id));
    return object;
}

// Encrypted backups: the passphrase from the environment or the terminal. Without one the store
// itself reports that the backup needs it (exit 1), with the hint added here.
int passphraseRequired(BackupCli &cli, Error error, const QJsonObject &extra = {})
{
    error.message += QStringLiteral(" (%1)").arg(passphraseHint());
    return reportError(cli.io, cli.json, error, extra);
}

void readPassphraseIfEncrypted(BackupCli &cli, const QString &id)
{
    auto metadata = cli.store.find(id);
    if (!metadata || !metadata->encrypted)
        return;
    if (auto passphrase = readBackupPassphrase(cli.io, cli.json, PassphrasePrompt::Once, cli.keychainAccount)) {
        cli.passphrase = *passphrase;
        cli.store.setPassphrase(cli.passphrase);
    }
}

// --verify-key/--require-signature: nullopt to go on, else the exit code.
std::optional<int> checkSignatureOption(BackupCli &cli, const QCommandLineParser &parser, const QString &id)
{
    const QString key = parser.value(QStringLiteral("verify-key"));
    if (key.isEmpty())
        return std::nullopt;
    auto check = cli.store.checkSignature(id, key);
    if (!check)
        return reportError(cli.io, cli.json, check.error());
    if (check->valid) {
        if (!cli.json)
            cli.io.err() << cli.io.green(QStringLiteral("Signature ok: ")) << check->message << Qt::endl;
        return std::nullopt;
    }
    if (!parser.isSet(QStringLiteral("require-signature"))) {
        cli.io.err() << cli.io.yellow(QStringLiteral("warning: ")) << check->message << Qt::endl;
        return std::nullopt;
    }
    return reportError(cli.io, cli.json,
                       Error{ErrorCode::Refused, QStringLiteral("Refused, nothing was changed: %1").arg(check->message), {}, {}, {}, 0},
                       QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("signature_ok"), false}});
}

int runCreate(BackupCli &cli, const QCommandLineParser &parser)
{
    BackupRequest request;
    if (parser.isSet(QStringLiteral("reason"))) {
        const auto reason = backupReasonFromName(parser.value(QStringLiteral("reason")));
        if (!reason)
            return usageError(cli.io, cli.json, QStringLiteral("Unknown --reason \"%1\" (manual, pre-migration or pre-restore)")
                                                    .arg(parser.value(QStringLiteral("reason"))), kBackupUsage);
        request.reason = *reason;
    }
    request.batchId = parser.value(QStringLiteral("batch-id"));
    request.encrypt = parser.isSet(QStringLiteral("encrypt"));
    request.signingKeyPath = parser.value(QStringLiteral("sign-key"));
    if (request.encrypt) {
        auto passphrase = readBackupPassphrase(cli.io, cli.json, PassphrasePrompt::Confirm, cli.keychainAccount);
        if (!passphrase)
            return passphrase.error().code == ErrorCode::Usage ? usageError(cli.io, cli.json, passphrase.error().message, QString())
                                                               : reportError(cli.io, cli.json, passphrase.error());
        cli.store.setPassphrase(*passphrase);
    }
    // Reading is all a backup needs.
    auto connection = Connection::open(cli.url, Connection::Access::ReadOnly, QStringLiteral("backup"));
    if (!connection)
        return reportError(cli.io, cli.json, connection.error());
    auto created = cli.store.create(**connection, *cli.dialect, request);
    if (!created)
        return reportError(cli.io, cli.json, created.error());
    if (cli.json) {
        cli.io.printJson(metadataToJson(cli, *created));
    } else {
        cli.io.out() << cli.io.green(QStringLiteral("Backup created: ")) << cli.io.bold(created->id) << '\n'
                     << "  file    " << cli.store.directory() + u'/' + created->fileName << '\n'
                     << "  size    " << formatBytes(created->size) << "   sha256 " << created->sha256 << '\n';
        if (created->encrypted)
            cli.io.out() << "  encrypted with AES-256-GCM (scrypt key); keep the passphrase: without it the backup cannot be restored\n";
        if (!request.signingKeyPath.isEmpty())
            cli.io.out() << "  signed   " << cli.store.directory() + u'/' + created->id + QStringLiteral(".json.sig") << '\n';
        qint64 rows = 0;
        for (qint64 n : std::as_const(created->rowCounts))
            rows += n;
        cli.io.out() << "  tables  " << created->rowCounts.size() << " with " << rows << " rows; integrity check passed"
                     << Qt::endl;
    }
    return ExitSuccess;
}

int runList(BackupCli &cli)
{
    auto backups = cli.store.list();
    if (!backups)
        return reportError(cli.io, cli.json, backups.error());
    if (cli.json) {
        QJsonArray array;
        for (const BackupMetadata &m : std::as_const(*backups))
            array.append(metadataToJson(cli, m));
        cli.io.printJson(QJsonObject{{QStringLiteral("backups"), array}, {QStringLiteral("directory"), cli.store.directory()}});
        return ExitSuccess;
    }
    if (backups->isEmpty()) {
        cli.io.out() << "No backups in " << cli.store.directory() << Qt::endl;
        return ExitSuccess;
    }
    cli.io.out() << cli.io.bold(QStringLiteral("Backups in %1 (newest first)").arg(cli.store.directory())) << '\n';
    for (const BackupMetadata &m : std::as_const(*backups)) {
        const QString verified = !m.lastVerifyOk ? cli.io.dim(QStringLiteral("not verified"))
                                 : *m.lastVerifyOk ? cli.io.green(QStringLiteral("verified %1").arg(isoUtc(m.lastVerified)))
                                                   : cli.io.red(QStringLiteral("FAILED verification %1").arg(isoUtc(m.lastVerified)));
        QString flags;
        if (m.encrypted)
            flags += QStringLiteral("encrypted  ");
        if (cli.store.isSigned(m.id))
            flags += QStringLiteral("signed  ");
        cli.io.out() << "  " << m.id << "  " << formatBytes(m.size).rightJustified(9) << "  "
                     << backupReasonName(m.reason).leftJustified(14) << flags
                     << (m.batchId.isEmpty() ? QString() : QStringLiteral("batch %1  ").arg(m.batchId)) << verified << '\n';
    }
    cli.io.out().flush();
    return ExitSuccess;
}

int printVerification(BackupCli &cli, const BackupVerification &v)
{
    if (cli.json) {
        cli.io.printJson(verificationToJson(v));
    } else if (v.ok) {
        cli.io.out() << cli.io.green(QStringLiteral("OK ")) << v.id << ": " << v.message << Qt::endl;
    } else {
        cli.io.err() << cli.io.red(QStringLiteral("FAILED ")) << v.message << Qt::endl;
    }
    return v.ok ? ExitSuccess : ExitFailure;
}

int runVerify(BackupCli &cli, const QCommandLineParser &parser, const QString &id)
{
    if (auto refused = checkSignatureOption(cli, parser, id))
        return *refused;
    readPassphraseIfEncrypted(cli, id);
    auto verification = cli.store.verify(id, *cli.engine);
    if (!verification && verification.error().code == ErrorCode::PassphraseRequired)
        return passphraseRequired(cli, verification.error());
    if (!verification)
        return reportError(cli.io, cli.json, verification.error());
    return printVerification(cli, *verification);
}

// The executor's orchestration: verify → pre-restore backup → migration lock → restore → check →
// history row. A backup that fails verification is refused before anything is touched (exit 3).
int runRestore(BackupCli &cli, const QCommandLineParser &parser, const QString &id)
{
    if (auto refused = checkSignatureOption(cli, parser, id))
        return *refused;
    readPassphraseIfEncrypted(cli, id);
    RestoreRequest request;
    request.url = cli.url;
    request.backupId = id;
    request.backupDir = cli.store.directory();
    request.reason = QStringLiteral("manual restore");
    request.passphrase = cli.passphrase;
    if (parser.isSet(QStringLiteral("require-signature")))
        request.requiredSignatureKey = parser.value(QStringLiteral("verify-key"));
    request.allowOtherSource = parser.isSet(QStringLiteral("allow-other-source"));
    auto outcome = Core::restoreBackup(cli.dialects, request);
    if (!outcome) {
        Error error = outcome.error();
        if (error.code == ErrorCode::PassphraseRequired)
            return passphraseRequired(cli, error, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("restored"), false}});
        if (error.code == ErrorCode::BackupInvalid) {
            error.code = ErrorCode::Refused;
            error.message = QStringLiteral("Restore refused, nothing was changed: %1").arg(error.message);
        }
        QJsonObject extra{{QStringLiteral("id"), id}, {QStringLiteral("restored"), false}};
        return reportError(cli.io, cli.json, error, extra);
    }
    if (cli.json) {
        cli.io.printJson(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("restored"), true},
                                     {QStringLiteral("pre_restore_backup_id"), outcome->safetyBackupId},
                                     {QStringLiteral("history_batch_id"), outcome->historyBatchId},
                                     {QStringLiteral("fingerprint_after"), outcome->fingerprintAfter},
                                     {QStringLiteral("history_rows_carried_over"), outcome->historyRowsCarriedOver},
                                     {QStringLiteral("execution_time_ms"), outcome->executionTimeMs},
                                     {QStringLiteral("stages"), QJsonArray::fromStringList(outcome->stages)}});
    } else {
        cli.io.out() << cli.io.green(QStringLiteral("Restored ")) << cli.url.redacted() << " from " << cli.io.bold(id) << '\n'
                     << "  the previous state is in backup " << outcome->safetyBackupId << '\n'
                     << "  " << cli.io.dim(outcome->stages.join(QStringLiteral(" → "))) << Qt::endl;
    }
    return ExitSuccess;
}

int runCleanup(BackupCli &cli, const QCommandLineParser &parser)
{
    CleanupOptions options;
    if (parser.isSet(QStringLiteral("keep-days"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("keep-days")).toInt(&ok);
        if (!ok || days < 0)
            return usageError(cli.io, cli.json, QStringLiteral("--keep-days needs a whole number of days, 0 or more (got \"%1\")")
                                                    .arg(parser.value(QStringLiteral("keep-days"))), kBackupUsage);
        options.keepDays = days;
    }
    options.protectedBatchId = parser.value(QStringLiteral("protect-batch"));
    auto removed = cli.store.cleanup(options);
    if (!removed)
        return reportError(cli.io, cli.json, removed.error());
    auto remaining = cli.store.list();
    const qsizetype kept = remaining ? remaining->size() : 0;
    qint64 freed = 0;
    QJsonArray removedIds;
    for (const BackupMetadata &m : std::as_const(*removed)) {
        freed += m.size;
        removedIds.append(m.id);
    }
    if (cli.json) {
        cli.io.printJson(QJsonObject{{QStringLiteral("removed"), removedIds},
                                     {QStringLiteral("removed_count"), removed->size()},
                                     {QStringLiteral("freed_bytes"), freed},
                                     {QStringLiteral("kept_count"), kept},
                                     {QStringLiteral("keep_days"), options.keepDays.value_or(-1)}});
    } else {
        for (const BackupMetadata &m : std::as_const(*removed))
            cli.io.out() << "  removed " << m.id << '\n';
        cli.io.out() << QStringLiteral("Removed %1 backup(s), freed %2; %3 kept.").arg(removed->size()).arg(formatBytes(freed)).arg(kept)
                     << Qt::endl;
    }
    return ExitSuccess;
}

int runStats(BackupCli &cli)
{
    auto stats = cli.store.stats();
    if (!stats)
        return reportError(cli.io, cli.json, stats.error());
    if (cli.json) {
        cli.io.printJson(QJsonObject{
            {QStringLiteral("directory"), cli.store.directory()},
            {QStringLiteral("count"), stats->count},
            {QStringLiteral("total_bytes"), stats->totalBytes},
            {QStringLiteral("oldest"), isoOrNull(stats->oldest)},
            {QStringLiteral("newest"), isoOrNull(stats->newest)},
            {QStringLiteral("last_verified"), isoOrNull(stats->lastVerified)},
            {QStringLiteral("last_verified_id"), stats->lastVerifiedId.isEmpty() ? QJsonValue() : QJsonValue(stats->lastVerifiedId)},
            {QStringLiteral("last_verify_ok"), stats->lastVerifyOk ? QJsonValue(*stats->lastVerifyOk) : QJsonValue()},
        });
        return ExitSuccess;
    }
    cli.io.out() << cli.io.bold(QStringLiteral("Backups in %1")).arg(cli.store.directory()) << '\n'
                 << "  count          " << stats->count << '\n'
                 << "  total size     " << formatBytes(stats->totalBytes) << '\n';
    if (stats->count > 0)
        cli.io.out() << "  oldest         " << isoUtc(stats->oldest) << '\n' << "  newest         " << isoUtc(stats->newest) << '\n';
    if (stats->lastVerified.isValid())
        cli.io.out() << "  last verified  " << isoUtc(stats->lastVerified) << " (" << stats->lastVerifiedId << ", "
                     << (stats->lastVerifyOk.value_or(false) ? cli.io.green(QStringLiteral("ok")) : cli.io.red(QStringLiteral("failed")))
                     << ")\n";
    cli.io.out().flush();
    return ExitSuccess;
}

// The passphrase of this backup folder into the system keychain, or out of it. Never printed.
int runRememberPassphrase(BackupCli &cli)
{
    const QString account = cli.keychainAccount;
    cli.keychainAccount.clear();   // read it from the environment or the terminal, not from the keychain
    auto passphrase = readBackupPassphrase(cli.io, cli.json, PassphrasePrompt::Confirm);
    if (!passphrase)
        return usageError(cli.io, cli.json, passphrase.error().message, QString());
    if (auto stored = PassphraseKeychain().store(account, *passphrase); !stored)
        return reportError(cli.io, cli.json, stored.error());
    if (cli.json)
        cli.io.printJson(QJsonObject{{QStringLiteral("remembered"), true}, {QStringLiteral("account"), account}});
    else
        cli.io.out() << "The passphrase of the " << account << " is remembered in the system keychain." << Qt::endl;
    return ExitSuccess;
}

int runForgetPassphrase(BackupCli &cli)
{
    if (auto forgotten = PassphraseKeychain().forget(cli.keychainAccount); !forgotten)
        return reportError(cli.io, cli.json, forgotten.error());
    if (cli.json)
        cli.io.printJson(QJsonObject{{QStringLiteral("forgotten"), true}, {QStringLiteral("account"), cli.keychainAccount}});
    else
        cli.io.out() << "The system keychain no longer holds a passphrase for the " << cli.keychainAccount << '.' << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runBackupCommand(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create, list, verify, restore and clean up database backups."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("create, list, verify, restore, cleanup or stats"));
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("backup id (verify, restore)"), QStringLiteral("[ID]"));
    parser.addOption({QStringLiteral("backup-dir"), QStringLiteral("Backup folder (default: <database file>.backups next to a SQLite file)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("keep-days"), QStringLiteral("cleanup: delete backups older than this (default 30)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("protect-batch"), QStringLiteral("cleanup: never delete backups of this batch."), QStringLiteral("batch")});
    parser.addOption({QStringLiteral("allow-other-source"),
                      QStringLiteral("restore: accept a backup made of another database (file, server, database).")});
    parser.addOption({QStringLiteral("reason"), QStringLiteral("create: manual (default), pre-migration or pre-restore."), QStringLiteral("reason")});
    parser.addOption({QStringLiteral("batch-id"), QStringLiteral("create: the migration batch the backup belongs to."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("encrypt"), QStringLiteral("create: encrypt the backup (passphrase from SCHEMAPILOT_BACKUP_PASSPHRASE "
                                                                "or the terminal).")});
    parser.addOption({QStringLiteral("sign-key"), QStringLiteral("create: sign the metadata with this Ed25519 private key (PEM)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("verify-key"), QStringLiteral("verify, restore: check the signature with this public key (PEM)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("require-signature"),
                      QStringLiteral("verify, restore: refuse (exit 3) a backup without a valid signature by --verify-key.")});
    parser.addOption({QStringLiteral("keychain"),
                      QStringLiteral("create, verify, restore: the passphrase remembered in the system keychain for this backup "
                                     "folder; one typed at the prompt is remembered.")});
    int exitCode = ExitSuccess;
    if (!parseArguments(parser, arguments, context.io, &exitCode))
        return exitCode;

    BackupCli cli{context.io, context.dialects, parser.isSet(QStringLiteral("json"))};
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(cli.io, cli.json, QStringLiteral("Missing backup subcommand"), kBackupUsage);
    const QString sub = positional.first();
    static const QStringList withId{QStringLiteral("verify"), QStringLiteral("restore")};
    static const QStringList withoutId{QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("cleanup"), QStringLiteral("stats"),
                                       QStringLiteral("remember-passphrase"), QStringLiteral("forget-passphrase")};
    if (!withId.contains(sub) && !withoutId.contains(sub))
        return usageError(cli.io, cli.json, QStringLiteral("Unknown backup subcommand \"%1\"").arg(sub), kBackupUsage);
    if (withId.contains(sub) && positional.size() != 2)
        return usageError(cli.io, cli.json, positional.size() < 2 ? QStringLiteral("backup %1 needs a backup ID (see `backup list`)").arg(sub)
                                                                  : QStringLiteral("Unexpected argument \"%1\"").arg(positional.at(2)),
                          kBackupUsage);
    if (withoutId.contains(sub) && positional.size() != 1)
        return usageError(cli.io, cli.json, QStringLiteral("Unexpected argument \"%1\"").arg(positional.at(1)), kBackupUsage);
    if (!parser.isSet(QStringLiteral("db")))
        return usageError(cli.io, cli.json, QStringLiteral("Missing --db URL (e.g. --db sqlite:///app.db)"), kBackupUsage);
    if (parser.isSet(QStringLiteral("require-signature")) && !parser.isSet(QStringLiteral("verify-key")))
        return usageError(cli.io, cli.json, QStringLiteral("--require-signature needs --verify-key FILE (the public key)"), kBackupUsage);

    auto url = urlFromOptions(parser);
    if (!url)
        return reportError(cli.io, cli.json, url.error());
    cli.url = *url;
    auto dialect = context.dialects.forUrl(cli.url);
    if (!dialect)
        return reportError(cli.io, cli.json, dialect.error());
    cli.dialect = *dialect;
    cli.engine = cli.dialect->backupEngine();
    if (!cli.engine)
        return reportError(cli.io, cli.json, Error{ErrorCode::Unsupported,
                                                   QStringLiteral("Backups of %1 databases are not supported yet").arg(cli.url.engineName()),
                                                   {}, {}, {}, 0});
    QString directory = parser.value(QStringLiteral("backup-dir"));
    if (directory.isEmpty()) {
        auto defaultDirectory = defaultBackupDirectory(cli.url);
        if (!defaultDirectory)
            return defaultDirectory.error().code == ErrorCode::Usage
                       ? usageError(cli.io, cli.json, defaultDirectory.error().message, kBackupUsage)
                       : reportError(cli.io, cli.json, defaultDirectory.error());
        directory = *defaultDirectory;
    }
    cli.store = BackupStore(directory);
    if (parser.isSet(QStringLiteral("keychain")) || sub.endsWith(QStringLiteral("-passphrase")))
        cli.keychainAccount = PassphraseKeychain::accountFor(directory);

    if (sub == QStringLiteral("remember-passphrase"))
        return runRememberPassphrase(cli);
    if (sub == QStringLiteral("forget-passphrase"))
        return runForgetPassphrase(cli);
    if (sub == QStringLiteral("create"))
        return runCreate(cli, parser);
    if (sub == QStringLiteral("list"))
        return runList(cli);
    if (sub == QStringLiteral("verify"))
        return runVerify(cli, parser, positional.at(1));
    if (sub == QStringLiteral("restore"))
        return runRestore(cli, parser, positional.at(1));
    if (sub == QStringLiteral("cleanup"))
        return runCleanup(cli, parser);
    return runStats(cli);
}

} // namespace SchemaPilot::Cli
