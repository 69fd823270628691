// Ed25519-signed backup manifests on real files: key generation, signing at create time,
// verification that survives later verifications, and refusal of any tampering or a wrong key.
#include "backup/backupstore.h"
#include "crypto/manifestsigner.h"
#include "dialects/sqlite/sqlitebackup.h"
#include "exec/restore.h"
#include "support/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

int mode(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TestSignedManifest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SqliteBackupEngine m_engine;
    DialectRegistry m_dialects = DialectRegistry::withBuiltins();
    QString m_folder;
    QString m_dbPath;
    QString m_storePath;
    SigningKeyFiles m_keys;

    BackupMetadata createSigned(const QString &privateKey)
    {
        ConnectionUrl url;
        url.path = m_dbPath;
        auto connection = Connection::open(url, Connection::Access::ReadOnly, QStringLiteral("sign-test"));
        if (!connection)
            return {};
        BackupRequest request;
        request.signingKeyPath = privateKey;
        auto created = BackupStore(m_storePath).create(**connection, m_engine, request);
        if (!created)
            qWarning() << created.error().toString();
        return created ? *created : BackupMetadata{};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-'
                                  + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        QVERIFY(QDir().mkpath(m_folder));
        m_dbPath = m_folder + QStringLiteral("/app.db");
        m_storePath = m_folder + QStringLiteral("/app.db.backups");
        QCOMPARE(createSqliteFile(m_dbPath, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);"
                                                           "INSERT INTO t VALUES (1, 'one'), (2, 'two');")),
                 QString());
        auto keys = ManifestSigner::generateKeyPair(m_folder + QStringLiteral("/keys"));
        QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().toString()));
        m_keys = *keys;
    }

    void generatedKeysArePemWithAPrivatePrivateKey()
    {
        QCOMPARE(mode(m_keys.privateKeyPath), 0600);
        QCOMPARE(mode(QFileInfo(m_keys.privateKeyPath).absolutePath()), 0700);
        QVERIFY(readAll(m_keys.privateKeyPath).startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(readAll(m_keys.publicKeyPath).startsWith("-----BEGIN PUBLIC KEY-----"));
        // A second pair never overwrites the first.
        auto again = ManifestSigner::generateKeyPair(m_folder + QStringLiteral("/keys"));
        QVERIFY(!again);
        QVERIFY(readAll(m_keys.privateKeyPath).startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    void signatureInteroperatesWithOpenSsl()
    {
        // The same bytes, checked by the openssl tool: the signature is plain Ed25519 over the data.
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "the openssl command-line tool is part of the build environment (libssl-dev)");
        const QByteArray data = "{\"id\":\"x\",\"sha256\":\"abc\"}";
        auto signature = ManifestSigner::sign(m_keys.privateKeyPath, data);
        QVERIFY(signature);
        QCOMPARE(signature->size(), 64);
        QVERIFY(writeAll(m_folder + QStringLiteral("/data"), data));
        QVERIFY(writeAll(m_folder + QStringLiteral("/sig"), *signature));
        QProcess process;
        process.start(openssl, {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                                m_keys.publicKeyPath, QStringLiteral("-rawin"), QStringLiteral("-in"), m_folder + QStringLiteral("/data"),
                                QStringLiteral("-sigfile"), m_folder + QStringLiteral("/sig")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(*ManifestSigner::verify(m_keys.publicKeyPath, data, *signature));
        QVERIFY(!*ManifestSigner::verify(m_keys.publicKeyPath, QByteArray(data).replace("abc", "abd"), *signature));
    }

    void signedBackupVerifiesAndSurvivesVerification()
    {
        const BackupMetadata created = createSigned(m_keys.privateKeyPath);
        QVERIFY(!created.id.isEmpty());
        const BackupStore store(m_storePath);
        QVERIFY(store.isSigned(created.id));
        QCOMPARE(mode(m_storePath + u'/' + created.id + QStringLiteral(".json.sig")), 0600);
        auto check = store.checkSignature(created.id, m_keys.publicKeyPath);
        QVERIFY2(check && check->present && check->valid, qPrintable(check ? check->message : check.error().toString()));
        // verify() rewrites the last-verification fields; they are outside what is signed.
        auto verified = store.verify(created.id, m_engine);
        QVERIFY(verified && verified->ok);
        QVERIFY(store.checkSignature(created.id, m_keys.publicKeyPath)->valid);
        // An unsigned backup is reported as such; remove() takes the signature away with the backup.
        const BackupMetadata unsigned_ = createSigned(QString());
        QVERIFY(!store.isSigned(unsigned_.id));
        auto missing = store.checkSignature(unsigned_.id, m_keys.publicKeyPath);
        QVERIFY(missing && !missing->present && !missing->valid);
        QVERIFY(store.remove(created.id));
        QVERIFY(!QFileInfo::exists(m_storePath + u'/' + created.id + QStringLiteral(".json.sig")));
    }

    void tamperingOrAnotherKeyIsRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("row count edited, checksum recomputed") << "metadata";
        QTest::newRow("signature byte flipped") << "signature";
        QTest::newRow("signature deleted") << "delete";
        QTest::newRow("signed by another key") << "other-key";
    }

    void tamperingOrAnotherKeyIsRefused()
    {
        QFETCH(QString, change);
        const BackupMetadata created = createSigned(m_keys.privateKeyPath);
        QVERIFY(!created.id.isEmpty());
        const QString sidecar = m_storePath + u'/' + created.id + QStringLiteral(".json");
        const QString signature = sidecar + QStringLiteral(".sig");
        QString publicKey = m_keys.publicKeyPath;
        if (change == QStringLiteral("metadata")) {
            BackupMetadata edited = created;
            edited.rowCounts[QStringLiteral("t")] = 3;
            edited.metadataSha256 = *edited.computeMetadataSha256();
            QVERIFY(writeAll(sidecar, QJsonDocument(edited.toJson()).toJson()));
        } else if (change == QStringLiteral("signature")) {
            QByteArray raw = QByteArray::fromBase64(readAll(signature).trimmed());
            raw[10] = char(raw[10] ^ 0x01);
            QVERIFY(writeAll(signature, raw.toBase64() + '\n'));
        } else if (change == QStringLiteral("delete")) {
            QVERIFY(QFile::remove(signature));
        } else {
            auto other = ManifestSigner::generateKeyPair(m_folder + QStringLiteral("/other"));
            QVERIFY(other);
            publicKey = other->publicKeyPath;
        }
        auto check = BackupStore(m_storePath).checkSignature(created.id, publicKey);
        QVERIFY(check);
        QVERIFY2(!check->valid, "a tampered or foreign signature was accepted");
        QCOMPARE(check->present, change != QStringLiteral("delete"));

        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral("INSERT INTO t VALUES (3, 'three')")), QString());
        const QStringList before = querySqliteFile(m_dbPath, QStringLiteral("SELECT id || v FROM t ORDER BY id"));
        RestoreRequest request;
        request.url = *ConnectionUrl::parse(m_dbPath);
        request.backupId = created.id;
        request.backupDir = m_storePath;
        request.requiredSignatureKey = publicKey;
        auto restored = restoreBackup(m_dialects, request);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Refused);
        QCOMPARE(querySqliteFile(m_dbPath, QStringLiteral("SELECT id || v FROM t ORDER BY id")), before);
        QCOMPARE(BackupStore(m_storePath).list()->size(), 1);   // no pre-restore backup either
    }

    void validSignatureAllowsTheRestore()
    {
        const BackupMetadata created = createSigned(m_keys.privateKeyPath);
        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral("DELETE FROM t")), QString());
        RestoreRequest request;
        request.url = *ConnectionUrl::parse(m_dbPath);
        request.backupId = created.id;
        request.backupDir = m_storePath;
        request.requiredSignatureKey = m_keys.publicKeyPath;
        auto restored = restoreBackup(m_dialects, request);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QCOMPARE(querySqliteFile(m_dbPath, QStringLiteral("SELECT id || v FROM t ORDER BY id")),
                 (QStringList{QStringLiteral("1one"), QStringLiteral("2two")}));
    }

    void unusableKeysAreErrorsNotVerdicts()
    {
        const BackupMetadata created = createSigned(m_keys.privateKeyPath);
        QVERIFY(writeAll(m_folder + QStringLiteral("/garbage.pub"), "not a key"));
        auto garbage = BackupStore(m_storePath).checkSignature(created.id, m_folder + QStringLiteral("/garbage.pub"));
        QVERIFY(!garbage);
        auto missing = BackupStore(m_storePath).checkSignature(created.id, m_folder + QStringLiteral("/missing.pub"));
        QVERIFY(!missing);
        // Signing with a public key, or with nothing, fails the create and leaves nothing behind.
        const BackupMetadata failed = createSigned(m_keys.publicKeyPath);
        QVERIFY(failed.id.isEmpty());
        QCOMPARE(BackupStore(m_storePath).list()->size(), 1);
        QCOMPARE(QDir(m_storePath).entryList(QDir::Files).size(), 3);   // the first backup, its sidecar, its signature
    }
};

QTEST_GUILESS_MAIN(TestSignedManifest)
#include "tst_signedmanifest.moc"
