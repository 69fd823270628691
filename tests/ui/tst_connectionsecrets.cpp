// The Connections page never writes a password to QSettings (recent connections), to its status
// line or to the recent list, whether it came from the password field or the environment.
#include "guitesthelpers.h"

#include "pages/connections/connectionspage.h"

#include "dialects/dialectregistry.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

namespace {

const QString kFieldPassword = QStringLiteral("FieldSecret3e9");
const QString kEnvPassword = QStringLiteral("EnvSecret2a4");

QLineEdit *passwordField(Gui::ConnectionsPage &page)
{
    for (QLineEdit *edit : page.findChildren<QLineEdit *>())
        if (edit->echoMode() == QLineEdit::Password)
            return edit;
    return nullptr;
}

} // namespace

class TestConnectionSecrets final : public QObject
{
    Q_OBJECT

private slots:
    void init() { isolateSettings(); }
    void cleanup() { qunsetenv("SCHEMAPILOT_DB_PASSWORD"); }

    void recentConnectionsHoldNoPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("fromField");
        QTest::newRow("PostgreSQL, password typed in the form") << "postgresql://alice@127.0.0.1:1/shop" << true;
        QTest::newRow("MySQL, password from SCHEMAPILOT_DB_PASSWORD") << "mysql://alice@127.0.0.1:1/shop" << false;
    }

    void recentConnectionsHoldNoPassword()
    {
        QFETCH(QString, url);
        QFETCH(bool, fromField);
        QTemporaryDir dir;
        const QString schemaFile = dir.filePath(QStringLiteral("desired.sql"));
        QVERIFY(writeText(schemaFile, QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY);\n")));
        if (!fromField)
            qputenv("SCHEMAPILOT_DB_PASSWORD", kEnvPassword.toUtf8());

        Gui::Session session(m_dialects);
        {
            Gui::ConnectionsPage page(session);
            auto parsed = Core::ConnectionUrl::parse(url);
            QVERIFY(parsed);
            page.setForm(*parsed, schemaFile);
            QLineEdit *password = passwordField(page);
            QVERIFY(password);
            if (fromField)
                password->setText(kFieldPassword);
            // The form does carry the password, for connecting.
            auto form = page.formUrl();
            QVERIFY(form);
            QCOMPARE(form->password, fromField ? kFieldPassword : kEnvPassword);

            page.connectToDatabase();
            QVERIFY(!page.statusLabel()->text().contains(form->password));
            QCOMPARE(page.recentList()->count(), 1);
            QVERIFY(page.recentList()->item(0)->text().contains(QStringLiteral("alice@127.0.0.1")));
            QVERIFY(!page.recentList()->item(0)->text().contains(form->password));
        }
        // The settings file on disk, byte by byte.
        QSettings settings;
        settings.sync();
        QVERIFY(!settings.allKeys().isEmpty());
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("alice@127.0.0.1"));
        QVERIFY2(!bytes.contains(kFieldPassword.toUtf8()) && !bytes.contains(kEnvPassword.toUtf8()), bytes.constData());
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(key));

        // A new page (the next start) offers the connection again, still without the password.
        Gui::ConnectionsPage again(session);
        QCOMPARE(again.recentList()->count(), 1);
        QLineEdit *password = passwordField(again);
        QVERIFY(password && password->text().isEmpty());
    }

private:
    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
};

QTEST_MAIN(TestConnectionSecrets)
#include "tst_connectionsecrets.moc"
