#include "db/connection.h"
#include "dialects/sqlite/sqliteinspector.h"
#include "support/sqlitefixture.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

Q_DECLARE_METATYPE(SchemaPilot::Core::Column)

namespace {

Column makeColumn(const QString &name, const QString &type)
{
    Column c;
    c.name = name;
    c.type = type;
    return c;
}

QString describe(const Column &c)
{
    return QStringLiteral("name=%1 type=%2 notNull=%3 default=%4 collation=%5 pk=%6 autoinc=%7 generated=%8 expr=%9")
        .arg(c.name, c.type)
        .arg(c.notNull)
        .arg(c.defaultExpr ? *c.defaultExpr : QStringLiteral("<none>"), c.collation)
        .arg(c.primaryKeyOrdinal)
        .arg(c.autoIncrement)
        .arg(int(c.generated))
        .arg(c.generatedExpr);
}

} // namespace

class TestSqliteInspector final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    // Creates a real file from DDL, opens it read-only through Connection and inspects it.
    Result<Schema> inspectDdl(const QString &ddl, const InspectOptions &options = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_fileCounter));
        const QString created = createSqliteFile(path, ddl);
        if (!created.isEmpty())
            return fail(ErrorCode::Internal, QStringLiteral("fixture DDL failed: ") + created);
        return inspectPath(path, options);
    }

    Result<Schema> inspectPath(const QString &path, const InspectOptions &options = {})
    {
        auto url = ConnectionUrl::parse(path);
        if (!url)
            return fail(url.error());
        auto connection = Connection::open(*url, Connection::Access::ReadOnly);
        if (!connection)
            return fail(connection.error());
        return SqliteInspector().inspect((*connection)->database(), options);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void tableKinds_data()
    {
        QTest::addColumn<QString>("ddl");
        QTest::addColumn<bool>("withoutRowid");
        QTest::addColumn<bool>("strict");
        QTest::newRow("ordinary rowid table") << "CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT)" << false << false;
        QTest::newRow("WITHOUT ROWID") << "CREATE TABLE t(a TEXT PRIMARY KEY, b TEXT) WITHOUT ROWID" << true << false;
        QTest::newRow("STRICT") << "CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT) STRICT" << false << true;
        QTest::newRow("STRICT and WITHOUT ROWID")
            << "CREATE TABLE t(a TEXT PRIMARY KEY, b ANY) STRICT, WITHOUT ROWID" << true << true;
    }

    void tableKinds()
    {
        QFETCH(QString, ddl);
        QFETCH(bool, withoutRowid);
        QFETCH(bool, strict);
        auto schema = inspectDdl(ddl);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QCOMPARE(schema->dialect, QStringLiteral("sqlite"));
        QCOMPARE(schema->name, QStringLiteral("main"));
        QCOMPARE(schema->tables.size(), 1);
        const Table &t = schema->tables.first();
        QCOMPARE(t.name, QStringLiteral("t"));
        QCOMPARE(t.withoutRowid, withoutRowid);
        QCOMPARE(t.strict, strict);
        QCOMPARE(t.sql, ddl); // the stored CREATE text, as the engine keeps it
        QCOMPARE(t.columnNames(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    }

    void columns_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<Column>("expected");

        QTest::newRow("declared type kept as written") << "c VARCHAR(20)" << makeColumn("c", "VARCHAR(20)");
        QTest::newRow("no declared type") << "c" << makeColumn("c", "");
        Column c = makeColumn("c", "TEXT");
        c.notNull = true;
        QTest::newRow("NOT NULL") << "c TEXT NOT NULL" << c;
        c = makeColumn("c", "TEXT");
        c.defaultExpr = QStringLiteral("'it''s'");
        QTest::newRow("string default with a quote") << "c TEXT DEFAULT 'it''s'" << c;
        c = makeColumn("c", "REAL");
        c.defaultExpr = QStringLiteral("-1.5");
        QTest::newRow("negative number default") << "c REAL DEFAULT -1.5" << c;
        c = makeColumn("c", "TEXT");
        c.defaultExpr = QStringLiteral("CURRENT_TIMESTAMP");
        QTest::newRow("CURRENT_TIMESTAMP default") << "c TEXT DEFAULT CURRENT_TIMESTAMP" << c;
        c = makeColumn("c", "INT");
        c.defaultExpr = QStringLiteral("1 + 2");
        QTest::newRow("expression default") << "c INT DEFAULT (1 + 2)" << c;
        c = makeColumn("c", "TEXT");
        c.defaultExpr = QStringLiteral("NULL");
        QTest::newRow("explicit NULL default") << "c TEXT DEFAULT NULL" << c;
        c = makeColumn("c", "TEXT");
        c.collation = QStringLiteral("NOCASE");
        QTest::newRow("COLLATE NOCASE") << "c TEXT COLLATE NOCASE" << c;
        c = makeColumn("c", "TEXT");
        c.collation = QStringLiteral("RTRIM");
        c.notNull = true;
        c.defaultExpr = QStringLiteral("'x'");
        QTest::newRow("collation, not null and default together") << "c TEXT NOT NULL DEFAULT 'x' COLLATE RTRIM" << c;
        c = makeColumn("c", "TEXT");
        QTest::newRow("COLLATE BINARY is the default") << "c TEXT COLLATE BINARY" << c;
        c = makeColumn("c", "INTEGER");
        c.primaryKeyOrdinal = 1;
        c.autoIncrement = true;
        QTest::newRow("INTEGER PRIMARY KEY AUTOINCREMENT") << "c INTEGER PRIMARY KEY AUTOINCREMENT" << c;
        c.autoIncrement = false;
        QTest::newRow("INTEGER PRIMARY KEY without AUTOINCREMENT") << "c INTEGER PRIMARY KEY" << c;
        c = makeColumn("c", "INT");
        c.generated = GeneratedKind::Virtual;
        c.generatedExpr = QStringLiteral("a * 2");
        QTest::newRow("generated VIRTUAL (default kind)") << "c INT GENERATED ALWAYS AS (a * 2)" << c;
        c.generated = GeneratedKind::Stored;
        QTest::newRow("generated STORED") << "c INT GENERATED ALWAYS AS (a * 2) STORED" << c;
        c = makeColumn("c", "TEXT");
        c.generated = GeneratedKind::Virtual;
        c.generatedExpr = QStringLiteral("substr(a, 1, 2) || ')' || \"a\"");
        QTest::newRow("short AS form, nested parentheses and a quoted paren")
            << "c TEXT AS (substr(a, 1, 2) || ')' || \"a\") VIRTUAL" << c;
        c = makeColumn("c", "TEXT");
        c.generated = GeneratedKind::Stored;
        c.generatedExpr = QStringLiteral("upper(a)");
        c.notNull = true;
        QTest::newRow("generated with NOT NULL and a CHECK before it")
            << "c TEXT NOT NULL CHECK (length(c) > 0) GENERATED ALWAYS AS (upper(a)) STORED" << c;
    }

    void columns()
    {
        QFETCH(QString, definition);
        QFETCH(Column, expected);
        auto schema = inspectDdl(QStringLiteral("CREATE TABLE t(a INT, %1)").arg(definition));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        const Column *column = schema->tables.value(0).column(QStringLiteral("c"));
        QVERIFY(column);
        QVERIFY2(*column == expected, qPrintable(describe(*column) + QStringLiteral("\n   expected ") + describe(expected)));
    }

    void compositePrimaryKey()
    {
        auto schema = inspectDdl(QStringLiteral(
            "CREATE TABLE t(a TEXT, b INT, c TEXT, CONSTRAINT \"pk of t\" PRIMARY KEY (b, a DESC))"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        const Table &t = schema->tables.first();
        QCOMPARE(t.column("a")->primaryKeyOrdinal, 2);
        QCOMPARE(t.column("b")->primaryKeyOrdinal, 1);
        QCOMPARE(t.column("c")->primaryKeyOrdinal, 0);
        QCOMPARE(t.primaryKeyColumns(), QStringList({"b", "a"}));
        QCOMPARE(t.primaryKeyName, QStringLiteral("pk of t"));
        QVERIFY(t.uniques.isEmpty());
        QCOMPARE(t.indexes.size(), 1);
        const Index &pk = t.indexes.first();
        QCOMPARE(pk.name, QStringLiteral("sqlite_autoindex_t_1"));
        QCOMPARE(pk.origin, IndexOrigin::PrimaryKey);
        QVERIFY(pk.unique);
        QVERIFY(pk.sql.isEmpty());
        QCOMPARE(pk.columnNames(), QStringList({"b", "a"}));
        QVERIFY(!pk.parts.at(0).descending);
        QVERIFY(pk.parts.at(1).descending);
    }

    void uniqueConstraints()
    {
        auto schema = inspectDdl(QStringLiteral(
            "CREATE TABLE t(id INTEGER PRIMARY KEY, email TEXT UNIQUE, a INT, b TEXT COLLATE NOCASE,"
            " CONSTRAINT ab_unique UNIQUE (a, b), UNIQUE (b COLLATE BINARY))"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        const Table &t = schema->tables.first();
        QCOMPARE(t.uniques.size(), 3);
        QCOMPARE(t.uniques.at(0), (UniqueConstraint{QString(), {"email"}}));
        QCOMPARE(t.uniques.at(1), (UniqueConstraint{QStringLiteral("ab_unique"), {"a", "b"}}));
        QCOMPARE(t.uniques.at(2), (UniqueConstraint{QString(), {"b"}}));
        QCOMPARE(t.indexes.size(), 3);
        for (const Index &index : t.indexes) {
            QCOMPARE(index.origin, IndexOrigin::UniqueConstraint);
            QVERIFY(index.unique);
            QCOMPARE(index.table, QStringLiteral("t"));
        }
        // the third constraint overrides the column's NOCASE: that is a real collation difference
        const Index *third = t.index(QStringLiteral("sqlite_autoindex_t_3"));
        QVERIFY(third);
        QCOMPARE(third->parts.first().collation, QStringLiteral("BINARY"));
        QVERIFY(t.index(QStringLiteral("sqlite_autoindex_t_2"))->parts.at(1).collation.isEmpty());
    }

    void checkConstraints()
    {
        auto schema = inspectDdl(QStringLiteral(
            "CREATE TABLE t(\n"
            "  price REAL CHECK (price >= 0),\n"
            "  code TEXT CONSTRAINT code_format CHECK (code GLOB '[A-Z]*' AND code <> ')'),\n"
            "  a INT, b INT,\n"
            "  CONSTRAINT \"a before b\" CHECK ((a, b) IS NOT NULL AND a < b),\n"
            "  CHECK (a IN (1, 2, 3)) -- a comment with CHECK (x)\n"
            ")"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        const QList<CheckConstraint> expected{
            {QString(), QStringLiteral("price >= 0")},
            {QStringLiteral("code_format"), QStringLiteral("code GLOB '[A-Z]*' AND code <> ')'")},
            {QStringLiteral("a before b"), QStringLiteral("(a, b) IS NOT NULL AND a < b")},
            {QString(), QStringLiteral("a IN (1, 2, 3)")},
        };
        QCOMPARE(schema->tables.first().checks, expected);
    }

    void foreignKeys()
    {
        auto schema = inspectDdl(QStringLiteral(
            "CREATE TABLE parent(id INTEGER PRIMARY KEY, x TEXT, y TEXT, UNIQUE (x, y));\n"
            "CREATE TABLE child(\n"
            "  id INTEGER PRIMARY KEY,\n"
            "  parent_id INT REFERENCES parent ON DELETE CASCADE,\n"
            "  px TEXT, py TEXT,\n"
            "  other INT CONSTRAINT other_fk REFERENCES parent(id) ON UPDATE SET NULL ON DELETE SET DEFAULT"
            "    NOT DEFERRABLE INITIALLY DEFERRED,\n"
            "  CONSTRAINT composite_fk FOREIGN KEY (px, py) REFERENCES parent(x, y)"
            "    MATCH full ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,\n"
            "  FOREIGN KEY (other) REFERENCES parent(id) DEFERRABLE INITIALLY IMMEDIATE\n"
            ");"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        const Table *child = schema->table(QStringLiteral("child"));
        QVERIFY(child);
        QCOMPARE(child->foreignKeys.size(), 4);

        ForeignKey implicitKey;
        implicitKey.columns = {"parent_id"};
        implicitKey.refTable = "parent";
        implicitKey.onDelete = "CASCADE";
        ForeignKey named;
        named.name = "other_fk";
        named.columns = {"other"};
        named.refTable = "parent";
        named.refColumns = {"id"};
        named.onUpdate = "SET NULL";
        named.onDelete = "SET DEFAULT";
        ForeignKey composite;
        composite.name = "composite_fk";
        composite.columns = {"px", "py"};
        composite.refTable = "parent";
        composite.refColumns = {"x", "y"};
        composite.onDelete = "RESTRICT";
        composite.match = "FULL";
        composite.deferrable = true;
        composite.initiallyDeferred = true;
        ForeignKey deferrableImmediate;
        deferrableImmediate.columns = {"other"};
        deferrableImmediate.refTable = "parent";
        deferrableImmediate.refColumns = {"id"};
        deferrableImmediate.deferrable = true;

        // declaration order, every field
        QCOMPARE(child->foreignKeys.at(0), implicitKey);
        QCOMPARE(child->foreignKeys.at(1), named);
        QCOMPARE(child->foreignKeys.at(2), composite);
        QCOMPARE(child->foreignKeys.at(3), deferrableImmediate);
        QVERIFY(schema->table(QStringLiteral("parent"))->foreignKeys.isEmpty());
    }

    void indexes()
    {
        auto schema = inspectDdl(QStringLiteral(
            "CREATE TABLE t(a INT, b TEXT COLLATE NOCASE, c TEXT);\n"
            "CREATE UNIQUE INDEX z_unique ON t(a);\n"
            "CREATE INDEX b_partial ON t(b DESC, c) WHERE a > 0 AND c <> 'x';\n"
            "CREATE INDEX A_expr ON t(lower(c) DESC, a + 1, c COLLATE RTRIM ASC);\n"
            "CREATE INDEX m_collate ON t(b COLLATE NOCASE, c COLLATE nocase);\n"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        const Table &t = schema->tables.first();
        QStringList names;
        for (const Index &index : t.indexes)
            names << index.name;
        QCOMPARE(names, QStringList({"A_expr", "b_partial", "m_collate", "z_unique"}));
        for (const Index &index : t.indexes) {
            QCOMPARE(index.table, QStringLiteral("t"));
            QCOMPARE(index.origin, IndexOrigin::Created);
            QCOMPARE(index.sql, querySqliteFile(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_fileCounter)),
                                                QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'")
                                                    .arg(index.name)).value(0));
        }

        const Index *unique = t.index("z_unique");
        QVERIFY(unique->unique);
        QVERIFY(unique->where.isEmpty());
        QCOMPARE(unique->parts, (QList<IndexPart>{{"a", {}, false, {}, 0}}));

        const Index *partial = t.index("b_partial");
        QVERIFY(!partial->unique);
        QCOMPARE(partial->where, QStringLiteral("a > 0 AND c <> 'x'"));
        QCOMPARE(partial->parts, (QList<IndexPart>{{"b", {}, true, {}, 0}, {"c", {}, false, {}, 0}}));

        const Index *expr = t.index("A_expr");
        QCOMPARE(expr->parts, (QList<IndexPart>{{{}, "lower(c)", true, {}, 0},
                                                {{}, "a + 1", false, {}, 0},
                                                {"c", {}, false, "RTRIM", 0}}));

        // the column's own collation is no difference; a different one is
        const Index *collate = t.index("m_collate");
        QCOMPARE(collate->parts, (QList<IndexPart>{{"b", {}, false, {}, 0}, {"c", {}, false, "nocase", 0}}));
    }

    void viewsAndTriggers()
    {
        auto schema = inspectDdl(QStringLiteral(
            "CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT, qty INT);\n"
            "CREATE TABLE log(msg TEXT);\n"
            "CREATE VIEW zeta AS SELECT name FROM items WHERE qty > 0;\n"
            "CREATE VIEW \"Alpha view\" (n, q) AS SELECT z.name, 1 FROM zeta AS z;\n"
            "CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN INSERT INTO log VALUES ('a;b'); SELECT 1; END;\n"
            "CREATE TRIGGER B_trigger BEFORE DELETE ON items FOR EACH ROW WHEN old.qty > 0 BEGIN SELECT RAISE(ABORT, 'no'); END;\n"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QCOMPARE(schema->views.size(), 2);
        const View &alpha = schema->views.at(0);
        QCOMPARE(alpha.name, QStringLiteral("Alpha view"));
        QCOMPARE(alpha.sql, QStringLiteral("CREATE VIEW \"Alpha view\" (n, q) AS SELECT z.name, 1 FROM zeta AS z"));
        QCOMPARE(alpha.definition, QStringLiteral("SELECT z.name, 1 FROM zeta AS z"));
        QCOMPARE(alpha.dependsOn, QStringList({"zeta"}));
        QVERIFY(!alpha.materialized);
        const View &zeta = schema->views.at(1);
        QCOMPARE(zeta.name, QStringLiteral("zeta"));
        QCOMPARE(zeta.definition, QStringLiteral("SELECT name FROM items WHERE qty > 0"));
        QCOMPARE(zeta.dependsOn, QStringList({"items"}));

        QCOMPARE(schema->triggers.size(), 2);
        QCOMPARE(schema->triggers.at(0).name, QStringLiteral("B_trigger"));
        QCOMPARE(schema->triggers.at(0).table, QStringLiteral("items"));
        QCOMPARE(schema->triggers.at(1).name, QStringLiteral("items_ai"));
        QCOMPARE(schema->triggers.at(1).sql,
                 QStringLiteral("CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN INSERT INTO log VALUES ('a;b'); SELECT 1; END"));
        QVERIFY(schema->triggers.at(1).functionSql.isEmpty());
    }

    void oddIdentifiers()
    {
        auto schema = inspectDdl(QStringLiteral(
            "CREATE TABLE \"my table\"(\"we\"\"ird col\" TEXT PRIMARY KEY, [order] INT, `Group` TEXT,"
            " MixedCase INT CONSTRAINT \"check, with comma\" CHECK (MixedCase > 0)) WITHOUT ROWID;\n"
            "CREATE TABLE \"select\"(id INTEGER PRIMARY KEY,"
            " ref TEXT REFERENCES \"my table\"(\"we\"\"ird col\"), [order] INT, UNIQUE ([order]));\n"
            "CREATE INDEX \"idx on my table\" ON \"my table\"(\"Group\", [order] DESC);\n"
            "CREATE VIEW \"view \"\"q\"\"\" AS SELECT [order] FROM \"select\";\n"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QCOMPARE(schema->tables.size(), 2);
        const Table &my = schema->tables.at(0);
        QCOMPARE(my.name, QStringLiteral("my table"));
        QCOMPARE(my.columnNames(), QStringList({"we\"ird col", "order", "Group", "MixedCase"}));
        QCOMPARE(my.primaryKeyColumns(), QStringList({"we\"ird col"}));
        QCOMPARE(my.checks, (QList<CheckConstraint>{{"check, with comma", "MixedCase > 0"}}));
        const Index *index = my.index("idx on my table");
        QVERIFY(index);
        QCOMPARE(index->parts, (QList<IndexPart>{{"Group", {}, false, {}, 0}, {"order", {}, true, {}, 0}}));
        const Table &select = schema->tables.at(1);
        QCOMPARE(select.name, QStringLiteral("select"));
        QCOMPARE(select.foreignKeys.size(), 1);
        QCOMPARE(select.foreignKeys.first().refTable, QStringLiteral("my table"));
        QCOMPARE(select.foreignKeys.first().refColumns, QStringList({"we\"ird col"}));
        QCOMPARE(select.uniques, (QList<UniqueConstraint>{{QString(), {"order"}}}));
        QCOMPARE(schema->views.size(), 1);
        QCOMPARE(schema->views.first().name, QStringLiteral("view \"q\""));
        QCOMPARE(schema->views.first().dependsOn, QStringList({"select"}));
        QVERIFY2(select.rowEstimate == 0, "a keyword-named table must be quoted in the row estimate query");
    }

    void internalTablesAreSkipped()
    {
        InspectOptions options;
        options.excludeTables = {QStringLiteral("Excluded")};
        auto schema = inspectDdl(QStringLiteral(
            "CREATE TABLE app(id INTEGER PRIMARY KEY AUTOINCREMENT);\n"           // creates sqlite_sequence
            "INSERT INTO app DEFAULT VALUES;\n"
            "CREATE TABLE schemapilot_history(id INTEGER PRIMARY KEY, what TEXT);\n"
            "CREATE TABLE SchemaPilot_Lock(holder TEXT);\n"
            "CREATE INDEX schemapilot_history_what ON schemapilot_history(what);\n"
            "CREATE TRIGGER schemapilot_guard BEFORE DELETE ON schemapilot_history BEGIN SELECT 1; END;\n"
            "CREATE TRIGGER audit_guard BEFORE DELETE ON schemapilot_history BEGIN SELECT 1; END;\n"
            "CREATE TABLE excluded(x);\n"
            "CREATE TRIGGER on_excluded AFTER INSERT ON excluded BEGIN SELECT 1; END;\n"
            "CREATE INDEX app_idx ON app(id);\n"
            "ANALYZE;\n"), options);                                               // creates sqlite_stat1
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QCOMPARE(schema->tables.size(), 1);
        QCOMPARE(schema->tables.first().name, QStringLiteral("app"));
        QVERIFY(schema->triggers.isEmpty());
        QVERIFY(schema->views.isEmpty());
        QVERIFY(schema->objects.isEmpty());
    }

    void virtualTablesBecomeObjects()
    {
        auto schema = inspectDdl(QStringLiteral(
            "CREATE VIRTUAL TABLE docs USING fts5(title, body);\n"
            "CREATE TABLE plain(x);\n"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        // the FTS shadow tables (docs_data, docs_idx, ...) belong to the virtual table
        QCOMPARE(schema->tables.size(), 1);
        QCOMPARE(schema->tables.first().name, QStringLiteral("plain"));
        QCOMPARE(schema->objects.size(), 1);
        QCOMPARE(schema->objects.first().kind, QStringLiteral("virtual table"));
        QCOMPARE(schema->objects.first().name, QStringLiteral("docs"));
        QCOMPARE(schema->objects.first().sql, QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(title, body)"));
        QCOMPARE(schema->objects.first().dropSql, QStringLiteral("DROP TABLE \"docs\""));
    }

    void orderingIsDeterministic()
    {
        auto schema = inspectDdl(QStringLiteral(
            "CREATE TABLE Zeta(z3, z1, z2);\n"
            "CREATE TABLE alpha(a);\n"
            "CREATE TABLE Beta(b);\n"
            "CREATE VIEW v_b AS SELECT 1; CREATE VIEW V_a AS SELECT 2;\n"
            "CREATE TRIGGER t_z AFTER INSERT ON alpha BEGIN SELECT 1; END;\n"
            "CREATE TRIGGER T_y AFTER INSERT ON alpha BEGIN SELECT 1; END;\n"));
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QStringList tables;
        for (const Table &t : schema->tables)
            tables << t.name;
        QCOMPARE(tables, QStringList({"alpha", "Beta", "Zeta"}));
        QCOMPARE(schema->table("zeta")->columnNames(), QStringList({"z3", "z1", "z2"}));
        QCOMPARE(schema->views.at(0).name, QStringLiteral("V_a"));
        QCOMPARE(schema->views.at(1).name, QStringLiteral("v_b"));
        QCOMPARE(schema->triggers.at(0).name, QStringLiteral("T_y"));
        QCOMPARE(schema->triggers.at(1).name, QStringLiteral("t_z"));
        // the same file inspected twice gives the same schema
        auto again = inspectPath(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_fileCounter)));
        QVERIFY(again);
        QCOMPARE(*again, *schema);
    }

    void rowEstimates()
    {
        const QString ddl = QStringLiteral(
            "CREATE TABLE big(id INTEGER PRIMARY KEY, v TEXT);\n"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)"
            " INSERT INTO big(v) SELECT 'row ' || i FROM n;\n"
            "CREATE TABLE keyed(k TEXT PRIMARY KEY, v INT) WITHOUT ROWID;\n"
            "INSERT INTO keyed SELECT 'k' || id, id FROM big WHERE id <= 250;\n"
            "CREATE TABLE shadowed(rowid TEXT, x INT);\n"
            "INSERT INTO shadowed SELECT 'r', id FROM big WHERE id <= 40;\n"
            "CREATE TABLE empty(x);\n");
        auto schema = inspectDdl(ddl);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        QCOMPARE(schema->table("big")->rowEstimate, 10000);
        QCOMPARE(schema->table("keyed")->rowEstimate, -1);     // no cheap bound without statistics
        QCOMPARE(schema->table("shadowed")->rowEstimate, 40);  // "rowid" is a column: another alias is used
        QCOMPARE(schema->table("empty")->rowEstimate, 0);

        // statistics win when present (even when stale)
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_fileCounter));
        QCOMPARE(execSqliteFile(path, QStringLiteral("ANALYZE; DELETE FROM big WHERE id > 9000;")), QString());
        auto analyzed = inspectPath(path);
        QVERIFY(analyzed);
        QCOMPARE(analyzed->table("big")->rowEstimate, 10000);
        QCOMPARE(analyzed->table("keyed")->rowEstimate, 250);

        InspectOptions noEstimates;
        noEstimates.estimateRows = false;
        auto without = inspectPath(path, noEstimates);
        QVERIFY(without);
        QCOMPARE(without->table("big")->rowEstimate, -1);
    }

    void inspectionIsFast()
    {
        // a 10,000-row database with a little of everything: a few milliseconds, no full scan
        const QString path = m_dir.filePath(QStringLiteral("fast.sqlite"));
        QCOMPARE(createSqliteFile(path, QStringLiteral(
                     "CREATE TABLE a(id INTEGER PRIMARY KEY, v TEXT UNIQUE, w INT CHECK (w > 0));\n"
                     "CREATE TABLE b(id INTEGER PRIMARY KEY, a_id INT REFERENCES a(id), note TEXT);\n"
                     "CREATE INDEX b_a ON b(a_id);\n"
                     "CREATE VIEW va AS SELECT * FROM a;\n"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)"
                     " INSERT INTO a(v, w) SELECT 'value ' || i, i FROM n;\n"
                     "INSERT INTO b(a_id, note) SELECT id, v FROM a;\n")),
                 QString());
        auto url = ConnectionUrl::parse(path);
        QVERIFY(url);
        auto connection = Connection::open(*url, Connection::Access::ReadOnly);
        QVERIFY(connection);
        SqliteInspector inspector;
        QVERIFY(inspector.inspect((*connection)->database(), {})); // warm the page cache
        QElapsedTimer timer;
        timer.start();
        auto schema = inspector.inspect((*connection)->database(), {});
        const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
        QVERIFY(schema);
        QCOMPARE(schema->table("b")->rowEstimate, 10000);
        qInfo("inspection of a 10,000-row database took %lld us", elapsedUs);
        QVERIFY2(elapsedUs < 50000, "inspection must stay cheap (a few ms)");
    }

    void lockedDatabaseKeepsItsErrorCode()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        QCOMPARE(createSqliteFile(path, QStringLiteral("CREATE TABLE t(a);")), QString());
        auto url = ConnectionUrl::parse(QStringLiteral("sqlite:///%1?busy_timeout=50").arg(path));
        QVERIFY(url);
        auto connection = Connection::open(*url, Connection::Access::ReadOnly);
        QVERIFY(connection);
        // another process-like connection holds an exclusive lock while we inspect
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        auto schema = SqliteInspector().inspect((*connection)->database(), {});
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QVERIFY(!schema);
        QCOMPARE(schema.error().code, ErrorCode::DatabaseLocked);
        QVERIFY(!schema.error().message.isEmpty());
        // and once the lock is gone the same connection reads it fine
        QVERIFY(SqliteInspector().inspect((*connection)->database(), {}));
    }

    void leavesTheCallersTransactionStateAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("tx.sqlite"));
        QCOMPARE(createSqliteFile(path, QStringLiteral("CREATE TABLE t(a);")), QString());
        auto url = ConnectionUrl::parse(path);
        QVERIFY(url);
        auto connection = Connection::open(*url, Connection::Access::ReadWrite);
        QVERIFY(connection);
        auto *handle = static_cast<sqlite3 *>((*connection)->sqliteHandle());
        QVERIFY(handle);
        // on its own: a read snapshot that is closed again
        QVERIFY(SqliteInspector().inspect((*connection)->database(), {}));
        QVERIFY(sqlite3_get_autocommit(handle));
        // inside the caller's transaction: sees its uncommitted DDL and keeps the transaction open
        QVERIFY((*connection)->database().transaction());
        QCOMPARE(sqlite3_exec(handle, "CREATE TABLE u(b)", nullptr, nullptr, nullptr), SQLITE_OK);
        auto schema = SqliteInspector().inspect((*connection)->database(), {});
        QVERIFY(schema);
        QVERIFY(schema->table(QStringLiteral("u")));
        QVERIFY(!sqlite3_get_autocommit(handle));
        QVERIFY((*connection)->database().rollback());
    }

    void refusesANonSqliteConnection()
    {
        QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("never-opened"));
        auto schema = SqliteInspector().inspect(closed, {});
        QVERIFY(!schema);
        QCOMPARE(schema.error().code, ErrorCode::IntrospectionFailed);
        QVERIFY(!schema.error().message.isEmpty());
        closed = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("never-opened"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteInspector)
#include "tst_sqliteinspector.moc"
