// Fuzzes the backup reader: a store whose sidecars and backup files are mutated or garbage, and
// ids that try to leave the folder. Every call ends in a value or a clear error, a changed backup
// is never reported as good, and nothing outside the store is read, written or removed.
#include "backup/backupstore.h"
#include "dialects/sqlite/sqlitebackup.h"
#include "support/fuzzmutator.h"
#include "support/sqlitefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

const char kSchema[] =
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL);"
    "CREATE INDEX orders_user ON orders(user_id);"
    "INSERT INTO users VALUES (1, 'Ada'), (2, 'Brian');"
    "INSERT INTO orders VALUES (1, 1, 12.5), (2, 2, 250);";

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

// Every file under `root` (recursively) with a hash of its content.
QMap<QString, QByteArray> tree(const QString &root)
{
    QMap<QString, QByteArray> files;
    const QDir dir(root);
    for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (info.isDir()) {
            const auto inner = tree(info.filePath());
            files.insert(info.fileName() + u'/', {});
            for (auto it = inner.cbegin(); it != inner.cend(); ++it)
                files.insert(info.fileName() + u'/' + it.key(), it.value());
        } else {
            files.insert(info.fileName(), QCryptographicHash::hash(readAll(info.filePath()), QCryptographicHash::Sha256));
        }
    }
    return files;
}

template<typename T>
Error errorOf(const Result<T> &result)
{
    return result ? Error{ErrorCode::Internal, QStringLiteral("succeeded"), {}, {}, {}, 0} : result.error();
}

} // namespace

class TestFuzzBackupStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    SqliteBackupEngine m_engine;
    QString m_storePath;
    QString m_outsidePath;
    QString m_id;
    QString m_dataName;
    QByteArray m_sidecar;
    QByteArray m_data;
    QMap<QString, QByteArray> m_outside;   // the tree beside the store, which must never change

    QString sidecarPath() const { return m_storePath + u'/' + m_id + QStringLiteral(".json"); }
    QString dataPath() const { return m_storePath + u'/' + m_dataName; }

    bool resetStore(const QByteArray &sidecar, const QByteArray &data)
    {
        QDir store(m_storePath);
        for (const QString &name : store.entryList(QDir::Files | QDir::Hidden | QDir::System))
            store.remove(name);
        return writeAll(sidecarPath(), sidecar) && writeAll(dataPath(), data);
    }

    // Empty when nothing changed outside the store and the store holds only the backup's files.
    QString checkFolders() const
    {
        if (tree(m_outsidePath) != m_outside)
            return QStringLiteral("files beside the store changed");
        const QStringList extra = QDir(m_storePath).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : extra)
            if (name != m_dataName && name != m_id + QStringLiteral(".json"))
                return QStringLiteral("an unexpected file in the store: ") + name;
        if (QDir(m_root.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
            != QStringList({QStringLiteral("outside"), QStringLiteral("store")}))
            return QStringLiteral("files appeared next to the store");
        return {};
    }

    // Runs every reader on the store as it is now; empty when the invariants hold.
    QString readEverything()
    {
        const BackupStore store(m_storePath);
        if (auto backups = store.list()) {
            for (const BackupMetadata &m : std::as_const(*backups))
                if (m.id != m_id || m.fileName.contains(u'/') || !m.fileName.startsWith(m_id + u'.'))
                    return QStringLiteral("list() returned a backup naming another file: ") + m.fileName;
        }
        if (auto found = store.find(m_id); found && found->fileName.contains(u'/'))
            return QStringLiteral("find() accepted a file outside the store: ") + found->fileName;
        else if (!found && found.error().message.isEmpty())
            return QStringLiteral("find() failed without a message");
        const QByteArray dataBefore = readAll(dataPath());
        auto verification = store.verify(m_id, m_engine);
        if (!verification) {
            if (verification.error().message.isEmpty())
                return QStringLiteral("verify() failed without a message");
        } else if (verification->ok && dataBefore != m_data) {
            return QStringLiteral("verify() called a changed backup good: ") + verification->message;
        } else if (!verification->ok && verification->message.isEmpty()) {
            return QStringLiteral("verify() refused without saying why");
        }
        if (auto stats = store.stats(); stats && (stats->count < 0 || stats->count > 1))
            return QStringLiteral("stats() counted %1 backups").arg(stats->count);
        return checkFolders();
    }

