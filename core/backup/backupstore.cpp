#include "backup/backupstore.h"

#include "backup/backupfiles.h"
#include "backup/decryptedcopy.h"
#include "common/logging.h"
#include "common/tr.h"
#include "crypto/backupcipher.h"
#include "crypto/hasher.h"
#include "crypto/manifestsigner.h"
#include "dialects/dialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <future>

namespace SchemaPilot::Core {

namespace {

const QString kSidecarSuffix = QStringLiteral(".json");
const QString kPartSuffix = QStringLiteral(".part");
const QString kSignatureSuffix = QStringLiteral(".json.sig");
const QString kEncryptedExtension = QStringLiteral("enc");

// An id as given by a user, safe to echo: short and without control characters.
QString printable(const QString &text)
{
    QString result = text.left(100);
    for (QChar &c : result)
        if (!c.isPrint())
            c = u'?';
    return result;
}

Result<BackupMetadata> readSidecar(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{file.exists() ? ErrorCode::FileUnreadable : ErrorCode::NotFound,
                          Tr::tr("Cannot read the backup metadata"), {}, file.errorString(), path, 0});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(16 << 20), &parseError);
    if (!document.isObject())
        return fail(Error{ErrorCode::BackupInvalid, Tr::tr("The backup metadata is not valid JSON; it was edited or damaged"),
                          {}, parseError.errorString(), path, 0});
    auto metadata = BackupMetadata::fromJson(document.object());
    if (!metadata) {
        Error error = metadata.error();
        error.file = path;
        return fail(error);
    }
    return metadata;
}

} // namespace

BackupStore::BackupStore(QString directory)
    : m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
{
}

bool BackupStore::isValidId(const QString &id)
{
    // Timestamp, reason words, random suffix: nothing that could name another file or folder.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9]{8}T[0-9]{9}Z(-[a-z]{1,16}){1,3}-[0-9a-f]{6}")));
    return id.size() <= 80 && pattern.match(id).hasMatch();
}

