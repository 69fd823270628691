// Encrypted backups on real SQLite files: the cipher's record format (every flipped, cut, swapped
// or appended byte is caught), and the store and restore orchestration, which must refuse a wrong
// passphrase or any change before the database is touched.
#include "backup/backupstore.h"
#include "crypto/backupcipher.h"
#include "crypto/hasher.h"
#include "dialects/sqlite/sqlitebackup.h"
#include "exec/restore.h"
#include "support/filetamper.h"
#include "support/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple 41");
const QByteArray kMarker = "PLAINTEXT-MARKER-7d1c";   // a value stored in the database, never in the backup file

// ~3 MiB of rows so that the encrypted file has several 1 MiB records.
const char kSchema[] =
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
    "CREATE TABLE blobs (id INTEGER PRIMARY KEY, payload BLOB);"
    "INSERT INTO users VALUES (1, 'Ada'), (2, 'PLAINTEXT-MARKER-7d1c'), (3, 'Chloé');"
    "INSERT INTO blobs SELECT value, randomblob(3000) FROM "
    "(WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 1000) SELECT value FROM n);";

int mode(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QString sha256Of(const QString &path)
{
    auto digests = hashFile(path);
    return digests ? digests->sha256 : QString();
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


QStringList tableContent(const QString &path)
{
    return querySqliteFile(path, QStringLiteral("SELECT 'users ' || id || ' ' || name FROM users ORDER BY id"))
           + querySqliteFile(path, QStringLiteral("SELECT 'blobs ' || count(*) || ' ' || sum(length(payload)) || ' ' || "
                                                  "hex(substr(group_concat(hex(payload)), 1, 64)) FROM blobs"));
}

// Peak RSS since the last reset (Linux /proc/self/clear_refs "5" resets VmHWM).
void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

qint64 peakRssKb()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

class TestEncryptedBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SqliteBackupEngine m_engine;
    DialectRegistry m_dialects = DialectRegistry::withBuiltins();
    QString m_dbPath;
    QString m_storePath;

    QString base() const { return QFileInfo(m_dbPath).absolutePath(); }

    BackupStore store(const QString &passphrase = kPassphrase) const
    {
        BackupStore s(m_storePath);
        s.setPassphrase(passphrase);
        return s;
    }

    // An encrypted backup of the fixture database, made with the store.
    BackupMetadata createEncrypted()
    {
        ConnectionUrl url;
        url.path = m_dbPath;
        auto connection = Connection::open(url, Connection::Access::ReadOnly, QStringLiteral("encrypt-test"));
        if (!connection)
            return {};
        BackupRequest request;
        request.encrypt = true;
        auto created = store().create(**connection, m_engine, request);
        if (!created)
            qWarning() << created.error().toString();
        return created ? *created : BackupMetadata{};
    }

    Result<RestoreResult> restore(const QString &id, const QString &passphrase)
    {
        RestoreRequest request;
        request.url = *ConnectionUrl::parse(m_dbPath);
        request.backupId = id;
        request.backupDir = m_storePath;
        request.passphrase = passphrase;
        return restoreBackup(m_dialects, request);
    }

    // A file of `size` random bytes.
    QString randomFile(const QString &name, qint64 size)
    {
        const QString path = base() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray chunk(1 << 16, Qt::Uninitialized);
        for (qint64 written = 0; written < size; written += chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            file.write(chunk.constData(), std::min<qint64>(chunk.size(), size - written));
        }
        return path;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-'
                                              + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        QVERIFY(QDir().mkpath(folder));
        m_dbPath = folder + QStringLiteral("/app.db");
        m_storePath = folder + QStringLiteral("/app.db.backups");
        QCOMPARE(createSqliteFile(m_dbPath, QString::fromLatin1(kSchema)), QString());
    }

    // Streaming: flat memory whatever the size, and every record layout round-trips.
    void cipherRoundTripsEveryLayout_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<quint32>("recordSize");
        QTest::newRow("empty file") << qint64(0) << quint32(4096);
        QTest::newRow("smaller than one record") << qint64(1000) << quint32(4096);
        QTest::newRow("exactly three records") << qint64(3 * 4096) << quint32(4096);
        QTest::newRow("seven records and a tail") << qint64(7 * 4096 + 123) << quint32(4096);
        QTest::newRow("six default 1 MiB records and a tail") << qint64(6 * (1 << 20) + 777) << quint32(1 << 20);
    }

    void cipherRoundTripsEveryLayout()
    {
        QFETCH(qint64, size);
        QFETCH(quint32, recordSize);
        const QString plain = randomFile(QStringLiteral("plain.bin"), size);
        EncryptOptions options;
        options.recordSize = recordSize;
        options.scrypt.log2N = 12;   // the format, not the cost, is under test here
        auto key = BackupKey::create(kPassphrase.toUtf8(), options);
        QVERIFY2(key, qPrintable(key ? QString() : key.error().toString()));
        const QString sealed = base() + QStringLiteral("/sealed.enc");
        auto written = encryptFile(*key, plain, sealed);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const qint64 records = size / recordSize + 1;   // full records, then a short final one
        QCOMPARE(QFileInfo(sealed).size(), 68 + size + records * 16);
        QCOMPARE(written->sha256, sha256Of(sealed));
        QCOMPARE(mode(sealed), 0600);
        QVERIFY(isEncryptedBackupFile(sealed));
        QVERIFY(!isEncryptedBackupFile(plain));

        auto reopened = BackupKey::forFile(sealed, kPassphrase.toUtf8());
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
        const QString back = base() + QStringLiteral("/back.bin");
        auto read = decryptFile(*reopened, sealed, back);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read->sha256, written->sha256);
        QCOMPARE(sha256Of(back), sha256Of(plain));
        QCOMPARE(mode(back), 0600);
    }

    void memoryStaysFlatWhileEncrypting()
    {
        // 48 records of 1 MiB: the working set must stay near two records, not grow with the file.
        const QString plain = randomFile(QStringLiteral("big.bin"), qint64(48) << 20);
        auto key = BackupKey::create(kPassphrase.toUtf8());
        QVERIFY(key);
        resetPeakRss();
        const qint64 before = peakRssKb();
        QVERIFY(before > 0);
        const QString sealed = base() + QStringLiteral("/big.enc");
        QVERIFY(encryptFile(*key, plain, sealed));
        QVERIFY(decryptFile(*key, sealed, base() + QStringLiteral("/big.back")));
        const qint64 growth = peakRssKb() - before;
        QVERIFY2(growth < 16 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB for a 48 MiB file").arg(growth)));
        QCOMPARE(sha256Of(base() + QStringLiteral("/big.back")), sha256Of(plain));
    }

    void cipherDetectsEveryChange_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("expectedCode");
        const int invalid = int(ErrorCode::BackupInvalid);
        const int wrongKey = int(ErrorCode::WrongPassphrase);
        QTest::newRow("flipped byte in the magic") << "flip:0" << invalid;
        QTest::newRow("flipped byte in the scrypt salt") << "flip:30" << wrongKey;
        QTest::newRow("flipped byte in the base nonce") << "flip:45" << wrongKey;
        QTest::newRow("flipped byte in the key check") << "flip:60" << wrongKey;
        QTest::newRow("flipped byte in a middle record") << "flip:20000" << invalid;
        QTest::newRow("flipped byte in the last record's tag") << "flip:-1" << invalid;
        QTest::newRow("cut at a record boundary") << "cut-boundary" << invalid;
        QTest::newRow("cut inside the last record") << "cut:-5" << invalid;
        QTest::newRow("two records swapped") << "swap" << invalid;
        QTest::newRow("a record dropped") << "drop" << invalid;
        QTest::newRow("bytes appended") << "append" << invalid;
    }

    void cipherDetectsEveryChange()
    {
        QFETCH(QString, change);
        QFETCH(int, expectedCode);
        constexpr quint32 recordSize = 4096;
        constexpr qint64 sealedRecord = recordSize + 16;
        const QString plain = randomFile(QStringLiteral("plain.bin"), 9 * recordSize + 100);
        EncryptOptions options;
        options.recordSize = recordSize;
        options.scrypt.log2N = 12;
        auto key = BackupKey::create(kPassphrase.toUtf8(), options);
        QVERIFY(key);
        const QString sealed = base() + QStringLiteral("/sealed.enc");
        QVERIFY(encryptFile(*key, plain, sealed));

        QByteArray data = readAll(sealed);
        if (change.startsWith(QStringLiteral("flip:"))) {
            QVERIFY(flipByte(sealed, change.mid(5).toLongLong(), char(0x01)));
        } else if (change == QStringLiteral("cut-boundary")) {
            QVERIFY(writeAll(sealed, data.left(68 + 9 * sealedRecord)));
        } else if (change.startsWith(QStringLiteral("cut:"))) {
            QVERIFY(writeAll(sealed, data.left(data.size() + change.mid(4).toInt())));
        } else if (change == QStringLiteral("swap")) {
            const QByteArray first = data.mid(68 + 2 * sealedRecord, sealedRecord);
            const QByteArray second = data.mid(68 + 3 * sealedRecord, sealedRecord);
            data.replace(68 + 2 * sealedRecord, sealedRecord, second);
            data.replace(68 + 3 * sealedRecord, sealedRecord, first);
            QVERIFY(writeAll(sealed, data));
        } else if (change == QStringLiteral("drop")) {
            QVERIFY(writeAll(sealed, data.remove(68 + 4 * sealedRecord, sealedRecord)));
        } else {
            QVERIFY(writeAll(sealed, data + QByteArray(40, 'x')));
        }

        const QString back = base() + QStringLiteral("/back.bin");
        auto reopened = BackupKey::forFile(sealed, kPassphrase.toUtf8());
        if (!reopened) {
            QCOMPARE(int(reopened.error().code), expectedCode);
            return;
        }
        auto read = decryptFile(*reopened, sealed, back);
        QVERIFY2(!read, "a changed encrypted file decrypted without an error");
        QCOMPARE(int(read.error().code), expectedCode);
        QVERIFY2(!QFileInfo::exists(back), "plaintext was left behind after a failed decryption");
    }

    void wrongPassphraseIsNamedAsSuch()
    {
        const QString plain = randomFile(QStringLiteral("plain.bin"), 5000);
        EncryptOptions options;
        options.scrypt.log2N = 12;
        auto key = BackupKey::create(kPassphrase.toUtf8(), options);
        QVERIFY(key);
        const QString sealed = base() + QStringLiteral("/sealed.enc");
        QVERIFY(encryptFile(*key, plain, sealed));
        auto wrong = BackupKey::forFile(sealed, "correct horse battery staple 42");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
        QVERIFY2(wrong.error().message.contains(QStringLiteral("Wrong passphrase")), qPrintable(wrong.error().message));
        auto notEncrypted = BackupKey::forFile(plain, kPassphrase.toUtf8());
        QVERIFY(!notEncrypted);
        QCOMPARE(notEncrypted.error().code, ErrorCode::BackupInvalid);
        QVERIFY2(notEncrypted.error().message.contains(QStringLiteral("not an encrypted backup")),
                 qPrintable(notEncrypted.error().message));
    }

    void roundTripThroughTheStore()
    {
        const QStringList original = tableContent(m_dbPath);
        QCOMPARE(original.size(), 4);
        const BackupMetadata created = createEncrypted();
        QVERIFY(!created.id.isEmpty());
        QVERIFY(created.encrypted);
        QCOMPARE(created.fileName, created.id + QStringLiteral(".enc"));
        QVERIFY(!created.metadataMac.isEmpty());
        QCOMPARE(created.rowCounts.value(QStringLiteral("blobs")), 1000);

        const QString file = m_storePath + u'/' + created.fileName;
        QCOMPARE(mode(file), 0600);
        QCOMPARE(created.sha256, sha256Of(file));   // the checksum is of the file on disk
        QCOMPARE(QFileInfo(file).size(), created.size);
        const QByteArray sealed = readAll(file);
        QVERIFY(!sealed.contains(kMarker));
        QVERIFY(!sealed.contains("SQLite format 3"));
        // Only the encrypted file and its sidecar: the engine's plain dump is gone.
        QCOMPARE(QDir(m_storePath).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{created.id + QStringLiteral(".enc"), created.id + QStringLiteral(".json")}));
        QVERIFY(!readAll(m_storePath + u'/' + created.id + QStringLiteral(".json")).contains(kPassphrase.toUtf8()));

        auto verified = store().verify(created.id, m_engine);
        QVERIFY2(verified && verified->ok, qPrintable(verified ? verified->message : verified.error().toString()));
        QVERIFY(verified->checksumOk && verified->integrityOk);

        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral("DELETE FROM blobs WHERE id > 10; UPDATE users SET name = 'changed'")), QString());
        QVERIFY(tableContent(m_dbPath) != original);
        auto restored = restore(created.id, kPassphrase);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QCOMPARE(tableContent(m_dbPath), original);
        // The safety backup of the replaced state is encrypted too.
        auto safety = store().find(restored->safetyBackupId);
        QVERIFY(safety);
        QVERIFY(safety->encrypted);
        QVERIFY(!readAll(m_storePath + u'/' + safety->fileName).contains("changed"));
        // No decrypted temporary is left behind.
        QCOMPARE(QDir(m_storePath).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden), QStringList());
    }

    void missingOrWrongPassphraseLeavesTheDatabaseAlone_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("expectedCode");
        QTest::newRow("no passphrase") << QString() << int(ErrorCode::PassphraseRequired);
        QTest::newRow("wrong passphrase") << QStringLiteral("correct horse battery staple 42") << int(ErrorCode::WrongPassphrase);
    }

    void missingOrWrongPassphraseLeavesTheDatabaseAlone()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, expectedCode);
        const BackupMetadata created = createEncrypted();
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral("UPDATE users SET name = 'after the backup' WHERE id = 1")), QString());
        const QString before = sha256Of(m_dbPath);

        auto verified = store(passphrase).verify(created.id, m_engine);
        QVERIFY(!verified);
        QCOMPARE(int(verified.error().code), expectedCode);
        auto restored = restore(created.id, passphrase);
        QVERIFY(!restored);
        QCOMPARE(int(restored.error().code), expectedCode);
        if (!passphrase.isEmpty())
            QVERIFY2(restored.error().message.contains(QStringLiteral("Wrong passphrase or the backup was changed")),
                     qPrintable(restored.error().message));
        QCOMPARE(sha256Of(m_dbPath), before);
        // Not a property of the backup: its recorded verification stays as it was, and no
        // pre-restore backup was made.
        QVERIFY(store().find(created.id)->isVerifiedOk());
        QCOMPARE(store().list()->size(), 1);
    }

    void anyChangeIsRefusedBeforeTheDatabaseIsTouched_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("flipped byte in the header salt") << "flip:30";
        QTest::newRow("flipped byte in a middle record") << "flip:middle";
        QTest::newRow("flipped byte in the last record") << "flip:-3";
        QTest::newRow("file truncated") << "truncate";
        QTest::newRow("sidecar row count edited, checksum recomputed") << "sidecar-rows";
        QTest::newRow("sidecar source edited, checksum recomputed") << "sidecar-source";
        QTest::newRow("sidecar mac removed") << "sidecar-mac";
    }

    void anyChangeIsRefusedBeforeTheDatabaseIsTouched()
    {
        QFETCH(QString, change);
        const BackupMetadata created = createEncrypted();
        QVERIFY(!created.id.isEmpty());
        QVERIFY2(created.size > 3 * (1 << 20), "the backup should span several records");
        const QString file = m_storePath + u'/' + created.fileName;
        const QString sidecar = m_storePath + u'/' + created.id + QStringLiteral(".json");
        QCOMPARE(execSqliteFile(m_dbPath, QStringLiteral("UPDATE users SET name = 'after the backup' WHERE id = 1")), QString());
        const QString before = sha256Of(m_dbPath);

        if (change == QStringLiteral("flip:middle")) {
            QVERIFY(flipByte(file, created.size / 2, char(0x01)));
        } else if (change.startsWith(QStringLiteral("flip:"))) {
            QVERIFY(flipByte(file, change.mid(5).toLongLong(), char(0x01)));
        } else if (change == QStringLiteral("truncate")) {
            QVERIFY(QFile::resize(file, created.size - (1 << 20)));
        } else {
            BackupMetadata edited = created;
            if (change == QStringLiteral("sidecar-rows"))
                edited.rowCounts[QStringLiteral("blobs")] = 999;
            else if (change == QStringLiteral("sidecar-source"))
                edited.source = QStringLiteral("/elsewhere/other.db");
            else
                edited.metadataMac.clear();
            edited.metadataSha256 = *edited.computeMetadataSha256();
            QVERIFY(writeAll(sidecar, QJsonDocument(edited.toJson()).toJson()));
        }

        auto verified = store().verify(created.id, m_engine);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().toString()));
        QVERIFY2(!verified->ok, "a changed encrypted backup passed verification");
        auto restored = restore(created.id, kPassphrase);
        QVERIFY2(!restored, "a changed encrypted backup was restored");
        QCOMPARE(restored.error().code, ErrorCode::BackupInvalid);
        QCOMPARE(sha256Of(m_dbPath), before);
        QCOMPARE(querySqliteFile(m_dbPath, QStringLiteral("SELECT name FROM users WHERE id = 1")), QStringList{QStringLiteral("after the backup")});
        // BackupStore::restore on its own (without the orchestration's verify) refuses as well.
        ConnectionUrl url;
        url.path = m_dbPath;
        auto connection = Connection::open(url, Connection::Access::ReadWrite, QStringLiteral("direct-restore"));
        QVERIFY(connection);
        auto direct = store().restore(created.id, **connection, m_engine);
        QVERIFY2(!direct, "BackupStore::restore restored a changed encrypted backup");
        connection->reset();
        QCOMPARE(sha256Of(m_dbPath), before);
        QCOMPARE(QDir(m_storePath).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestEncryptedBackup)
#include "tst_encryptedbackup.moc"