private slots:
    void initTestCase()
    {
        // Every refused input logs a warning; thousands of them would only slow the run down.
        QLoggingCategory::setFilterRules(QStringLiteral("schemapilot.core.warning=false\nschemapilot.core.info=false"));
        QVERIFY(m_root.isValid());
        m_storePath = m_root.filePath(QStringLiteral("store"));
        m_outsidePath = m_root.filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(m_outsidePath));
        const QString source = m_outsidePath + QStringLiteral("/source.db");
        QCOMPARE(createSqliteFile(source, QString::fromLatin1(kSchema)), QString());
        QVERIFY(writeAll(m_outsidePath + QStringLiteral("/passwd"), "root:x:0:0:root:/root:/bin/bash\n"));

        ConnectionUrl url;
        url.path = source;
        auto connection = Connection::open(url, Connection::Access::ReadWrite, QStringLiteral("fuzz"));
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().toString()));
        auto metadata = BackupStore(m_storePath).create(**connection, m_engine, BackupRequest{});
        QVERIFY2(metadata, qPrintable(metadata ? QString() : metadata.error().toString()));
        connection->reset();
        m_id = metadata->id;
        m_dataName = metadata->fileName;
        m_sidecar = readAll(sidecarPath());
        m_data = readAll(dataPath());
        QVERIFY(!m_sidecar.isEmpty() && !m_data.isEmpty());
        // A copy of the backup beside the store: a reader that follows a forged path would find it good.
        QVERIFY(writeAll(m_outsidePath + u'/' + m_dataName, m_data));
        m_outside = tree(m_outsidePath);
        QCOMPARE(readEverything(), QString());
    }

    void hostileIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("parent folders to /etc/passwd") << "../../etc/passwd";
        QTest::newRow("a sub folder") << "a/b";
        QTest::newRow("empty") << "";
        QTest::newRow("dot dot") << "..";
        QTest::newRow("very long") << QString(100000, u'7');
        QTest::newRow("valid id, then parent folders") << "%1/../../outside/passwd";
        QTest::newRow("valid id behind ./") << "./%1";
        QTest::newRow("valid id with a NUL") << QStringLiteral("%1") + QChar(0) + QStringLiteral("x");
        QTest::newRow("valid id with a newline") << "%1\n";
        QTest::newRow("valid id with its extension") << "%1.json";
        QTest::newRow("absolute path") << "/etc/passwd";
        QTest::newRow("right-to-left override") << QStringLiteral("%1\u202e");
    }

    void hostileIds()
    {
        QFETCH(QString, id);
        id.replace(QStringLiteral("%1"), m_id);
        QVERIFY(resetStore(m_sidecar, m_data));
        const BackupStore store(m_storePath);
        const QList<Error> errors = {
            errorOf(store.find(id)), errorOf(store.verify(id, m_engine)),
            errorOf(store.backupFilePath(id)), errorOf(store.remove(id)),
        };
        for (const Error &error : errors) {
            QCOMPARE(error.code, ErrorCode::Usage);
            QVERIFY2(error.message.contains(QStringLiteral("is not a backup id")), qPrintable(error.message));
            // The id is echoed shortened and without control characters.
            QVERIFY2(error.message.size() < 400, qPrintable(QString::number(error.message.size())));
            QVERIFY(!error.message.contains(QChar(0)) && !error.message.contains(u'\n'));
        }
        QCOMPARE(checkFolders(), QString());
        QCOMPARE(readAll(dataPath()), m_data);   // remove() deleted nothing of the real backup
    }

    // Sidecars edited to point at a file beside the store, with a recomputed metadata checksum,
    // so that only the file-name check stands between the reader and the copy outside.
    void forgedSidecarPaths_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("parent folder") << "../outside/%1";
        QTest::newRow("id, then parent folders") << "%2.sqlite/../../outside/%1";
        QTest::newRow("absolute path") << "%3/%1";
        QTest::newRow("sub folder") << "sub/%1";
    }

    void forgedSidecarPaths()
    {
        QFETCH(QString, fileName);
        fileName.replace(QStringLiteral("%1"), m_dataName).replace(QStringLiteral("%2"), m_id).replace(QStringLiteral("%3"), m_outsidePath);
        auto metadata = BackupMetadata::fromJson(QJsonDocument::fromJson(m_sidecar).object());
        QVERIFY(metadata);
        metadata->fileName = fileName;
        metadata->metadataSha256 = *metadata->computeMetadataSha256();
        QVERIFY(resetStore(QJsonDocument(metadata->toJson()).toJson(), m_data));
        QFile::remove(dataPath());   // only the forged path leads to a good file

        const BackupStore store(m_storePath);
        auto verification = store.verify(m_id, m_engine);
        QVERIFY2(!verification || !verification->ok, "a backup whose sidecar points outside the store was called good");
        QVERIFY(!store.find(m_id));
        QVERIFY(!store.backupFilePath(m_id));
        QVERIFY(store.list()->isEmpty());
        QCOMPARE(tree(m_outsidePath), m_outside);
    }

    void mutatedBackups()
    {
        FuzzBudget budget = FuzzBudget::fromEnvironment(31337, 400);
        FuzzMutator mutator(budget.seed);
        FuzzWatchdog watchdog(20000);
        while (budget.next()) {
            QByteArray sidecar = m_sidecar;
            QByteArray data = m_data;
            const quint32 what = mutator.bounded(10);
            if (what < 6)
                sidecar = mutator.chance(90) ? mutator.mutate(sidecar) : mutator.randomBytes(400);
            if (what >= 5)
                data = mutator.chance(90) ? mutator.mutate(data) : mutator.randomBytes(5000);
            QVERIFY(resetStore(sidecar, data));
            watchdog.begin(sidecar);
            const QString problem = readEverything();
            watchdog.end();
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 for sidecar \"%2\" (%3)")
                                                       .arg(problem, fuzzInputText(sidecar, 2000), budget.describe())));
        }
        qInfo("%s", qPrintable(budget.describe()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzBackupStore)
#include "tst_fuzzbackupstore.moc"