QString BackupStore::makeId(BackupReason reason, const QDateTime &when)
{
    return QStringLiteral("%1-%2-%3")
        .arg(when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")), backupReasonName(reason))
        .arg(QRandomGenerator::system()->bounded(0x1000000), 6, 16, QLatin1Char('0'));
}

Result<void> BackupStore::ensureDirectory() const
{
    return BackupFiles::ensurePrivateDirectory(m_directory);
}

void BackupStore::setPassphrase(const QString &passphrase)
{
    m_passphrase.fill('\0');
    m_passphrase = passphrase.toUtf8();
}

Result<QString> BackupStore::checkedPath(const QString &id, const QString &suffix) const
{
    if (!isValidId(id))
        return fail(ErrorCode::Usage,
                    Tr::tr("\"%1\" is not a backup id (expected e.g. 20261125T181530123Z-manual-3fa9c1; "
                           "`backup list` shows them)").arg(printable(id)));
    return m_directory + u'/' + id + suffix;
}

Result<QString> BackupStore::backupFilePath(const QString &id) const
{
    auto metadata = find(id);
    if (!metadata)
        return fail(metadata.error());
    return m_directory + u'/' + metadata->fileName;
}

Result<void> BackupStore::writeMetadata(const BackupMetadata &metadata) const
{
    auto path = checkedPath(metadata.id, kSidecarSuffix);
    if (!path)
        return fail(path.error());
    return BackupFiles::writeAtomically(*path, QJsonDocument(metadata.toJson()).toJson(QJsonDocument::Indented));
}

Result<BackupMetadata> BackupStore::create(const Connection &source, const Dialect &dialect, BackupRequest request) const
{
    const BackupEngine *engine = dialect.backupEngine();
    if (!engine)
        return fail(ErrorCode::Unsupported, Tr::tr("Backups of %1 databases are not supported yet").arg(dialect.name()));
    if (!request.schema && !request.inspector)
        request.inspector = &dialect.inspector();
    return create(source, *engine, request);
}

Result<BackupMetadata> BackupStore::create(const Connection &source, const BackupEngine &engine,
                                           const BackupRequest &request) const
{
    if (engine.engineName() != source.url().engineName())
        return fail(ErrorCode::Unsupported, Tr::tr("A %1 backup engine cannot back up a %2 database")
                                                .arg(engine.engineName(), source.url().engineName()));
    if (auto ok = ensureDirectory(); !ok)
        return fail(ok.error());

    if (request.encrypt && m_passphrase.isEmpty())
        return fail(ErrorCode::PassphraseRequired, Tr::tr("An encrypted backup needs a passphrase"));

    BackupMetadata metadata;
    metadata.created = QDateTime::currentDateTimeUtc();
    metadata.encrypted = request.encrypt;
    const QString extension = request.encrypt ? kEncryptedExtension : engine.fileExtension();
    for (int attempt = 0; attempt < 5; ++attempt) {
        metadata.id = makeId(request.reason, metadata.created);
        metadata.fileName = metadata.id + u'.' + extension;
        if (!QFileInfo::exists(m_directory + u'/' + metadata.fileName) && !QFileInfo::exists(m_directory + u'/' + metadata.id + kSidecarSuffix))
            break;
    }
    const QString finalPath = m_directory + u'/' + metadata.fileName;
    const QString partPath = finalPath + kPartSuffix;
    // The engine's dump; for an encrypted backup a private temporary that is removed once encrypted.
    const QString dumpPath = m_directory + u'/' + metadata.id + u'.' + engine.fileExtension() + kPartSuffix;
    auto discard = [&](Error error) {
        QFile::remove(dumpPath);
        QFile::remove(partPath);
        QFile::remove(finalPath);
        QFile::remove(m_directory + u'/' + metadata.id + kSignatureSuffix);
        qCWarning(lcCore) << "backup of" << source.url().redacted() << "failed:" << error.toString();
        return fail(std::move(error));
    };

    auto dumped = engine.dump(source, dumpPath, request.progress);
    if (!dumped)
        return discard(dumped.error());
    const std::optional<FileDigests> hashedWhileWriting = request.encrypt ? std::nullopt : *dumped;
    // Right after writing, while the file is still in the page cache; hashing (or deriving the key
    // with scrypt) runs on a second thread while the engine reads the copy here (the inspector
    // needs this thread's connection).
    std::future<Result<FileDigests>> hashing;
    std::future<Result<BackupKey>> deriving;
    if (request.encrypt)
        deriving = std::async(std::launch::async, [passphrase = m_passphrase] { return BackupKey::create(passphrase); });
    else if (!hashedWhileWriting)
        hashing = std::async(std::launch::async, hashFile, dumpPath);
    ExamineOptions examineOptions;
    examineOptions.integrityCheck = request.verifyAfterCreate;
    examineOptions.countRows = true;
    examineOptions.inspector = request.schema ? nullptr : request.inspector;
    auto examination = engine.examine(dumpPath, examineOptions);
    Result<FileDigests> digests;
    std::optional<BackupKey> key;
    if (request.encrypt) {
        auto derived = deriving.get();
        if (!derived)
            return discard(derived.error());
        key = std::move(*derived);
    } else {
        digests = hashedWhileWriting ? Result<FileDigests>(*hashedWhileWriting) : hashing.get();
        if (!digests)
            return discard(digests.error());
    }
    if (!examination)
        return discard(examination.error());
    if (!examination->opens || !examination->integrityOk)
        return discard(Error{ErrorCode::BackupFailed, Tr::tr("The new backup failed its own check: %1").arg(examination->message),
                             {}, {}, finalPath, 0});
    if (key) {
        auto sealed = encryptFile(*key, dumpPath, partPath);
        QFile::remove(dumpPath);
        if (!sealed)
            return discard(sealed.error());
        // MD5 for the sidecar, and a read-back: the file on disk must be what was written.
        digests = hashFile(partPath);
        if (!digests)
            return discard(digests.error());
        if (digests->sha256 != sealed->sha256)
            return discard(Error{ErrorCode::BackupFailed, Tr::tr("The encrypted backup reads back differently from what was written"),
                                 {}, {}, partPath, 0});
    }

    if (request.schema) {
        metadata.schemaFingerprint = request.schema->fingerprint();
    } else if (examination->schema) {
        metadata.schemaFingerprint = examination->schema->fingerprint();
    } else if (request.inspector) {
        // Engines whose backup files are not databases: the live schema, read right after the dump.
        auto schema = request.inspector->inspect(source.database(), InspectOptions{});
        if (!schema)
            return discard(schema.error());
        metadata.schemaFingerprint = schema->fingerprint();
    }
    metadata.source = source.url().redacted();
    metadata.engine = engine.engineName();
    metadata.size = digests->size;
    metadata.sha256 = digests->sha256;
    metadata.md5 = digests->md5;
    metadata.rowCounts = examination->rowCounts;
    metadata.reason = request.reason;
    metadata.batchId = request.batchId;
    metadata.appVersion = QStringLiteral(SCHEMAPILOT_VERSION);
    if (request.verifyAfterCreate) {
        metadata.lastVerified = QDateTime::currentDateTimeUtc();
        metadata.lastVerifyOk = true;
        metadata.lastVerifyMessage = Tr::tr("ok: integrity check passed when the backup was made");
    }
    auto metadataSha = metadata.computeMetadataSha256();
    if (!metadataSha)
        return discard(metadataSha.error());
    metadata.metadataSha256 = *metadataSha;
    if (key) {
        auto mac = key->metadataMac(metadata.canonicalJson());
        if (!mac)
            return discard(mac.error());
        metadata.metadataMac = *mac;
    }

    if (auto ok = BackupFiles::renameReplacing(partPath, finalPath); !ok)
        return discard(ok.error());
    if (auto ok = writeMetadata(metadata); !ok)
        return discard(ok.error());
    if (!request.signingKeyPath.isEmpty()) {
        if (auto ok = sign(metadata.id, request.signingKeyPath); !ok) {
            QFile::remove(m_directory + u'/' + metadata.id + kSidecarSuffix);
            return discard(ok.error());
        }
    }
    BackupFiles::syncDirectory(m_directory);
    qCInfo(lcCore) << "backup" << metadata.id << "of" << metadata.source << "written," << metadata.size << "bytes";
    return metadata;
}

Result<BackupVerification> BackupStore::verify(const QString &id, const BackupEngine &engine, IntegrityLevel integrity) const
{
    auto sidecarPath = checkedPath(id, kSidecarSuffix);
    if (!sidecarPath)
        return fail(sidecarPath.error());
    BackupVerification result;
    result.id = id;
    QString defaultDataPath = m_directory + u'/' + id + u'.' + engine.fileExtension();
    if (!QFileInfo::exists(defaultDataPath) && QFileInfo::exists(m_directory + u'/' + id + u'.' + kEncryptedExtension))
        defaultDataPath = m_directory + u'/' + id + u'.' + kEncryptedExtension;
    const bool hasSidecar = QFileInfo::exists(*sidecarPath);
    if (!hasSidecar && !QFileInfo::exists(defaultDataPath))
        return fail(Error{ErrorCode::NotFound, Tr::tr("There is no backup %1 in this folder; `backup list` shows the ids").arg(id),
                          {}, {}, m_directory, 0});

    QStringList problems;
    std::optional<BackupMetadata> metadata;
    std::future<Result<FileDigests>> hashing;   // runs beside the engine's check
    QString dataPath = defaultDataPath;
    bool dataChecked = false;                   // size matched: the file's content can be checked
    if (!hasSidecar) {
        problems << Tr::tr("its metadata file %1.json is missing, so its checksum cannot be checked").arg(id);
    } else if (auto read = readSidecar(*sidecarPath); !read) {
        problems << Tr::tr("its metadata file cannot be used: %1").arg(read.error().toString());
    } else if (read->id != id) {
        problems << Tr::tr("its metadata file names another backup (%1)").arg(printable(read->id));
    } else {
        metadata = *read;
        dataPath = m_directory + u'/' + metadata->fileName;
        auto expected = metadata->computeMetadataSha256();
        if (!expected)
            return fail(expected.error());
        if (metadata->engine != engine.engineName()) {
            problems << Tr::tr("it is a %1 backup and cannot be checked as %2").arg(metadata->engine, engine.engineName());
        } else if (*expected != metadata->metadataSha256) {
            problems << Tr::tr("its metadata file was modified after the backup was made (metadata checksum mismatch)");
        } else {
            const QFileInfo info(dataPath);
            if (!info.isFile()) {
                problems << Tr::tr("the backup file %1 is missing").arg(metadata->fileName);
            } else if (info.size() != metadata->size) {
                problems << Tr::tr("the backup file has %1 bytes but had %2 when it was made (truncated or altered)")
                                .arg(info.size()).arg(metadata->size);
            } else {
                dataChecked = true;
                if (!metadata->encrypted)
                    hashing = std::async(std::launch::async, sha256File, dataPath);
            }
        }
    }

    // Encrypted: authenticate the metadata and every record (hashing in the same pass) into a
    // private temporary copy, which is what the engine then examines.
    std::optional<DecryptedCopy> plain;
    const bool encrypted = metadata && metadata->encrypted;
    if (encrypted && dataChecked) {
        auto decrypted = decryptedCopy(*metadata, dataPath);
        if (!decrypted && decrypted.error().code == ErrorCode::BackupInvalid)
            problems << decrypted.error().message;
        else if (!decrypted)
            return fail(decrypted.error());
        else {
            result.checksumOk = decrypted->encryptedDigests().sha256 == metadata->sha256;
            if (!result.checksumOk)
                problems << Tr::tr("the backup file's SHA-256 does not match its metadata (the file was changed or corrupted)");
            plain.emplace(std::move(*decrypted));
        }
    }

    // The engine's check runs even after a checksum failure, so that both results are reported
    // (not on an encrypted file that could not be decrypted: there is nothing it could read).
    std::optional<BackupExamination> examination;
    if (!encrypted || plain) {
        ExamineOptions examineOptions;
        examineOptions.countRows = false;
        examineOptions.integrity = integrity;
        auto examined = engine.examine(plain ? plain->path() : dataPath, examineOptions);
        if (!examined)
            return fail(examined.error());
        examination = *examined;
    }
    if (hashing.valid()) {
        auto digests = hashing.get();
        if (!digests)
            problems << digests.error().toString();
        else if (digests->sha256 != metadata->sha256)
            problems << Tr::tr("the backup file's SHA-256 does not match its metadata (the file was changed or corrupted)");
        else
            result.checksumOk = true;
    }
    result.integrityOk = examination && examination->opens && examination->integrityOk;
    if (examination && !result.integrityOk && !problems.contains(examination->message, Qt::CaseInsensitive))
        problems << examination->message;

    result.ok = result.checksumOk && result.integrityOk;
    const QString check = integrity == IntegrityLevel::Full ? Tr::tr("the integrity check passed")
                                                            : Tr::tr("the quick integrity check passed");
    result.message = result.ok ? (encrypted ? Tr::tr("ok: decrypted and authenticated, SHA-256 matches and %1").arg(check)
                                            : Tr::tr("ok: SHA-256 matches and %1").arg(check))
                               : Tr::tr("Backup %1 is not usable: %2").arg(id, problems.join(QStringLiteral("; ")));
    result.verifiedAt = QDateTime::currentDateTimeUtc();
    if (metadata) {
        metadata->lastVerified = result.verifiedAt;
        metadata->lastVerifyOk = result.ok;
        metadata->lastVerifyMessage = result.message;
        if (auto ok = writeMetadata(*metadata); !ok)
            qCWarning(lcCore) << "could not record the verification of" << id << ":" << ok.error().toString();
    }
    if (result.ok)
        qCDebug(lcCore) << "verify" << id << ":" << result.message;
    else
        qCWarning(lcCore) << "verify" << id << ":" << result.message;
    return result;
}

Result<DecryptedCopy> BackupStore::decryptedCopy(const BackupMetadata &metadata, const QString &dataPath) const
{
    if (m_passphrase.isEmpty())
        return fail(ErrorCode::PassphraseRequired,
                    Tr::tr("Backup %1 is encrypted: its passphrase is needed to verify or restore it").arg(metadata.id));
    auto key = BackupKey::forFile(dataPath, m_passphrase);
    if (!key && key.error().code == ErrorCode::WrongPassphrase) {
        // A changed header reads like a wrong passphrase; the file's checksum tells them apart.
        auto digests = sha256File(dataPath);
        if (digests && digests->sha256 != metadata.sha256)
            return fail(Error{ErrorCode::BackupInvalid,
                              Tr::tr("the encrypted file was changed (its header and SHA-256 no longer match the metadata)"),
                              {}, {}, dataPath, 0});
        return fail(Error{ErrorCode::WrongPassphrase,
                          Tr::tr("Wrong passphrase or the backup was changed: backup %1 cannot be decrypted with it").arg(metadata.id),
                          {}, {}, dataPath, 0});
    }
    if (!key && key.error().code == ErrorCode::BackupInvalid)
        return fail(Error{ErrorCode::BackupInvalid,
                          Tr::tr("its metadata says it is encrypted but %1 is not an encrypted backup").arg(metadata.fileName), {}, {},
                          dataPath, 0});
    if (!key)
        return fail(key.error());
    if (!key->checkMetadataMac(metadata.canonicalJson(), metadata.metadataMac))
        return fail(Error{ErrorCode::BackupInvalid,
                          Tr::tr("its metadata file was changed after the backup was made (it fails authentication with the passphrase)"),
                          {}, {}, m_directory + u'/' + metadata.id + kSidecarSuffix, 0});
    auto copy = DecryptedCopy::make(m_directory, metadata.id, dataPath, *key);
    if (!copy && copy.error().code == ErrorCode::BackupInvalid)
        return fail(Error{ErrorCode::BackupInvalid, copy.error().message.left(1).toLower() + copy.error().message.mid(1), {}, {},
                          dataPath, 0});
    return copy;
}

Result<void> BackupStore::restore(const QString &id, const Connection &target, const BackupEngine &engine,
                                  const BackupProgress &progress) const
{
    auto metadata = find(id);
    if (!metadata)
        return fail(metadata.error());
    if (metadata->engine != engine.engineName() || target.url().engineName() != metadata->engine)
        return fail(ErrorCode::Refused, Tr::tr("Backup %1 is a %2 backup; it cannot be restored into a %3 database")
                                            .arg(id, metadata->engine, target.url().engineName()));
    const QString dataPath = m_directory + u'/' + metadata->fileName;
    if (!metadata->encrypted)
        return engine.restore(dataPath, target, progress);
    // Every record is authenticated into the private copy before the engine touches the database.
    auto plain = decryptedCopy(*metadata, dataPath);
    if (!plain) {
        Error error = plain.error();
        if (error.code == ErrorCode::BackupInvalid)
            error.message = Tr::tr("Backup %1 is not usable, nothing was restored: %2").arg(id, error.message);
        return fail(error);
    }
    if (plain->encryptedDigests().sha256 != metadata->sha256)
        return fail(Error{ErrorCode::BackupInvalid,
                          Tr::tr("Backup %1 is not usable, nothing was restored: the backup file's SHA-256 does not match its metadata")
                              .arg(id), {}, {}, dataPath, 0});
    return engine.restore(plain->path(), target, progress);
}

Result<void> BackupStore::sign(const QString &id, const QString &privateKeyPath) const
{
    auto path = checkedPath(id, kSignatureSuffix);
    if (!path)
        return fail(path.error());
    auto metadata = find(id);
    if (!metadata)
        return fail(metadata.error());
    auto signature = ManifestSigner::sign(privateKeyPath, metadata->canonicalJson());
    if (!signature)
        return fail(signature.error());
    return BackupFiles::writeAtomically(*path, signature->toBase64() + '\n');
}

bool BackupStore::isSigned(const QString &id) const
{
    auto path = checkedPath(id, kSignatureSuffix);
    return path && QFileInfo(*path).isFile();
}

Result<SignatureCheck> BackupStore::checkSignature(const QString &id, const QString &publicKeyPath) const
{
    auto path = checkedPath(id, kSignatureSuffix);
    if (!path)
        return fail(path.error());
    auto metadata = find(id);
    if (!metadata)
        return fail(metadata.error());
    SignatureCheck check;
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.message = Tr::tr("Backup %1 has no signature (%2.json.sig is missing)").arg(id, id);
        return check;
    }
    check.present = true;
    const QByteArray signature = QByteArray::fromBase64(file.read(4096).trimmed());
    auto valid = ManifestSigner::verify(publicKeyPath, metadata->canonicalJson(), signature);
    if (!valid)
        return fail(valid.error());
    check.valid = *valid;
    check.message = check.valid ? Tr::tr("ok: the metadata of backup %1 is signed by this key").arg(id)
                                : Tr::tr("The signature of backup %1 does not match its metadata and this key (the metadata "
                                         "or the signature was changed, or another key signed it)").arg(id);
    return check;
}

