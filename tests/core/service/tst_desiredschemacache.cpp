// The desired-schema cache behind `status` and `plan`: the codec keeps every field, damaged or
// hostile entries are ignored, any edit of the file misses, and apply never reads it.
#include "dialects/dialectregistry.h"
#include "model/schemacodec.h"
#include "service/checkservice.h"
#include "service/desiredschemacache.h"
#include "support/clirunner.h"
#include "support/filetamper.h"
#include "support/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

namespace {

// Every SQLite feature the inspector reads, plus seeded rows (samples).
const char *kRichSchema = R"sql(
CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL COLLATE NOCASE UNIQUE,
    name TEXT DEFAULT 'anonymous',
    score REAL CHECK (score >= 0),
    upper_name TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL,
    name_len INTEGER GENERATED ALWAYS AS (length(name)) STORED
);
CREATE TABLE kinds (code TEXT PRIMARY KEY, label TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO kinds VALUES ('a', 'Alpha'), ('b', 'Beta');
CREATE TABLE orders (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
    line INTEGER NOT NULL,
    kind TEXT REFERENCES kinds (code),
    amount INTEGER NOT NULL DEFAULT (0),
    PRIMARY KEY (customer_id, line)
) STRICT;
CREATE UNIQUE INDEX orders_amount ON orders (amount DESC, kind COLLATE NOCASE) WHERE amount > 0;
CREATE INDEX customers_lower_email ON customers (lower(email));
CREATE VIEW big_orders AS SELECT customer_id, amount FROM orders WHERE amount > 100;
CREATE TRIGGER orders_touch AFTER UPDATE ON orders BEGIN SELECT 1; END;
)sql";

} // namespace

