// Drives the real schemapilot-cli: encrypted backups (passphrase from the environment, clear
// errors and exit codes without it), signing keys and signature checks, and that the passphrase
// never shows up in output, backup files, metadata or the audit trail.
#include "support/filetamper.h"
#include "support/clirunner.h"
#include "support/sqlitefixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace SchemaPilot::Test;

namespace {

const QString kPassphrase = QStringLiteral("Tr0ub4dor&3-secret-passphrase-93b1");

QProcessEnvironment environmentWith(const QString &passphrase)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SCHEMAPILOT_BACKUP_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("SCHEMAPILOT_BACKUP_PASSPHRASE"), passphrase);
    return env;
}

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


} // namespace

class TestCliEncryption final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    QString m_db;
    QString m_url;
    QString m_backups;
    QList<CliRun> m_runs;   // every run of a test, for the secrets check

    CliRun backup(const QStringList &arguments, const QString &passphrase = kPassphrase)
    {
        CliRun run = runCli(QStringList{QStringLiteral("backup")} + arguments + QStringList{QStringLiteral("--db"), m_url},
                            environmentWith(passphrase));
        m_runs << run;
        return run;
    }

    QStringList content() const
    {
        return querySqliteFile(m_db, QStringLiteral("SELECT id || ':' || name FROM users ORDER BY id"));
    }

    QString createEncrypted(const QStringList &extra = {})
    {
        const CliRun run = backup(QStringList{QStringLiteral("create"), QStringLiteral("--encrypt"), QStringLiteral("--json")} + extra);
        if (run.exitCode != 0)
            qWarning().noquote() << run.describe();
        return run.json().value(QStringLiteral("id")).toString();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-'
                                + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        QVERIFY(QDir().mkpath(m_base));
        m_db = m_base + QStringLiteral("/shop.db");
        m_url = QStringLiteral("sqlite:///") + m_db;
        m_backups = m_db + QStringLiteral(".backups");
        m_runs.clear();
        QCOMPARE(createSqliteFile(m_db, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);"
                                                       "INSERT INTO users VALUES (1, 'Ada'), (2, 'Brian');")),
                 QString());
    }

    void encryptedRoundTripWithTheEnvironmentPassphrase()
    {
        const CliRun created = backup({QStringLiteral("create"), QStringLiteral("--encrypt"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(created.json().value(QStringLiteral("encrypted")).toBool());
        const QString file = created.json().value(QStringLiteral("path")).toString();
        QCOMPARE(file, m_backups + u'/' + id + QStringLiteral(".enc"));
        QCOMPARE(mode(file), 0600);
        QVERIFY(!readAll(file).contains("Brian"));

        const CliRun list = backup({QStringLiteral("list"), QStringLiteral("--json")}, QString());
        QCOMPARE(list.exitCode, 0);
        const QJsonObject entry = list.json().value(QStringLiteral("backups")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("encrypted")).toBool(), true);
        QCOMPARE(entry.value(QStringLiteral("signed")).toBool(), false);

        const CliRun verified = backup({QStringLiteral("verify"), id, QStringLiteral("--json")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        QVERIFY(verified.json().value(QStringLiteral("ok")).toBool());

        QCOMPARE(execSqliteFile(m_db, QStringLiteral("UPDATE users SET name = 'changed'")), QString());
        const CliRun restored = backup({QStringLiteral("restore"), id, QStringLiteral("--json")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        QCOMPARE(content(), (QStringList{QStringLiteral("1:Ada"), QStringLiteral("2:Brian")}));
    }

    void createWithoutAPassphraseIsAUsageError()
    {
        const CliRun run = backup({QStringLiteral("create"), QStringLiteral("--encrypt"), QStringLiteral("--json")}, QString());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("SCHEMAPILOT_BACKUP_PASSPHRASE")),
                 qPrintable(run.describe()));
        QVERIFY(QDir(m_backups).entryList(QDir::Files).isEmpty());
    }

    void verifyAndRestoreNeedThePassphrase_data()
    {
        QTest::addColumn<QString>("subcommand");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("expected");
        QTest::newRow("verify without passphrase") << "verify" << QString() << "SCHEMAPILOT_BACKUP_PASSPHRASE";
        QTest::newRow("restore without passphrase") << "restore" << QString() << "SCHEMAPILOT_BACKUP_PASSPHRASE";
        QTest::newRow("verify with a wrong passphrase") << "verify" << "wrong" << "Wrong passphrase or the backup was changed";
        QTest::newRow("restore with a wrong passphrase") << "restore" << "wrong" << "Wrong passphrase or the backup was changed";
    }

    void verifyAndRestoreNeedThePassphrase()
    {
        QFETCH(QString, subcommand);
        QFETCH(QString, passphrase);
        QFETCH(QString, expected);
        const QString id = createEncrypted();
        QVERIFY(!id.isEmpty());
        QCOMPARE(execSqliteFile(m_db, QStringLiteral("UPDATE users SET name = 'after'")), QString());
        const QByteArray before = readAll(m_db);
        const CliRun text = backup({subcommand, id}, passphrase);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(QString::fromUtf8(text.err).contains(expected), qPrintable(text.describe()));
        const CliRun json = backup({subcommand, id, QStringLiteral("--json")}, passphrase);
        QCOMPARE(json.exitCode, 1);
        QVERIFY2(json.json().value(QStringLiteral("error")).toString().contains(expected), qPrintable(json.describe()));
        QCOMPARE(readAll(m_db), before);
    }

    void changedEncryptedBackupIsRefused()
    {
        const QString id = createEncrypted();
        QVERIFY(!id.isEmpty());
        const QString file = m_backups + u'/' + id + QStringLiteral(".enc");
        QVERIFY(flipByte(file, QFileInfo(file).size() / 2, char(0x01)));
        const QByteArray before = readAll(m_db);
        const CliRun verify = backup({QStringLiteral("verify"), id, QStringLiteral("--json")});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY(!verify.json().value(QStringLiteral("ok")).toBool(true));
        const CliRun restore = backup({QStringLiteral("restore"), id, QStringLiteral("--json")});
        QCOMPARE(restore.exitCode, 3);
        QCOMPARE(readAll(m_db), before);
    }

    void keysSignAndRequireSignature()
    {
        const QString keys = m_base + QStringLiteral("/keys");
        const CliRun generated = runCli({QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--out"), keys, QStringLiteral("--json")});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.describe()));
        const QString privateKey = generated.json().value(QStringLiteral("private_key")).toString();
        const QString publicKey = generated.json().value(QStringLiteral("public_key")).toString();
        QCOMPARE(privateKey, keys + QStringLiteral("/schemapilot-signing.key"));
        QCOMPARE(mode(privateKey), 0600);
        QVERIFY(readAll(publicKey).startsWith("-----BEGIN PUBLIC KEY-----"));
        const CliRun again = runCli({QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--out"), keys});
        QCOMPARE(again.exitCode, 2);   // never overwrites a key
        const CliRun other = runCli({QStringLiteral("keys"), QStringLiteral("generate"), QStringLiteral("--out"), keys,
                                     QStringLiteral("--name"), QStringLiteral("other"), QStringLiteral("--json")});
        QCOMPARE(other.exitCode, 0);
        const QString otherPublic = other.json().value(QStringLiteral("public_key")).toString();

        const QString id = createEncrypted({QStringLiteral("--sign-key"), privateKey});
        QVERIFY(!id.isEmpty());
        const CliRun plain = backup({QStringLiteral("create"), QStringLiteral("--json")});
        const QString unsignedId = plain.json().value(QStringLiteral("id")).toString();
        const CliRun list = backup({QStringLiteral("list"), QStringLiteral("--json")});
        QMap<QString, bool> signedById;
        for (const QJsonValue &v : list.json().value(QStringLiteral("backups")).toArray())
            signedById.insert(v[QStringLiteral("id")].toString(), v[QStringLiteral("signed")].toBool());
        QCOMPARE(signedById, (QMap<QString, bool>{{id, true}, {unsignedId, false}}));

        const QStringList require{QStringLiteral("--require-signature"), QStringLiteral("--verify-key"), publicKey};
        const CliRun ok = backup(QStringList{QStringLiteral("verify"), id} + require);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        const CliRun missing = backup(QStringList{QStringLiteral("verify"), unsignedId, QStringLiteral("--json")} + require);
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("no signature")), qPrintable(missing.describe()));
        const CliRun wrongKey = backup({QStringLiteral("verify"), id, QStringLiteral("--require-signature"), QStringLiteral("--verify-key"), otherPublic});
        QCOMPARE(wrongKey.exitCode, 3);
        QVERIFY2(QString::fromUtf8(wrongKey.err).contains(QStringLiteral("does not match")), qPrintable(wrongKey.describe()));
        const CliRun noKey = backup({QStringLiteral("verify"), id, QStringLiteral("--require-signature")});
        QCOMPARE(noKey.exitCode, 2);

        QCOMPARE(execSqliteFile(m_db, QStringLiteral("UPDATE users SET name = 'after'")), QString());
        const QByteArray before = readAll(m_db);
        const CliRun refused = backup(QStringList{QStringLiteral("restore"), unsignedId} + require);
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(readAll(m_db), before);
        const CliRun restored = backup(QStringList{QStringLiteral("restore"), id, QStringLiteral("--json")} + require);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        QCOMPARE(content(), (QStringList{QStringLiteral("1:Ada"), QStringLiteral("2:Brian")}));
    }

    void applyHonoursEncryptBackupsInItsConfig()
    {
        const QString schema = m_base + QStringLiteral("/desired.sql");
        const QString config = m_base + QStringLiteral("/apply.json");
        QFile schemaFile(schema);
        QVERIFY(schemaFile.open(QIODevice::WriteOnly));
        schemaFile.write("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT);\n");
        schemaFile.close();
        QFile configFile(config);
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write("{\"encrypt_backups\": true}");
        configFile.close();
        const QStringList apply{QStringLiteral("apply"), QStringLiteral("--db"), m_url, QStringLiteral("--schema"), schema,
                                QStringLiteral("--config"), config, QStringLiteral("--json")};

        const CliRun withoutPassphrase = runCli(apply, environmentWith(QString()));
        QCOMPARE(withoutPassphrase.exitCode, 2);
        QVERIFY2(withoutPassphrase.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("SCHEMAPILOT_BACKUP_PASSPHRASE")),
                 qPrintable(withoutPassphrase.describe()));
        QCOMPARE(querySqliteFile(m_db, QStringLiteral("SELECT count(*) FROM pragma_table_info('users')")), QStringList{QStringLiteral("2")});

        const CliRun applied = runCli(apply, environmentWith(kPassphrase));
        m_runs << applied;
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
        const QString backupId = applied.json().value(QStringLiteral("backup_id")).toString();
        QVERIFY(!backupId.isEmpty());
        QVERIFY(QFileInfo::exists(m_backups + u'/' + backupId + QStringLiteral(".enc")));
        const CliRun verified = backup({QStringLiteral("verify"), backupId});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    }

    void passphraseNeverLeaks()
    {
        const QString id = createEncrypted();
        QVERIFY(!id.isEmpty());
        backup({QStringLiteral("verify"), id});
        backup({QStringLiteral("verify"), id, QStringLiteral("--json")});
        backup({QStringLiteral("list")});
        backup({QStringLiteral("list"), QStringLiteral("--json")});
        backup({QStringLiteral("stats"), QStringLiteral("--json")});
        backup({QStringLiteral("restore"), id});
        backup({QStringLiteral("restore"), id, QStringLiteral("--json")});
        backup({QStringLiteral("verify"), id}, QStringLiteral("not-") + kPassphrase);   // a wrong one is not echoed either
        m_runs << runCli({QStringLiteral("history"), QStringLiteral("--db"), m_url, QStringLiteral("--json")}, environmentWith(kPassphrase));
        QVERIFY(m_runs.size() >= 9);

        const QByteArray secret = kPassphrase.toUtf8();
        for (const CliRun &run : std::as_const(m_runs)) {
            QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret), qPrintable(run.describe()));
            QVERIFY2(!run.out.contains("Tr0ub4dor") && !run.err.contains("Tr0ub4dor"), qPrintable(run.describe()));
        }
        // Backup files, sidecars and the database with its audit trail (restores wrote history rows).
        QStringList checked;
        QDirIterator files(m_base, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!readAll(path).contains(secret), qPrintable(path));
            QVERIFY2(!readAll(path).contains(secret.toBase64()), qPrintable(path));
            checked << QFileInfo(path).fileName();
        }
        QVERIFY2(checked.contains(id + QStringLiteral(".json")) && checked.contains(QStringLiteral("shop.db")), qPrintable(checked.join(u' ')));
        QVERIFY(!querySqliteFile(m_db, QStringLiteral("SELECT count(*) FROM schemapilot_history")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliEncryption)
#include "tst_cliencryption.moc"
