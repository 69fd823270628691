// Fuzzes ConnectionUrl::parse with random and mutated URLs: it must return a value or an error
// (never crash or hang), and no password may show in redacted() or in the error text.
#include "db/connectionurl.h"
#include "support/fuzzmutator.h"

#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

// Markers that cannot occur by chance in the rest of a URL.
const QString kUrlPassword = QStringLiteral("Urlpw7Q");
const QString kEnvPassword = QStringLiteral("Envpw4K");

const QList<QByteArray> &seedUrls()
{
    static const QList<QByteArray> urls{
        "postgresql://alice:Urlpw7Q@db.local:5433/shop?schema=public",
        "postgres://bob:Urlpw7Q@localhost/app?sslmode=require&schema=x",
        "mysql://root:Urlpw7Q@127.0.0.1:3306/app",
        "mariadb://u:Urlpw7Q@[::1]:3306/app",
        "postgresql://al%40ice:Urlpw7Q%21@h/db",
        "postgresql://carol@db.local/shop",
        "sqlite:///data/app.db",
        "sqlite:////tmp/app.db?busy_timeout=100",
        "SQLITE:///:memory:",
        "/var/lib/app.db",
    };
    return urls;
}

bool startsWithServerScheme(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &scheme : {QStringLiteral("postgresql:"), QStringLiteral("postgres:"), QStringLiteral("mysql:"),
                                  QStringLiteral("mariadb:")})
        if (t.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    return false;
}

// Empty when the invariants hold for `input`, else what is wrong.
QString check(const QString &input)
{
    const auto url = ConnectionUrl::parse(input);
    if (!url) {
        const QString text = url.error().toString();
        if (url.error().message.isEmpty())
            return QStringLiteral("an error without a message");
        if (text.contains(kEnvPassword))
            return QStringLiteral("the environment password is in the error: ") + text;
        // A SQLite URL has no password; whatever it echoes is the file name the user typed.
        if (text.contains(kUrlPassword) && !input.trimmed().startsWith(QStringLiteral("sqlite"), Qt::CaseInsensitive))
            return QStringLiteral("the URL password is in the error: ") + text;
        return {};
    }
    const QString redacted = url->redacted();
    if (url->isSQLite()) {
        if (startsWithServerScheme(input))
            return QStringLiteral("a server URL was taken for a SQLite file: ") + redacted;
        if (!url->password.isEmpty())
            return QStringLiteral("a SQLite URL with a password");
        return {};
    }
    if (redacted.contains(kEnvPassword))
        return QStringLiteral("the environment password is in redacted(): ") + redacted;
    const QString visible = url->user + u' ' + url->host + u' ' + url->database + u' ' + url->scheme + u' ' + QString::number(url->port);
    if (url->password.size() >= 4 && redacted.contains(url->password) && !visible.contains(url->password))
        return QStringLiteral("the password is in redacted(): ") + redacted;
    if (redacted.contains(kUrlPassword) && !visible.contains(kUrlPassword))
        return QStringLiteral("the URL password is in redacted(): ") + redacted;
    if (url->port < 0 || url->port > 65535)
        return QStringLiteral("port out of range: %1").arg(url->port);
    return {};
}

} // namespace

class TestFuzzConnectionUrl final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A server URL without a password picks this up; it must stay as hidden as one in the URL.
        qputenv("SCHEMAPILOT_DB_PASSWORD", kEnvPassword.toUtf8());
    }

    void cleanupTestCase() { qunsetenv("SCHEMAPILOT_DB_PASSWORD"); }

    // Inputs that once leaked or misparsed; kept as regression rows.
    void knownHostileUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("QUrl error quoting the source: bad port") << "postgresql://alice:Urlpw7Q@host:99999/db";
        QTest::newRow("QUrl error quoting the source: space in host") << "postgresql://alice:Urlpw7Q@ho st/db";
        QTest::newRow("QUrl error quoting the source: bad percent in password") << "mysql://alice:Urlpw7Q%zz@host/db";
        QTest::newRow("QUrl error quoting the user info: unclosed IPv6") << "mariadb://alice:Urlpw7Q@[::1/db";
        QTest::newRow("server URL with one slash taken for a file") << "postgresql:/alice:Urlpw7Q@host/db";
        QTest::newRow("server URL without slashes taken for a file") << "mysql:alice:Urlpw7Q@host/db";
        QTest::newRow("NUL inside the password") << QString::fromUtf8("postgresql://a:Urlpw7Q\0x@h/db", 29);
        QTest::newRow("huge port") << "postgresql://a:Urlpw7Q@h:99999999999999999999/db";
        QTest::newRow("negative port") << "postgresql://a:Urlpw7Q@h:-1/db";
        QTest::newRow("password only, no user") << "postgresql://:Urlpw7Q@h/db";
        QTest::newRow("long host") << QStringLiteral("postgresql://a:Urlpw7Q@%1/db").arg(QString(70000, u'h'));
        QTest::newRow("right-to-left override in the password") << QString::fromUtf8("mysql://a:Urlpw7Q\u202e@h/db");
    }

    void knownHostileUrls()
    {
        QFETCH(QString, input);
        const QString problem = check(input);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void randomBytes()
    {
        FuzzBudget budget = FuzzBudget::fromEnvironment(20261125, 20000, 2000);
        FuzzMutator mutator(budget.seed);
        FuzzWatchdog watchdog;
        while (budget.next()) {
            QByteArray input = mutator.randomBytes(200);
            // Half of them behind a real scheme, so they reach the server and SQLite parsers.
            if (mutator.chance(50))
                input.prepend(mutator.chance(50) ? "postgresql://" : mutator.chance(50) ? "mysql://" : "sqlite:///");
            watchdog.begin(input);
            const QString problem = check(QString::fromUtf8(input));
            watchdog.end();
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 for input \"%2\" (%3)")
                                                       .arg(problem, fuzzInputText(input), budget.describe())));
        }
        qInfo("%s", qPrintable(budget.describe()));
    }

    void mutatedUrls()
    {
        FuzzBudget budget = FuzzBudget::fromEnvironment(1125, 30000, 2000);
        FuzzMutator mutator(budget.seed);
        FuzzWatchdog watchdog;
        while (budget.next()) {
            const QByteArray input = mutator.mutate(seedUrls().at(mutator.bounded(quint32(seedUrls().size()))));
            watchdog.begin(input);
            const QString problem = check(QString::fromUtf8(input));
            watchdog.end();
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 for input \"%2\" (%3)")
                                                       .arg(problem, fuzzInputText(input), budget.describe())));
        }
        qInfo("%s", qPrintable(budget.describe()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzConnectionUrl)
#include "tst_fuzzconnectionurl.moc"