class TestDesiredSchemaCache final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cacheDir;
    QString m_dbPath;
    QString m_schemaPath;

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    Result<CheckReport> check(bool reuse)
    {
        CheckRequest request;
        auto url = ConnectionUrl::parse(m_dbPath);
        if (!url)
            return fail(url.error());
        request.url = *url;
        request.schemaFile = m_schemaPath;
        request.reuseDesiredLoad = reuse;
        return runCheck(DialectRegistry::withBuiltins(), request);
    }

    QStringList cacheEntries() const
    {
        return QDir(m_cacheDir).entryList({QStringLiteral("*.schema")}, QDir::Files);
    }

    // A schema with every field of the model set to something other than its default.
    static Schema everyField()
    {
        const auto loaded = loadRich();
        Schema schema = *loaded;
        Table &table = schema.tables.first();
        table.primaryKeyName = QStringLiteral("customers_pk");
        table.options = QStringLiteral("ENGINE=InnoDB");
        table.comment = QStringLiteral("people who buy");
        table.rowEstimate = 1234;
        Column &column = table.columns.first();
        column.charset = QStringLiteral("utf8mb4");
        column.comment = QStringLiteral("the key");
        column.identity = QStringLiteral("ALWAYS");
        column.identityOptions = QStringLiteral("INCREMENT BY 2 MINVALUE 1 MAXVALUE 9 START WITH 3 CACHE 1 CYCLE");
        table.primaryKeyDeferrable = true;
        table.primaryKeyInitiallyDeferred = true;
        table.unlogged = true;
        column.onUpdate = QStringLiteral("current_timestamp()");
        column.invisible = true;
        table.uniques << UniqueConstraint{QStringLiteral("u_named"), {QStringLiteral("email"), QStringLiteral("name")}, true, true};
        table.checks << CheckConstraint{QStringLiteral("ck_named"), QStringLiteral("score < 100"), true};
        ForeignKey fk;
        fk.name = QStringLiteral("fk_self");
        fk.columns = {QStringLiteral("id")};
        fk.refTable = QStringLiteral("customers");
        fk.match = QStringLiteral("FULL");
        table.foreignKeys << fk;
        Index index;
        index.name = QStringLiteral("i_everything");
        index.table = table.name;
        index.method = QStringLiteral("btree");
        index.include = {QStringLiteral("name")};
        index.origin = IndexOrigin::PrimaryKey;
        index.parts << IndexPart{QStringLiteral("email"), QString(), true, QStringLiteral("NOCASE"), 12};
        table.indexes << index;
        View view;
        view.name = QStringLiteral("mat");
        view.sql = QStringLiteral("CREATE MATERIALIZED VIEW mat AS SELECT 1");
        view.definition = QStringLiteral("SELECT 1");
        view.materialized = true;
        view.dependsOn = {QStringLiteral("customers")};
        view.columns << column;
        schema.views << view;
        schema.triggers.first().functionSql = QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $$ $$");
        schema.objects << SchemaObject{QStringLiteral("type"), QStringLiteral("mood"),
                                       QStringLiteral("CREATE TYPE mood AS ENUM ('ok')"), QStringLiteral("DROP TYPE mood")};
        schema.name = QStringLiteral("public");
        return schema;
    }

    static Result<Schema> loadRich()
    {
        static const DialectRegistry dialects = DialectRegistry::withBuiltins();
        const auto dialect = dialects.forUrl(*ConnectionUrl::parse(QStringLiteral("sqlite:///x.db")));
        if (!dialect)
            return fail(dialect.error());
        return (*dialect)->desiredLoader().load(QString::fromUtf8(kRichSchema), QStringLiteral("rich.sql"), QSqlDatabase(), {});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cacheDir = m_dir.filePath(QStringLiteral("cache/desired"));
        qputenv("SCHEMAPILOT_CACHE_DIR", m_cacheDir.toUtf8());
        qunsetenv("SCHEMAPILOT_NO_CACHE");
        m_dbPath = m_dir.filePath(QStringLiteral("live.sqlite"));
        QCOMPARE(createSqliteFile(m_dbPath, QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT);")),
                 QString());
        m_schemaPath = m_dir.filePath(QStringLiteral("desired.sql"));
    }

    void init()
    {
        QDir(m_cacheDir).removeRecursively();
        QVERIFY(writeFile(m_schemaPath, kRichSchema));
    }

    void codecKeepsEveryField()
    {
        const auto loaded = loadRich();
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QVERIFY2(!loaded->samples.isEmpty(), "the seeded kinds rows give samples");
        for (const Schema &schema : {*loaded, everyField()}) {
            const QByteArray bytes = encodeSchema(schema);
            const auto decoded = decodeSchema(bytes);
            QVERIFY(decoded);
            QVERIFY(*decoded == schema);   // defaulted ==: every field of every object
            QCOMPARE(decoded->samples.byColumn, schema.samples.byColumn);   // samples compare equal by design; check them here
            QCOMPARE(decoded->fingerprint(), schema.fingerprint());
            QCOMPARE(encodeSchema(*decoded), bytes);   // deterministic
        }
        QVERIFY(decodeSchema(encodeSchema(Schema{})).has_value());
    }

    void codecRefusesDamageWithoutCrashing()
    {
        const QByteArray bytes = encodeSchema(everyField());
        for (qsizetype length = 0; length < bytes.size(); ++length)
            QVERIFY2(!decodeSchema(bytes.left(length)), qPrintable(QString::number(length)));
        QVERIFY(!decodeSchema(bytes + 'x'));   // trailing garbage
        // A count far larger than the entry: refused before anything is allocated.
        QByteArray huge = bytes.left(6 + 4 + 12 + 4 + 12);   // magic, format, dialect "sqlite", name "public"
        huge += QByteArray::fromHex("fffffff0");
        QVERIFY(!decodeSchema(huge));
        // Random damage: any result but a crash, a hang or a huge allocation (the sanitizer pass watches).
        QRandomGenerator random(20261126);
        for (int round = 0; round < 2000; ++round) {
            QByteArray damaged = bytes;
            for (int flips = 1 + random.bounded(4); flips > 0; --flips)
                damaged[random.bounded(damaged.size())] = char(random.bounded(256));
            (void)decodeSchema(damaged);
        }
    }

    void secondCheckReusesTheFirstLoad()
    {
        auto first = check(true);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(!first->desiredFromCache);
        QCOMPARE(cacheEntries().size(), 1);
        const QString entry = QDir(m_cacheDir).filePath(cacheEntries().first());
        // 0600 and 0700: the entries describe the user's schema; nobody else reads them.
        const QFileDevice::Permissions groupOrOther(0x0077);
        QCOMPARE(QFileInfo(entry).permissions() & groupOrOther, QFileDevice::Permissions());
        QVERIFY(QFileInfo(entry).permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(QFileInfo(m_cacheDir).permissions() & groupOrOther, QFileDevice::Permissions());

        auto second = check(true);
        QVERIFY(second);
        QVERIFY(second->desiredFromCache);
        QVERIFY(second->desired == first->desired);
        QCOMPARE(second->desired.samples.byColumn, first->desired.samples.byColumn);
        QCOMPARE(second->plan.forwardSql(), first->plan.forwardSql());
        QCOMPARE(second->plan.allWarnings().size(), first->plan.allWarnings().size());
    }

    void anyEditOfTheFileMisses()
    {
        QVERIFY(check(true));
        QVERIFY(writeFile(m_schemaPath, QByteArray(kRichSchema) + "CREATE TABLE extra (id INTEGER PRIMARY KEY);\n"));
        auto edited = check(true);
        QVERIFY(edited);
        QVERIFY(!edited->desiredFromCache);
        QVERIFY(edited->desired.table(QStringLiteral("extra")));
        QCOMPARE(cacheEntries().size(), 2);
        // A change the engine would not even see as different (a comment) still misses: the key is the bytes.
        QVERIFY(writeFile(m_schemaPath, QByteArray("-- note\n") + kRichSchema));
        auto commented = check(true);
        QVERIFY(commented && !commented->desiredFromCache);
    }

    void damagedEntryIsIgnoredAndRewritten()
    {
        auto fresh = check(true);
        QVERIFY(fresh);
        const QString entry = QDir(m_cacheDir).filePath(cacheEntries().first());
        const qint64 size = QFileInfo(entry).size();
        for (const qint64 offset : {qint64(3), qint64(40), size / 2, size - 1}) {   // header, digest, payload, last byte
            QVERIFY(flipByte(entry, offset));
            auto after = check(true);
            QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
            QVERIFY2(!after->desiredFromCache, qPrintable(QStringLiteral("damage at %1 was not noticed").arg(offset)));
            QVERIFY(after->desired == fresh->desired);
            auto again = check(true);   // rewritten by the load that ignored it
            QVERIFY(again && again->desiredFromCache);
        }
        QVERIFY(writeFile(entry, QByteArray()));
        auto empty = check(true);
        QVERIFY(empty && !empty->desiredFromCache);
    }

    void turnedOffOrNotAskedForMeansNoCache()
    {
        auto notAsked = check(false);
        QVERIFY(notAsked && !notAsked->desiredFromCache);
        QVERIFY(cacheEntries().isEmpty());
        qputenv("SCHEMAPILOT_NO_CACHE", "1");
        auto off = check(true);
        auto offAgain = check(true);
        qunsetenv("SCHEMAPILOT_NO_CACHE");
        QVERIFY(off && offAgain && !offAgain->desiredFromCache);
        QVERIFY(cacheEntries().isEmpty());
    }

    void brokenFilesAreNeverCached()
    {
        QVERIFY(writeFile(m_schemaPath, "CREATE TABLE ok (id INTEGER);\nCREATE TABLE broken (id INTEGR PRIMARY KEY,);\n"));
        for (int run = 0; run < 2; ++run) {
            auto broken = check(true);
            QVERIFY(!broken);
            QVERIFY2(broken.error().message.contains(QStringLiteral("Statement 2")), qPrintable(broken.error().message));
        }
        QVERIFY(cacheEntries().isEmpty());
    }

    // SCHEMAPILOT_CACHE_DIR may name a folder that others share: its permissions stay as they are.
    void anExistingFolderKeepsItsPermissions()
    {
        QVERIFY(QDir().mkpath(m_cacheDir));
        const QFileDevice::Permissions shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(m_cacheDir, shared));
        QVERIFY(check(true));
        QCOMPARE(cacheEntries().size(), 1);
        QCOMPARE(QFileInfo(m_cacheDir).permissions() & 0x0077, shared & 0x0077);   // group and others still read it
    }

    void unwritableCacheOnlyCostsSpeed()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_cacheDir).path()));
        QVERIFY(writeFile(m_cacheDir, "a file where the cache folder should be"));
        auto first = check(true);
        auto second = check(true);
        QFile::remove(m_cacheDir);
        QVERIFY(first && second);
        QVERIFY(!second->desiredFromCache);
    }

    // The real command: two runs of `plan` print the same answer, the second from the cache.
    void planCommandUsesTheCache()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SCHEMAPILOT_CACHE_DIR"), m_cacheDir);
        const QStringList arguments{QStringLiteral("plan"), QStringLiteral("--db"), m_dbPath, QStringLiteral("--schema"),
                                    m_schemaPath, QStringLiteral("--json")};
        const CliRun first = runCli(arguments, environment);
        QCOMPARE(cacheEntries().size(), 1);
        const CliRun second = runCli(arguments, environment);
        QVERIFY2(first.exitCode == 0 && second.exitCode == 0, qPrintable(first.describe() + second.describe()));
        QJsonObject a = first.json();
        QJsonObject b = second.json();
        for (const QString &varies : {QStringLiteral("check_time_ms"), QStringLiteral("last_check")}) {
            a.remove(varies);
            b.remove(varies);
        }
        QVERIFY(a.value(QStringLiteral("operation_count")).toInt() > 0);
        QCOMPARE(b, a);
        QCOMPARE(cacheEntries().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDesiredSchemaCache)
#include "tst_desiredschemacache.moc"