Result<QList<BackupMetadata>> BackupStore::list() const
{
    QList<BackupMetadata> backups;
    const QDir dir(m_directory);
    if (!dir.exists())
        return backups;
    const QStringList sidecars = dir.entryList({u'*' + kSidecarSuffix}, QDir::Files);
    for (const QString &name : sidecars) {
        const QString id = name.chopped(kSidecarSuffix.size());
        if (!isValidId(id))
            continue;
        auto metadata = readSidecar(dir.filePath(name));
        if (!metadata || metadata->id != id) {
            qCWarning(lcCore) << "skipping unreadable backup metadata" << name
                              << (metadata ? QStringLiteral("(id does not match its file name)") : metadata.error().toString());
            continue;
        }
        backups << *metadata;
    }
    std::sort(backups.begin(), backups.end(), [](const BackupMetadata &a, const BackupMetadata &b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    return backups;
}

Result<BackupMetadata> BackupStore::find(const QString &id) const
{
    auto path = checkedPath(id, kSidecarSuffix);
    if (!path)
        return fail(path.error());
    if (!QFileInfo::exists(*path))
        return fail(Error{ErrorCode::NotFound, Tr::tr("There is no backup %1 in this folder; `backup list` shows the ids").arg(id),
                          {}, {}, m_directory, 0});
    auto metadata = readSidecar(*path);
    if (metadata && metadata->id != id)
        return fail(Error{ErrorCode::BackupInvalid, Tr::tr("The backup metadata names another backup (%1); it was edited or renamed")
                                                        .arg(metadata->id.left(100)), {}, {}, *path, 0});
    return metadata;
}

Result<void> BackupStore::remove(const QString &id) const
{
    auto sidecar = checkedPath(id, kSidecarSuffix);
    if (!sidecar)
        return fail(sidecar.error());
    // Whatever belongs to the id: data file(s) of any engine, a leftover .part, the sidecar.
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({id + QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
    if (files.isEmpty())
        return fail(Error{ErrorCode::NotFound, Tr::tr("There is no backup %1 in this folder; `backup list` shows the ids").arg(id),
                          {}, {}, m_directory, 0});
    for (const QString &name : files) {
        if (!QFile::remove(dir.filePath(name)))
            return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot delete a file of backup %1").arg(id), {}, {}, dir.filePath(name), 0});
    }
    BackupFiles::syncDirectory(m_directory);
    qCInfo(lcCore) << "removed backup" << id;
    return {};
}

Result<QList<BackupMetadata>> BackupStore::cleanup(const CleanupOptions &options) const
{
    if (options.keepDays && *options.keepDays < 0)
        return fail(ErrorCode::Usage, Tr::tr("--keep-days must be 0 or more (got %1)").arg(*options.keepDays));
    if (options.keepCount < 0)
        return fail(ErrorCode::Usage, Tr::tr("The number of backups to keep must be 0 or more (got %1)").arg(options.keepCount));
    auto backups = list();
    if (!backups)
        return fail(backups.error());
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime cutoff = options.keepDays ? now.addDays(-*options.keepDays) : QDateTime();
    // list() is newest first: the first verified one is the newest verified backup.
    const auto newestVerified = std::find_if(backups->cbegin(), backups->cend(),
                                             [](const BackupMetadata &m) { return m.isVerifiedOk(); });
    const QString keepId = newestVerified != backups->cend() ? newestVerified->id : QString();
    QList<BackupMetadata> removed;
    int position = 0;   // among the backups of the selected reasons, newest first
    for (const BackupMetadata &backup : std::as_const(*backups)) {
        if (!options.reasons.isEmpty() && !options.reasons.contains(backup.reason))
            continue;
        const bool tooOld = cutoff.isValid() && backup.created < cutoff;
        const bool tooMany = options.keepCount > 0 && position >= options.keepCount;
        ++position;
        if (!tooOld && !tooMany)
            continue;
        if (backup.id == keepId || (!options.protectedBatchId.isEmpty() && backup.batchId == options.protectedBatchId))
            continue;
        if (auto ok = remove(backup.id); !ok)
            return fail(ok.error());
        removed << backup;
    }
    // Leftovers of dumps that were interrupted (crash, kill) more than a day ago.
    const QDir dir(m_directory);
    for (const QFileInfo &part : dir.entryInfoList({u'*' + kPartSuffix}, QDir::Files | QDir::Hidden))
        if (part.lastModified().toUTC() < now.addDays(-1) && isValidId(part.fileName().section(u'.', 0, 0)))
            QFile::remove(part.absoluteFilePath());
    return removed;
}

Result<BackupStats> BackupStore::stats() const
{
    auto backups = list();
    if (!backups)
        return fail(backups.error());
    BackupStats stats;
    stats.count = int(backups->size());
    for (const BackupMetadata &backup : std::as_const(*backups)) {
        stats.totalBytes += backup.size;
        if (!stats.oldest.isValid() || backup.created < stats.oldest)
            stats.oldest = backup.created;
        if (!stats.newest.isValid() || backup.created > stats.newest)
            stats.newest = backup.created;
        if (backup.lastVerified.isValid() && (!stats.lastVerified.isValid() || backup.lastVerified > stats.lastVerified)) {
            stats.lastVerified = backup.lastVerified;
            stats.lastVerifiedId = backup.id;
            stats.lastVerifyOk = backup.lastVerifyOk;
        }
    }
    return stats;
}

Result<void> checkRestored(const BackupMetadata &metadata, const Connection &target, const BackupEngine &engine,
                           const Inspector *inspector)
{
    auto counts = engine.rowCounts(target);
    if (!counts)
        return fail(counts.error());
    QStringList differences;
    for (auto it = metadata.rowCounts.cbegin(); it != metadata.rowCounts.cend(); ++it) {
        if (!counts->contains(it.key()))
            differences << Tr::tr("table %1 is missing").arg(it.key());
        else if (counts->value(it.key()) != it.value())
            differences << Tr::tr("table %1 has %2 rows, the backup %3").arg(it.key()).arg(counts->value(it.key())).arg(it.value());
    }
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        if (!metadata.rowCounts.contains(it.key()))
            differences << Tr::tr("table %1 is not in the backup").arg(it.key());
    if (inspector && !metadata.schemaFingerprint.isEmpty()) {
        auto schema = inspector->inspect(target.database(), InspectOptions{});
        if (!schema)
            return fail(schema.error());
        if (schema->fingerprint() != metadata.schemaFingerprint)
            differences << Tr::tr("the schema differs from the backup's (fingerprint mismatch)");
    }
    if (!differences.isEmpty())
        return fail(ErrorCode::VerificationFailed,
                    Tr::tr("The restored database does not match backup %1: %2").arg(metadata.id, differences.join(QStringLiteral("; "))));
    return {};
}

Result<QString> defaultBackupDirectory(const ConnectionUrl &url)
{
    if (url.isSQLite()) {
        if (url.isMemory() || url.path.isEmpty())
            return fail(ErrorCode::Usage, Tr::tr("An in-memory database has no folder for backups; pass --backup-dir"));
        return QFileInfo(url.path).absoluteFilePath() + QStringLiteral(".backups");
    }
    // Servers: one folder per server and database in the user's data location.
    QString name = QStringLiteral("%1-%2-%3-%4").arg(url.engineName(), url.host).arg(url.effectivePort()).arg(url.database);
    // PostgreSQL backs up one schema per backup: other schemas of the database get their own folder.
    const QString schema = url.params.value(QStringLiteral("schema"));
    if (url.engine == Engine::PostgreSQL && !schema.isEmpty() && schema != QStringLiteral("public"))
        name += u'-' + schema;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        return fail(ErrorCode::Usage, Tr::tr("No user data folder is known for backups; pass --backup-dir"));
    return base + QStringLiteral("/schemapilot/backups/") + name;
}

} // namespace SchemaPilot::Core
