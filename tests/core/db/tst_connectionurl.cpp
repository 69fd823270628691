#include "db/connectionurl.h"

#include <QTest>

using namespace SchemaPilot::Core;

class TestConnectionUrl final : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");

        QTest::newRow("sqlite relative (three slashes)") << "sqlite:///data/app.db" << int(Engine::SQLite) << "data/app.db" << "" << 0 << "";
        QTest::newRow("sqlite absolute (four slashes)") << "sqlite:////tmp/app.db" << int(Engine::SQLite) << "/tmp/app.db" << "" << 0 << "";
        QTest::newRow("plain relative path") << "app.db" << int(Engine::SQLite) << "app.db" << "" << 0 << "";
        QTest::newRow("plain absolute path") << "/var/lib/app.db" << int(Engine::SQLite) << "/var/lib/app.db" << "" << 0 << "";
        QTest::newRow("sqlite in memory") << "sqlite:///:memory:" << int(Engine::SQLite) << ":memory:" << "" << 0 << "";
        QTest::newRow("postgresql with port") << "postgresql://alice@db.local:5433/shop" << int(Engine::PostgreSQL) << "" << "db.local" << 5433 << "shop";
        QTest::newRow("postgres alias, default port") << "postgres://bob@localhost/app" << int(Engine::PostgreSQL) << "" << "localhost" << 0 << "app";
        QTest::newRow("mysql") << "mysql://root@127.0.0.1:3306/app" << int(Engine::MySQL) << "" << "127.0.0.1" << 3306 << "app";
        QTest::newRow("mariadb alias") << "mariadb://root@127.0.0.1/app" << int(Engine::MySQL) << "" << "127.0.0.1" << 0 << "app";
    }

    void parsesValidUrls()
    {
        QFETCH(QString, text);
        QFETCH(int, engine);
        QFETCH(QString, path);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        const auto url = ConnectionUrl::parse(text);
        QVERIFY2(url.has_value(), qPrintable(url ? QString() : url.error().message));
        QCOMPARE(int(url->engine), engine);
        QCOMPARE(url->path, path);
        QCOMPARE(url->host, host);
        QCOMPARE(url->port, port);
        QCOMPARE(url->database, database);
    }

    void rejectsInvalidUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("sqlite with two slashes") << "sqlite://app.db";
        QTest::newRow("sqlite without file") << "sqlite:///";
        QTest::newRow("unknown scheme") << "oracle://scott@host/orcl";
        QTest::newRow("server without database") << "postgresql://alice@host:5432/";
        QTest::newRow("bad port") << "postgresql://alice@host:99999/db";
    }

    void rejectsInvalidUrls()
    {
        QFETCH(QString, text);
        const auto url = ConnectionUrl::parse(text);
        QVERIFY(!url.has_value());
        QCOMPARE(url.error().code, ErrorCode::InvalidUrl);
        QVERIFY(!url.error().message.isEmpty());
    }

    void redactedNeverShowsThePassword()
    {
        const auto url = ConnectionUrl::parse(QStringLiteral("postgresql://alice:s3cr%40t@host:5432/shop"));
        QVERIFY(url.has_value());
        QCOMPARE(url->password, QStringLiteral("s3cr@t"));
        QVERIFY(!url->redacted().contains(QStringLiteral("s3cr")));
        QCOMPARE(url->redacted(), QStringLiteral("postgresql://alice:***@host:5432/shop"));
    }

    void passwordFromEnvironment()
    {
        qputenv("SCHEMAPILOT_DB_PASSWORD", "from-env");
        const auto url = ConnectionUrl::parse(QStringLiteral("mysql://root@localhost/app"));
        qunsetenv("SCHEMAPILOT_DB_PASSWORD");
        QVERIFY(url.has_value());
        QCOMPARE(url->password, QStringLiteral("from-env"));
        QVERIFY(!url->redacted().contains(QStringLiteral("from-env")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionUrl)
#include "tst_connectionurl.moc"
