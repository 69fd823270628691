// Backup passphrases in a real system keychain (GNOME Keyring in a private D-Bus session, started
// by tests/support/with-keyring.sh): remembered only when asked, used with --keychain, one entry
// per backup folder, forgotten on request, and never printed.
#include "crypto/passphrasekeychain.h"
#include "support/keyring.h"
#include "support/clirunner.h"
#include "support/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

class TestCliKeychain final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_backups;
    const QString m_passphrase = QStringLiteral("kc-Passphrase-7f3a9!");

    QProcessEnvironment environment(bool withPassphrase) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SCHEMAPILOT_BACKUP_PASSPHRASE"));
        if (withPassphrase)
            env.insert(QStringLiteral("SCHEMAPILOT_BACKUP_PASSPHRASE"), m_passphrase);
        return env;
    }

    CliRun backup(const QStringList &arguments, bool withPassphrase = false)
    {
        const CliRun run = runCli(QStringList{QStringLiteral("backup")} + arguments
                                      + QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--backup-dir"), m_backups,
                                                    QStringLiteral("--json")},
                                  environment(withPassphrase));
        // Whatever happens, the passphrase is never printed.
        if (run.out.contains(m_passphrase.toUtf8()) || run.err.contains(m_passphrase.toUtf8()))
            qFatal("the passphrase was printed: %s", run.describe().toUtf8().constData());
        return run;
    }

private slots:
    void initTestCase()
    {
        SCHEMAPILOT_REQUIRE_KEYRING();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("app.db"));
        m_backups = m_dir.filePath(QStringLiteral("backups"));
        QCOMPARE(createSqliteFile(m_db, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                                                      "INSERT INTO notes (body) VALUES ('one'), ('two');")),
                 QString());
    }

    void nothingIsRememberedUnlessAsked()
    {
        const CliRun created = backup({QStringLiteral("create"), QStringLiteral("--encrypt")}, true);
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const auto remembered = PassphraseKeychain().read(PassphraseKeychain::accountFor(m_backups));
        QVERIFY2(remembered, qPrintable(remembered ? QString() : remembered.error().toString()));
        QVERIFY(!remembered->has_value());
        // Without --keychain a stored passphrase would not be used either: there is none, and none is asked for.
        const CliRun verify = backup({QStringLiteral("verify"), created.json().value(QStringLiteral("id")).toString()});
        QCOMPARE(verify.exitCode, 1);
    }

    void rememberedPassphraseServesKeychainRuns()
    {
        const CliRun remember = backup({QStringLiteral("remember-passphrase")}, true);
        QVERIFY2(remember.exitCode == 0, qPrintable(remember.describe()));
        QCOMPARE(remember.json().value(QStringLiteral("remembered")).toBool(), true);
        const auto stored = PassphraseKeychain().read(PassphraseKeychain::accountFor(m_backups));
        QVERIFY(stored && stored->has_value());
        QCOMPARE(**stored, m_passphrase);

        // No passphrase in the environment, no terminal: --keychain is the only source.
        const CliRun created = backup({QStringLiteral("create"), QStringLiteral("--encrypt"), QStringLiteral("--keychain")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        QVERIFY(created.json().value(QStringLiteral("encrypted")).toBool());
        const QString id = created.json().value(QStringLiteral("id")).toString();
        const CliRun verified = backup({QStringLiteral("verify"), id, QStringLiteral("--keychain")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        QVERIFY(verified.json().value(QStringLiteral("ok")).toBool());
        // The backup really is under the remembered passphrase: the environment's works too.
        const CliRun withEnvironment = backup({QStringLiteral("verify"), id}, true);
        QVERIFY2(withEnvironment.exitCode == 0, qPrintable(withEnvironment.describe()));

        // Another backup folder has no entry.
        const auto elsewhere = PassphraseKeychain().read(PassphraseKeychain::accountFor(m_dir.filePath(QStringLiteral("other"))));
        QVERIFY(elsewhere && !elsewhere->has_value());
    }

    void applyEncryptsItsBackupWithTheRememberedPassphrase()
    {
        const QString schema = m_dir.filePath(QStringLiteral("desired.sql"));
        QFile file(schema);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, pinned INTEGER NOT NULL DEFAULT 0);\n");
        file.close();
        const CliRun applied = runCli({QStringLiteral("apply"), QStringLiteral("--db"), m_db, QStringLiteral("--schema"), schema,
                                       QStringLiteral("--backup-dir"), m_backups, QStringLiteral("--encrypt-backup"),
                                       QStringLiteral("--keychain"), QStringLiteral("--json")},
                                      environment(false));
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
        QVERIFY(!applied.out.contains(m_passphrase.toUtf8()) && !applied.err.contains(m_passphrase.toUtf8()));
        const QString backupId = applied.json().value(QStringLiteral("backup_id")).toString();
        QVERIFY(!backupId.isEmpty());
        const CliRun verified = backup({QStringLiteral("verify"), backupId}, true);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    }

    void forgottenPassphraseIsGoneWithAClearError()
    {
        const CliRun forget = backup({QStringLiteral("forget-passphrase")});
        QVERIFY2(forget.exitCode == 0, qPrintable(forget.describe()));
        const auto stored = PassphraseKeychain().read(PassphraseKeychain::accountFor(m_backups));
        QVERIFY(stored && !stored->has_value());
        const CliRun created = backup({QStringLiteral("create"), QStringLiteral("--encrypt"), QStringLiteral("--keychain")});
        QCOMPARE(created.exitCode, 2);
        QVERIFY2(created.out.contains("the system keychain has none") || created.err.contains("the system keychain has none"),
                 qPrintable(created.describe()));
        // Forgetting twice is fine.
        QCOMPARE(backup({QStringLiteral("forget-passphrase")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_clikeychain.moc"
