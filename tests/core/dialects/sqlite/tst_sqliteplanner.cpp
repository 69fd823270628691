#include "dialects/sqlite/sqliteplanner.h"
#include "dialects/sqlite/sqliteprobesql.h"
#include "core/dialects/sqlite/sqliteplanfixtures.h"
#include "plan/warningcodes.h"
#include "support/sqlitefixture.h"
#include "support/sqlitescript.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;
using namespace SchemaPilot::Test::Fixtures;

Q_DECLARE_METATYPE(SchemaPilot::Core::ChangeSet)
Q_DECLARE_METATYPE(SchemaPilot::Core::Schema)

namespace {

const QString kTmp = QStringLiteral("\"_schemapilot_new_users\"");

QStringList stepTypes(const Plan &plan)
{
    QStringList types;
    for (const PlanStep &s : plan.steps)
        types << operationTypeName(s.type);
    return types;
}

QStringList codes(const QList<Warning> &warnings)
{
    QStringList list;
    for (const Warning &w : warnings)
        list << w.code;
    return list;
}

QStringList probeCodes(const Plan &plan)
{
    QStringList list;
    for (const PlanStep &s : plan.steps)
        for (const DataProbe &p : s.probes)
            list << p.code;
    return list;
}

// The virtual machine steps SQLite takes to run `sql` on the file at `path` (-1 when it fails):
// how much of a table a query reads, independent of the machine's speed.
int vmSteps(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    int steps = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
        }
        steps = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 0);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return steps;
}

// The statements that create `schema` on an empty file.
QString ddlOf(const Schema &schema)
{
    QStringList sql;
    for (const Table &t : schema.tables) {
        sql << t.sql;
        for (const Index &i : t.indexes)
            if (!i.sql.isEmpty())
                sql << i.sql;
    }
    for (const View &v : schema.views)
        sql << v.sql;
    for (const Trigger &t : schema.triggers)
        sql << t.sql;
    return sql.join(QStringLiteral(";\n")) + u';';
}

Table usersWith(const QList<Column> &columns, const QString &sql)
{
    return table(QStringLiteral("users"), columns, sql);
}

const Column kId = column(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, 1);
const Column kName = column(QStringLiteral("name"), QStringLiteral("TEXT"), true);
const Column kAge = column(QStringLiteral("age"), QStringLiteral("INTEGER"));

Table customers()
{
    return table(QStringLiteral("customers"),
                 {column(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, 1), column(QStringLiteral("name"), QStringLiteral("TEXT"))},
                 QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"), 5);
}

Table orders(bool withForeignKey)
{
    Table t = table(QStringLiteral("orders"),
                    {column(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, 1),
                     column(QStringLiteral("customer_id"), QStringLiteral("INTEGER"))},
                    withForeignKey ? QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE)")
                                   : QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER)"),
                    40);
    if (withForeignKey)
        t.foreignKeys << foreignKey({QStringLiteral("customer_id")}, QStringLiteral("customers"), {QStringLiteral("id")},
                                    QStringLiteral("CASCADE"));
    return t;
}

} // namespace

class TestSqlitePlanner final : public QObject
{
    Q_OBJECT

private slots:
    void goldenStatements_data();
    void goldenStatements();
    void emptyChangeSetGivesEmptyPlan();
    void lintAttachesCodesAndProbes();
    void renameSuggestionBecomesPlanWarning();
    void rebuildOfParentKeepsCascadingChildRows();
    void rebuildCopiesRowidsAndTypesOnRealFile();
    void textProbeCountsExactlyTheBlobsOnRealFile();
    void rebuildKeepsAutoincrementCounter();
    void plansThousandsOfTablesQuickly();
};

namespace {

// The statements of SQLite's documented in-place schema edit of `table` to `CREATE TABLE table <body>`
// (the desired file's own text).
QStringList editDefinition(const QString &table, const QString &body)
{
    return {QStringLiteral("PRAGMA writable_schema = ON"),
            QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE %1 %2' WHERE type = 'table' AND name = '%1'").arg(table, body),
            QStringLiteral("PRAGMA writable_schema = RESET"), QStringLiteral("CREATE TABLE \"_schemapilot_schema_bump\" (x)"),
            QStringLiteral("DROP TABLE \"_schemapilot_schema_bump\"")};
}

} // namespace

void TestSqlitePlanner::goldenStatements_data()
{
    QTest::addColumn<ChangeSet>("changes");
    QTest::addColumn<Schema>("current");
    QTest::addColumn<Schema>("desired");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("forward");
    QTest::addColumn<QStringList>("rollback");
    QTest::addColumn<bool>("foreignKeysOff");

    const Table before = users();
    const QStringList rebuildBack{
        QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)").arg(kTmp),
        QStringLiteral("INSERT INTO %1 (\"id\", \"name\", \"age\") SELECT \"id\", \"name\", \"age\" FROM \"users\"").arg(kTmp),
        QStringLiteral("DROP TABLE \"users\""),
        QStringLiteral("ALTER TABLE %1 RENAME TO \"users\"").arg(kTmp)};

    {
        const Column email = column(QStringLiteral("email"), QStringLiteral("TEXT"));
        const Table after = usersWith({kId, kName, kAge, email},
                                      QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, email TEXT)"));
        QTest::newRow("add nullable column in place")
            << modify(before, after, {change::AddColumn{email}}) << schema({before}) << schema({after})
            << QStringList{QStringLiteral("ADD_COLUMN")}
            << QStringList{QStringLiteral("ALTER TABLE \"users\" ADD COLUMN email TEXT")}
            << QStringList{QStringLiteral("ALTER TABLE \"users\" DROP COLUMN \"email\"")} << false;
    }
    {
        // Hand-built desired side without stored text: the definition comes from the model.
        Column email = column(QStringLiteral("email"), QStringLiteral("VARCHAR(80)"), true, QStringLiteral("''"));
        email.collation = QStringLiteral("NOCASE");
        Table after = usersWith({kId, kName, kAge, email}, {});
        QTest::newRow("add column generated from the model without stored text")
            << modify(before, after, {change::AddColumn{email}}) << schema({before}) << schema({after})
            << QStringList{QStringLiteral("ADD_COLUMN")}
            << QStringList{QStringLiteral("ALTER TABLE \"users\" ADD COLUMN \"email\" VARCHAR(80) NOT NULL DEFAULT '' COLLATE NOCASE")}
            << QStringList{QStringLiteral("ALTER TABLE \"users\" DROP COLUMN \"email\"")} << false;
    }
    {
        const Column status = column(QStringLiteral("status"), QStringLiteral("TEXT"), true, QStringLiteral("'new'"));
        const Table after = usersWith({kId, kName, kAge, status},
                                      QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, status TEXT NOT NULL DEFAULT 'new')"));
        QTest::newRow("add not-null column with constant default in place")
            << modify(before, after, {change::AddColumn{status}}) << schema({before}) << schema({after})
            << QStringList{QStringLiteral("ADD_COLUMN")}
            << QStringList{QStringLiteral("ALTER TABLE \"users\" ADD COLUMN status TEXT NOT NULL DEFAULT 'new'")}
            << QStringList{QStringLiteral("ALTER TABLE \"users\" DROP COLUMN \"status\"")} << false;
    }
    {
        const Column created = column(QStringLiteral("created_at"), QStringLiteral("TEXT"), false, QStringLiteral("CURRENT_TIMESTAMP"));
        const QString sql = QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, created_at TEXT DEFAULT CURRENT_TIMESTAMP)");
        const Table after = usersWith({kId, kName, kAge, created}, sql);
        QTest::newRow("add column with CURRENT_TIMESTAMP default rebuilds")
            << modify(before, after, {change::AddColumn{created}}) << schema({before}) << schema({after})
            << QStringList{QStringLiteral("ADD_COLUMN")}
            << QStringList{QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, created_at TEXT DEFAULT CURRENT_TIMESTAMP)").arg(kTmp),
                           QStringLiteral("INSERT INTO %1 (\"id\", \"name\", \"age\") SELECT \"id\", \"name\", \"age\" FROM \"users\"").arg(kTmp),
                           QStringLiteral("DROP TABLE \"users\""), QStringLiteral("ALTER TABLE %1 RENAME TO \"users\"").arg(kTmp)}
            << rebuildBack << true;
    }
    {
        const Column ageText = column(QStringLiteral("age"), QStringLiteral("TEXT"));
        const Table after = usersWith({kId, kName, ageText}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age TEXT)"));
        QTest::newRow("column type change rebuilds and copies through affinity")
            << modify(before, after, {change::ModifyColumn{kAge, ageText, ColumnAspect::Type}}) << schema({before}) << schema({after})
            << QStringList{QStringLiteral("ALTER_COLUMN_TYPE")}
            << QStringList{QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age TEXT)").arg(kTmp),
                           QStringLiteral("INSERT INTO %1 (\"id\", \"name\", \"age\") SELECT \"id\", \"name\", \"age\" FROM \"users\"").arg(kTmp),
                           QStringLiteral("DROP TABLE \"users\""), QStringLiteral("ALTER TABLE %1 RENAME TO \"users\"").arg(kTmp)}
            << rebuildBack << true;
    }
    {
        // A wider type name of the same affinity stores every value the same way: edited in place.
        const Column nameWide = column(QStringLiteral("name"), QStringLiteral("VARCHAR(200)"), true);
        const Table after = usersWith({kId, nameWide, kAge},
                                      QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, age INTEGER)"));
        QTest::newRow("type name of the same affinity edits the definition in place")
            << modify(before, after, {change::ModifyColumn{kName, nameWide, ColumnAspect::Type}})
            << schema({before}) << schema({after}) << QStringList{QStringLiteral("ALTER_COLUMN_TYPE")}
            << editDefinition(QStringLiteral("users"), QStringLiteral("(id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, age INTEGER)"))
            << editDefinition(QStringLiteral("users"), QStringLiteral("(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)")) << false;
    }
    {
        // INT PRIMARY KEY is an ordinary column next to the rowid, INTEGER PRIMARY KEY is the rowid:
        // the same affinity, another storage. Rebuilt.
        const Column intId = column(QStringLiteral("id"), QStringLiteral("INT"), false, {}, 1);
        const Table after = usersWith({intId, kName, kAge},
                                      QStringLiteral("CREATE TABLE users (id INT PRIMARY KEY, name TEXT NOT NULL, age INTEGER)"));
        QTest::newRow("key column type name rebuilds even with the same affinity")
            << modify(before, after, {change::ModifyColumn{kId, intId, ColumnAspect::Type}})
            << schema({before}) << schema({after}) << QStringList{QStringLiteral("ALTER_COLUMN_TYPE")}
            << QStringList{QStringLiteral("CREATE TABLE %1 (id INT PRIMARY KEY, name TEXT NOT NULL, age INTEGER)").arg(kTmp),
                           QStringLiteral("INSERT INTO %1 (rowid, \"id\", \"name\", \"age\") SELECT rowid, \"id\", \"name\", \"age\" FROM \"users\"").arg(kTmp),
                           QStringLiteral("DROP TABLE \"users\""), QStringLiteral("ALTER TABLE %1 RENAME TO \"users\"").arg(kTmp)}
            << rebuildBack << true;
    }
    {
        const Column ageNotNull = column(QStringLiteral("age"), QStringLiteral("INTEGER"), true, QStringLiteral("0"));
        const Table after = usersWith({kId, kName, ageNotNull},
                                      QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER NOT NULL DEFAULT 0)"));
        // Only a constraint and a default change: SQLite's documented schema edit, no rows copied.
        QTest::newRow("NOT NULL tightening edits the definition in place and fills NULLs with the default")
            << modify(before, after, {change::ModifyColumn{kAge, ageNotNull, ColumnAspect::Nullability | ColumnAspect::Default}})
            << schema({before}) << schema({after}) << QStringList{QStringLiteral("ALTER_COLUMN")}
            << (QStringList{QStringLiteral("UPDATE \"users\" SET \"age\" = 0 WHERE \"age\" IS NULL")}
                + editDefinition(QStringLiteral("users"), QStringLiteral("(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER NOT NULL DEFAULT 0)")))
            << editDefinition(QStringLiteral("users"), QStringLiteral("(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)")) << false;
    }
    {
        const Table after = usersWith({kId, kName}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
        QTest::newRow("drop plain column in place, rollback rebuilds the old definition")
            << modify(before, after, {change::DropColumn{kAge}}) << schema({before}) << schema({after})
            << QStringList{QStringLiteral("DROP_COLUMN")} << QStringList{QStringLiteral("ALTER TABLE \"users\" DROP COLUMN \"age\"")}
            << QStringList{QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)").arg(kTmp),
                           QStringLiteral("INSERT INTO %1 (\"id\", \"name\") SELECT \"id\", \"name\" FROM \"users\"").arg(kTmp),
                           QStringLiteral("DROP TABLE \"users\""), QStringLiteral("ALTER TABLE %1 RENAME TO \"users\"").arg(kTmp)}
            << false;
    }
    {
        Table indexed = users();
        const Index ageIndex = index(QStringLiteral("users_age"), QStringLiteral("users"), {QStringLiteral("age")}, false,
                                     QStringLiteral("CREATE INDEX users_age ON users(age)"));
        indexed.indexes << ageIndex;
        const Table after = usersWith({kId, kName}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
        ChangeSet set;
        set.changes << change::DropIndex{ageIndex} << change::ModifyTable{indexed, after, {change::DropColumn{kAge}}};
        QTest::newRow("drop indexed column drops the index first")
            << set << schema({indexed}) << schema({after})
            << QStringList{QStringLiteral("DROP_INDEX"), QStringLiteral("DROP_COLUMN")}
            << QStringList{QStringLiteral("DROP INDEX \"users_age\""), QStringLiteral("ALTER TABLE \"users\" DROP COLUMN \"age\"")}
            << QStringList{QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)").arg(kTmp),
                           QStringLiteral("INSERT INTO %1 (\"id\", \"name\") SELECT \"id\", \"name\" FROM \"users\"").arg(kTmp),
                           QStringLiteral("DROP TABLE \"users\""), QStringLiteral("ALTER TABLE %1 RENAME TO \"users\"").arg(kTmp),
                           QStringLiteral("CREATE INDEX users_age ON users(age)")}
            << false;
    }
    {
        const Column email = column(QStringLiteral("email"), QStringLiteral("TEXT"));
        Table withEmail = usersWith({kId, kName, email}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE)"));
        withEmail.uniques << UniqueConstraint{{}, {QStringLiteral("email")}};
        const Table after = usersWith({kId, kName}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
        QTest::newRow("drop UNIQUE column rebuilds")
            << modify(withEmail, after, {change::DropColumn{email}, change::DropUnique{withEmail.uniques.first()}})
            << schema({withEmail}) << schema({after}) << QStringList{QStringLiteral("REBUILD_TABLE")}
            << QStringList{QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL)").arg(kTmp),
                           QStringLiteral("INSERT INTO %1 (\"id\", \"name\") SELECT \"id\", \"name\" FROM \"users\"").arg(kTmp),
                           QStringLiteral("DROP TABLE \"users\""), QStringLiteral("ALTER TABLE %1 RENAME TO \"users\"").arg(kTmp)}
            << QStringList{QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE)").arg(kTmp),
                           QStringLiteral("INSERT INTO %1 (\"id\", \"name\") SELECT \"id\", \"name\" FROM \"users\"").arg(kTmp),
                           QStringLiteral("DROP TABLE \"users\""), QStringLiteral("ALTER TABLE %1 RENAME TO \"users\"").arg(kTmp)}
            << true;
    }
    {
        const Column years = column(QStringLiteral("years"), QStringLiteral("INTEGER"));
        const Table after = usersWith({kId, kName, years}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, years INTEGER)"));
        QTest::newRow("rename column by hint in place")
            << modify(before, after, {change::RenameColumn{kAge, years, true}}) << schema({before}) << schema({after})
            << QStringList{QStringLiteral("RENAME_COLUMN")}
            << QStringList{QStringLiteral("ALTER TABLE \"users\" RENAME COLUMN \"age\" TO \"years\"")}
            << QStringList{QStringLiteral("ALTER TABLE \"users\" RENAME COLUMN \"years\" TO \"age\"")} << false;
    }
    {
        Table members = users();
        members.name = QStringLiteral("members");
        members.sql = QStringLiteral("CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)");
        ChangeSet set;
        set.changes << change::RenameTable{before, members, true};
        QTest::newRow("rename table by hint in place")
            << set << schema({before}) << schema({members}) << QStringList{QStringLiteral("RENAME_TABLE")}
            << QStringList{QStringLiteral("ALTER TABLE \"users\" RENAME TO \"members\"")}
            << QStringList{QStringLiteral("ALTER TABLE \"members\" RENAME TO \"users\"")} << false;
    }
    {
        Table ordersWithIndex = orders(true);
        ordersWithIndex.indexes << index(QStringLiteral("orders_customer"), QStringLiteral("orders"), {QStringLiteral("customer_id")},
                                         false, QStringLiteral("CREATE INDEX orders_customer ON orders(customer_id)"));
        ChangeSet set;
        set.changes << change::AddTable{ordersWithIndex} << change::AddTable{customers()};
        QTest::newRow("new tables are created parent first, with their indexes")
            << set << schema({}) << schema({ordersWithIndex, customers()})
            << QStringList{QStringLiteral("CREATE_TABLE"), QStringLiteral("CREATE_TABLE")}
            << QStringList{customers().sql, ordersWithIndex.sql, QStringLiteral("CREATE INDEX orders_customer ON orders(customer_id)")}
            << QStringList{QStringLiteral("DROP TABLE \"orders\""), QStringLiteral("DROP TABLE \"customers\"")} << false;
    }
    {
        ChangeSet set;
        set.changes << change::DropTable{customers()} << change::DropTable{orders(true)};
        QTest::newRow("dropped tables go referrers first")
            << set << schema({customers(), orders(true)}) << schema({})
            << QStringList{QStringLiteral("DROP_TABLE"), QStringLiteral("DROP_TABLE")}
            << QStringList{QStringLiteral("DROP TABLE \"orders\""), QStringLiteral("DROP TABLE \"customers\"")}
            << QStringList{customers().sql, orders(true).sql} << true;
    }
    {
        const Column ageText = column(QStringLiteral("age"), QStringLiteral("TEXT"));
        const Table after = usersWith({kId, kName, ageText}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age TEXT)"));
        const View adults{QStringLiteral("adults"), QStringLiteral("CREATE VIEW adults AS SELECT name FROM users WHERE age >= 18"), {}, false, {}};
        const View adultNames{QStringLiteral("adult_names"), QStringLiteral("CREATE VIEW adult_names AS SELECT upper(name) AS n FROM adults"), {}, false, {}};
        const Trigger audit{QStringLiteral("users_audit"), QStringLiteral("users"),
                            QStringLiteral("CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN SELECT 1; END"), {}};
        QTest::newRow("rebuild drops and recreates dependent views and triggers")
            << modify(before, after, {change::ModifyColumn{kAge, ageText, ColumnAspect::Type}})
            << schema({before}, {adultNames, adults}, {audit}) << schema({after}, {adultNames, adults}, {audit})
            << QStringList{QStringLiteral("DROP_TRIGGER"), QStringLiteral("DROP_VIEW"), QStringLiteral("DROP_VIEW"),
                           QStringLiteral("ALTER_COLUMN_TYPE"), QStringLiteral("CREATE_VIEW"), QStringLiteral("CREATE_VIEW"),
                           QStringLiteral("CREATE_TRIGGER")}
            << QStringList{QStringLiteral("DROP TRIGGER \"users_audit\""), QStringLiteral("DROP VIEW \"adult_names\""),
                           QStringLiteral("DROP VIEW \"adults\""),
                           QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age TEXT)").arg(kTmp),
                           QStringLiteral("INSERT INTO %1 (\"id\", \"name\", \"age\") SELECT \"id\", \"name\", \"age\" FROM \"users\"").arg(kTmp),
                           QStringLiteral("DROP TABLE \"users\""), QStringLiteral("ALTER TABLE %1 RENAME TO \"users\"").arg(kTmp),
                           adults.sql, adultNames.sql, audit.sql}
            << (QStringList{QStringLiteral("DROP TRIGGER \"users_audit\""), QStringLiteral("DROP VIEW \"adult_names\""),
                            QStringLiteral("DROP VIEW \"adults\"")}
                << rebuildBack << adults.sql << adultNames.sql << audit.sql)
            << true;
    }
    {
        const Table after = orders(true);
        const ForeignKey fk = after.foreignKeys.first();
        QTest::newRow("foreign key on an existing column edits the definition in place")
            << modify(orders(false), after, {change::AddForeignKey{fk}}) << schema({customers(), orders(false)})
            << schema({customers(), after}) << QStringList{QStringLiteral("ADD_FOREIGN_KEY")}
            << editDefinition(QStringLiteral("orders"), QStringLiteral("(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE)"))
            << editDefinition(QStringLiteral("orders"), QStringLiteral("(id INTEGER PRIMARY KEY, customer_id INTEGER)"))
            << false;
    }
    {
        const QList<Column> columns{column(QStringLiteral("k"), QStringLiteral("TEXT"), false, {}, 1), column(QStringLiteral("v"), QStringLiteral("TEXT"))};
        const Table kv = table(QStringLiteral("kv"), columns, QStringLiteral("CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT)"));
        Table kvWithout = table(QStringLiteral("kv"), columns, QStringLiteral("CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID"));
        kvWithout.withoutRowid = true;
        QTest::newRow("WITHOUT ROWID change rebuilds without copying rowids")
            << modify(kv, kvWithout, {change::ModifyTableOptions{QStringLiteral("WITHOUT ROWID")}}) << schema({kv}) << schema({kvWithout})
            << QStringList{QStringLiteral("REBUILD_TABLE")}
            << QStringList{QStringLiteral("CREATE TABLE \"_schemapilot_new_kv\" (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID"),
                           QStringLiteral("INSERT INTO \"_schemapilot_new_kv\" (\"k\", \"v\") SELECT \"k\", \"v\" FROM \"kv\""),
                           QStringLiteral("DROP TABLE \"kv\""), QStringLiteral("ALTER TABLE \"_schemapilot_new_kv\" RENAME TO \"kv\"")}
            << QStringList{QStringLiteral("CREATE TABLE \"_schemapilot_new_kv\" (k TEXT PRIMARY KEY, v TEXT)"),
                           QStringLiteral("INSERT INTO \"_schemapilot_new_kv\" (\"k\", \"v\") SELECT \"k\", \"v\" FROM \"kv\""),
                           QStringLiteral("DROP TABLE \"kv\""), QStringLiteral("ALTER TABLE \"_schemapilot_new_kv\" RENAME TO \"kv\"")}
            << true;
    }
    {
        const Column body = column(QStringLiteral("body"), QStringLiteral("TEXT"));
        const Column bodyStrict = column(QStringLiteral("body"), QStringLiteral("TEXT"), true);
        const Table notes = table(QStringLiteral("notes"), {body}, QStringLiteral("CREATE TABLE notes (body TEXT)"));
        Table strictNotes = table(QStringLiteral("notes"), {bodyStrict}, QStringLiteral("CREATE TABLE notes (body TEXT NOT NULL) STRICT"));
        strictNotes.strict = true;
        QTest::newRow("STRICT change keeps implicit rowids")
            << modify(notes, strictNotes, {change::ModifyColumn{body, bodyStrict, ColumnAspect::Nullability},
                                           change::ModifyTableOptions{QStringLiteral("STRICT")}})
            << schema({notes}) << schema({strictNotes}) << QStringList{QStringLiteral("REBUILD_TABLE")}
            << QStringList{QStringLiteral("CREATE TABLE \"_schemapilot_new_notes\" (body TEXT NOT NULL) STRICT"),
                           QStringLiteral("INSERT INTO \"_schemapilot_new_notes\" (rowid, \"body\") SELECT rowid, \"body\" FROM \"notes\""),
                           QStringLiteral("DROP TABLE \"notes\""), QStringLiteral("ALTER TABLE \"_schemapilot_new_notes\" RENAME TO \"notes\"")}
            << QStringList{QStringLiteral("CREATE TABLE \"_schemapilot_new_notes\" (body TEXT)"),
                           QStringLiteral("INSERT INTO \"_schemapilot_new_notes\" (rowid, \"body\") SELECT rowid, \"body\" FROM \"notes\""),
                           QStringLiteral("DROP TABLE \"notes\""), QStringLiteral("ALTER TABLE \"_schemapilot_new_notes\" RENAME TO \"notes\"")}
            << true;
    }
    {
        const Column email = column(QStringLiteral("email"), QStringLiteral("TEXT"));
        const QString sql = QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT NOT NULL, age INTEGER)");
        const Table after = usersWith({kId, email, kName, kAge}, sql);
        QTest::newRow("column added in the middle rebuilds to keep the order")
            << modify(before, after, {change::AddColumn{email}}) << schema({before}) << schema({after})
            << QStringList{QStringLiteral("ADD_COLUMN")}
            << QStringList{QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, email TEXT, name TEXT NOT NULL, age INTEGER)").arg(kTmp),
                           QStringLiteral("INSERT INTO %1 (\"id\", \"name\", \"age\") SELECT \"id\", \"name\", \"age\" FROM \"users\"").arg(kTmp),
                           QStringLiteral("DROP TABLE \"users\""), QStringLiteral("ALTER TABLE %1 RENAME TO \"users\"").arg(kTmp)}
            << rebuildBack << true;
    }
    {
        Table withIndex = users();
        const Index nameIndex = index(QStringLiteral("users_name"), QStringLiteral("users"), {QStringLiteral("name")}, true,
                                      QStringLiteral("CREATE UNIQUE INDEX users_name ON users(name)"));
        withIndex.indexes << nameIndex;
        ChangeSet set;
        set.changes << change::AddIndex{nameIndex};
        QTest::newRow("new unique index")
            << set << schema({before}) << schema({withIndex}) << QStringList{QStringLiteral("CREATE_INDEX")}
            << QStringList{nameIndex.sql} << QStringList{QStringLiteral("DROP INDEX \"users_name\"")} << false;
    }
}

void TestSqlitePlanner::goldenStatements()
{
    QFETCH(ChangeSet, changes);
    QFETCH(Schema, current);
    QFETCH(Schema, desired);
    QFETCH(QStringList, types);
    QFETCH(QStringList, forward);
    QFETCH(QStringList, rollback);
    QFETCH(bool, foreignKeysOff);

    const Result<Plan> plan = SqlitePlanner().plan(changes, current, desired, PlanOptions{});
    QVERIFY2(plan.has_value(), qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(stepTypes(*plan), types);
    QCOMPARE(plan->forwardSql(), forward);
    QCOMPARE(plan->rollbackSql(), rollback);
    QCOMPARE(plan->needsForeignKeysOff, foreignKeysOff);
    for (const PlanStep &step : plan->steps) {
        QVERIFY2(!step.comment.isEmpty(), qPrintable(operationTypeName(step.type)));
        QVERIFY(!step.complexityReason.isEmpty());
        QVERIFY(step.estimatedMs > 0);
    }

    // The golden SQL must also be SQLite: run it forward and back on a real file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("golden.db"));
    QCOMPARE(createSqliteFile(path, ddlOf(current)), QString());
    QStringList verify;
    for (const PlanStep &step : plan->steps)
        verify << step.verifySql;
    QCOMPARE(runSqliteScript(path, plan->forwardSql(), verify), QString());
    QCOMPARE(runSqliteScript(path, plan->rollbackSql()), QString());
    QCOMPARE(querySqliteFile(path, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
}

void TestSqlitePlanner::emptyChangeSetGivesEmptyPlan()
{
    const Result<Plan> plan = SqlitePlanner().plan(ChangeSet{}, schema({users()}), schema({users()}), PlanOptions{});
    QVERIFY(plan.has_value());
    QVERIFY(plan->isEmpty());
    QCOMPARE(plan->complexity, Complexity::None);
    QCOMPARE(plan->estimatedMs, 0);
    QVERIFY(!plan->needsForeignKeysOff);
}

void TestSqlitePlanner::lintAttachesCodesAndProbes()
{
    // Drop table: DS101 now (estimate) and a probe for the real count.
    ChangeSet dropTable;
    dropTable.changes << change::DropTable{users(1234)};
    Result<Plan> plan = SqlitePlanner().plan(dropTable, schema({users(1234)}), schema({}), PlanOptions{});
    QVERIFY(plan.has_value());
    QCOMPARE(codes(plan->steps.first().warnings), QStringList{QStringLiteral("DS101")});
    QVERIFY(plan->steps.first().warnings.first().message.contains(QLatin1String("1234")));
    QCOMPARE(plan->steps.first().probes.first().sql, QStringLiteral("SELECT COUNT(*) FROM \"users\""));
    QVERIFY(plan->steps.first().destructive);
    QCOMPARE(plan->complexity, Complexity::Complex);

    // Type change INTEGER -> TEXT: only blobs stay unconverted.
    const Column ageText = column(QStringLiteral("age"), QStringLiteral("TEXT"));
    const Table textAge = usersWith({kId, kName, ageText}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age TEXT)"));
    plan = SqlitePlanner().plan(modify(users(), textAge, {change::ModifyColumn{kAge, ageText, ColumnAspect::Type}}),
                                schema({users()}), schema({textAge}), PlanOptions{});
    QVERIFY(plan.has_value());
    // ... and reals an INTEGER column may hold lose digits as text (DS104, counted before it counts).
    QCOMPARE(probeCodes(*plan), (QStringList{QStringLiteral("MF102"), QStringLiteral("DS104")}));
    QCOMPARE(plan->steps.first().probes.first().sql,
             QStringLiteral("SELECT COUNT(*) FROM \"users\" WHERE \"age\" IS NOT NULL AND (\"age\" >= x'')"));
    QVERIFY(!plan->steps.first().destructive);

    // NOT NULL without a default: MF101 at danger; with a default the copy fills NULLs (info).
    const Column ageNotNull = column(QStringLiteral("age"), QStringLiteral("INTEGER"), true);
    const Table strictAge = usersWith({kId, kName, ageNotNull}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER NOT NULL)"));
    plan = SqlitePlanner().plan(modify(users(), strictAge, {change::ModifyColumn{kAge, ageNotNull, ColumnAspect::Nullability}}),
                                schema({users()}), schema({strictAge}), PlanOptions{});
    QVERIFY(plan.has_value());
    QCOMPARE(plan->steps.first().probes.first().code, QStringLiteral("MF101"));
    QCOMPARE(plan->steps.first().probes.first().severity, Severity::Danger);
    QCOMPARE(plan->steps.first().probes.first().sql, QStringLiteral("SELECT COUNT(*) FROM \"users\" WHERE \"age\" IS NULL"));

    // New FK: MF104 counts orphans against the parent's key.
    plan = SqlitePlanner().plan(modify(orders(false), orders(true), {change::AddForeignKey{orders(true).foreignKeys.first()}}),
                                schema({customers(), orders(false)}), schema({customers(), orders(true)}), PlanOptions{});
    QVERIFY(plan.has_value());
    QCOMPARE(probeCodes(*plan), QStringList{QStringLiteral("MF104")});
    QCOMPARE(plan->steps.first().probes.first().sql,
             QStringLiteral("SELECT COUNT(*) FROM \"orders\" AS c WHERE c.\"customer_id\" IS NOT NULL AND NOT EXISTS "
                            "(SELECT 1 FROM \"customers\" AS p WHERE p.\"id\" = c.\"customer_id\")"));
    QCOMPARE(plan->steps.first().verifySql, QStringList{QStringLiteral("PRAGMA foreign_key_check(\"orders\")")});

    // Rename column: BC102; new unique index: MF103 counting duplicate groups.
    const Column years = column(QStringLiteral("years"), QStringLiteral("INTEGER"));
    const Table renamed = usersWith({kId, kName, years}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, years INTEGER)"));
    ChangeSet renameAndIndex = modify(users(), renamed, {change::RenameColumn{kAge, years, true}});
    Index yearsIndex = index(QStringLiteral("users_years"), QStringLiteral("users"), {QStringLiteral("years")}, true, {});
    renameAndIndex.changes << change::AddIndex{yearsIndex};
    plan = SqlitePlanner().plan(renameAndIndex, schema({users()}), schema({renamed}), PlanOptions{});
    QVERIFY(plan.has_value());
    QCOMPARE(codes(plan->steps.first().warnings), QStringList{QStringLiteral("BC102")});
    QCOMPARE(plan->steps.last().sql, QStringList{QStringLiteral("CREATE UNIQUE INDEX \"users_years\" ON \"users\" (\"years\")")});
    // The probe runs before the plan: on the live table the column is still called "age".
    QCOMPARE(plan->steps.last().probes.first().sql,
             QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 AS one FROM \"users\" WHERE \"age\" IS NOT NULL GROUP BY \"age\" HAVING COUNT(*) > 1) AS d"));
}

void TestSqlitePlanner::renameSuggestionBecomesPlanWarning()
{
    const Column fullName = column(QStringLiteral("full_name"), QStringLiteral("TEXT"), true);
    const Table after = usersWith({kId, fullName, kAge}, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, age INTEGER)"));
    ChangeSet set = modify(users(), after, {change::DropColumn{kName}, change::AddColumn{fullName}});
    set.suggestions << RenameSuggestion{false, QStringLiteral("users"), QStringLiteral("name"), QStringLiteral("full_name"), 0.9,
                                        {QStringLiteral("same type TEXT"), QStringLiteral("same position 2")}};
    const Result<Plan> plan = SqlitePlanner().plan(set, schema({users()}), schema({after}), PlanOptions{});
    QVERIFY(plan.has_value());
    QCOMPARE(codes(plan->warnings), QStringList{QStringLiteral("RN101")});
    QVERIFY2(plan->warnings.first().message.contains(QLatin1String("--rename-column users.name=full_name")),
             qPrintable(plan->warnings.first().message));
    QVERIFY(plan->warnings.first().message.contains(QLatin1String("0.90")));
    // Without the hint the plan drops and adds (NOT NULL without default: a rebuild that fails on rows).
    QVERIFY(plan->isDestructive());
    QVERIFY(probeCodes(*plan).contains(QStringLiteral("MF101")));
    QVERIFY(probeCodes(*plan).contains(QStringLiteral("DS102")));
}

void TestSqlitePlanner::rebuildOfParentKeepsCascadingChildRows()
{
    // customers.name, which an index orders, gets a collation: a rebuild drops "customers", whose
    // child rows would be deleted by ON DELETE CASCADE if enforcement were on.
    const Index byName{QStringLiteral("customers_name"), QStringLiteral("customers"), false, {IndexPart{QStringLiteral("name")}},
                       {}, {}, {}, IndexOrigin::Created, QStringLiteral("CREATE INDEX customers_name ON customers(name)")};
    Table base = customers();
    base.indexes << byName;
    Table checked = base;
    checked.sql = QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE)");
    Column nocase = *checked.column(QStringLiteral("name"));
    nocase.collation = QStringLiteral("NOCASE");
    const Column plain = *customers().column(QStringLiteral("name"));
    checked.columns.last() = nocase;
    const ChangeSet set = modify(base, checked, {change::ModifyColumn{plain, nocase, ColumnAspect::Collation}});
    const Result<Plan> plan = SqlitePlanner().plan(set, schema({base, orders(true)}), schema({checked, orders(true)}), PlanOptions{});
    QVERIFY(plan.has_value());
    QVERIFY(plan->needsForeignKeysOff);
    QCOMPARE(stepTypes(*plan), QStringList{QStringLiteral("ALTER_COLUMN")});
    QVERIFY(plan->steps.first().rewritesTable);
    QCOMPARE(plan->steps.first().verifySql, (QStringList{QStringLiteral("PRAGMA foreign_key_check(\"customers\")"),
                                                         QStringLiteral("PRAGMA foreign_key_check(\"orders\")")}));

    const QString data = QStringLiteral(
        "INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
        "INSERT INTO orders SELECT i, 1 + i % 2 FROM n;");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cascade.db"));
    QCOMPARE(createSqliteFile(path, customers().sql + u';' + byName.sql + u';' + orders(true).sql + u';' + data), QString());
    QCOMPARE(runSqliteScript(path, plan->forwardSql(), plan->steps.first().verifySql), QString());
    QCOMPARE(querySqliteFile(path, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT COUNT(*) FROM orders")), QStringList{QStringLiteral("40")});
    QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'customers'")),
             QStringList{QStringLiteral("CREATE TABLE \"customers\" (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE)")});
    QCOMPARE(runSqliteScript(path, plan->rollbackSql()), QString());
    QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT COUNT(*) FROM orders")), QStringList{QStringLiteral("40")});

    // The control: the same statements with enforcement on lose every child row.
    const QString control = dir.filePath(QStringLiteral("control.db"));
    QCOMPARE(createSqliteFile(control, customers().sql + u';' + byName.sql + u';' + orders(true).sql + u';' + data), QString());
    QCOMPARE(runSqliteScript(control, plan->forwardSql(), {}, false), QString());
    QCOMPARE(querySqliteFile(control, QStringLiteral("SELECT COUNT(*) FROM orders")), QStringList{QStringLiteral("0")});
}

void TestSqlitePlanner::rebuildCopiesRowidsAndTypesOnRealFile()
{
    const Column body = column(QStringLiteral("body"), QStringLiteral("TEXT"));
    const Column n = column(QStringLiteral("n"), QStringLiteral("TEXT"));
    const Column nInt = column(QStringLiteral("n"), QStringLiteral("INTEGER"));
    const Table notes = table(QStringLiteral("notes"), {body, n}, QStringLiteral("CREATE TABLE notes (body TEXT, n TEXT)"));
    const Table typed = table(QStringLiteral("notes"), {body, nInt}, QStringLiteral("CREATE TABLE notes (body TEXT, n INTEGER)"));
    const Result<Plan> plan = SqlitePlanner().plan(modify(notes, typed, {change::ModifyColumn{n, nInt, ColumnAspect::Type}}),
                                                   schema({notes}), schema({typed}), PlanOptions{});
    QVERIFY(plan.has_value());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QCOMPARE(createSqliteFile(path, notes.sql + QStringLiteral(";INSERT INTO notes(rowid, body, n) VALUES (7, 'a', '42'), (9, 'b', 'x1'), (12, 'c', '1.5');")),
             QString());
    // The MF102 probe sees the two values INTEGER affinity cannot take.
    QCOMPARE(querySqliteFile(path, plan->steps.first().probes.first().sql), QStringList{QStringLiteral("2")});
    QCOMPARE(runSqliteScript(path, plan->forwardSql()), QString());
    QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT rowid || ':' || n || ':' || typeof(n) FROM notes ORDER BY rowid")),
             (QStringList{QStringLiteral("7:42:integer"), QStringLiteral("9:x1:text"), QStringLiteral("12:1.5:real")}));
}

// The probe for a change to TEXT counts blobs with a range comparison (so that an index answers it).
// On a real file, for columns of every affinity and collation and a STRICT table, it must count
// exactly what typeof() calls a blob, empty blobs included.
void TestSqlitePlanner::textProbeCountsExactlyTheBlobsOnRealFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mixed.db"));
    const QStringList columns{QStringLiteral("i"), QStringLiteral("r"), QStringLiteral("nu"), QStringLiteral("b"),
                              QStringLiteral("x"), QStringLiteral("tn"), QStringLiteral("tr")};
    QStringList values{QStringLiteral("1"), QStringLiteral("2.5"), QStringLiteral("'abc'"), QStringLiteral("''"),
                       QStringLiteral("x'00'"), QStringLiteral("x''"), QStringLiteral("x'ff'"), QStringLiteral("NULL"),
                       QStringLiteral("'9e999'"), QStringLiteral("-7")};
    QStringList rows;
    for (const QString &v : values)
        rows << u'(' + QStringList(columns.size(), v).join(u", ") + u')';
    QCOMPARE(createSqliteFile(path, QStringLiteral(
        "CREATE TABLE t(i INTEGER, r REAL, nu NUMERIC, b BLOB, x, tn TEXT COLLATE NOCASE, tr TEXT COLLATE RTRIM);"
        "CREATE INDEX t_tn ON t(tn); CREATE INDEX t_i ON t(i);"
        "INSERT INTO t VALUES %1;"
        "CREATE TABLE s(a TEXT, c ANY) STRICT; INSERT INTO s VALUES ('q', x'01'), (NULL, 'z'), ('w', x''), ('e', 3);")
                                         .arg(rows.join(u", "))),
             QString());
    const SqliteProbeSqlBuilder probes;
    const Column text = column(QStringLiteral("v"), QStringLiteral("TEXT"));
    const QStringList types{QStringLiteral("INTEGER"), QStringLiteral("REAL"), QStringLiteral("NUMERIC"),
                            QStringLiteral("BLOB"), QString(), QStringLiteral("TEXT"), QStringLiteral("TEXT")};
    for (int i = 0; i < columns.size(); ++i) {
        const QString probe = probes.unconvertibleCount(QStringLiteral("t"), columns.at(i), column(columns.at(i), types.at(i)),
                                                        text, false);
        if (types.at(i) == QLatin1String("TEXT")) {
            QVERIFY(probe.isEmpty());   // same affinity: nothing to count
            continue;
        }
        QCOMPARE(querySqliteFile(path, probe), QStringList{QStringLiteral("3")});
    }
    // The reason for the range: on an indexed column SQLite seeks to the blobs instead of reading
    // every value. Counted in virtual machine steps against the typeof() scan it replaces.
    QCOMPARE(execSqliteFile(path, QStringLiteral(
        "CREATE TABLE many(i INTEGER); CREATE INDEX many_i ON many(i);"
        "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 2000) INSERT INTO many SELECT k FROM n;"
        "INSERT INTO many VALUES (x'01'), (x''), ('text');")),
             QString());
    const QString indexedProbe = probes.unconvertibleCount(QStringLiteral("many"), QStringLiteral("i"),
                                                           column(QStringLiteral("i"), QStringLiteral("INTEGER")), text, false);
    const QString scan = QStringLiteral("SELECT COUNT(*) FROM many WHERE i IS NOT NULL AND typeof(i) = 'blob'");
    QCOMPARE(querySqliteFile(path, indexedProbe), querySqliteFile(path, scan));
    QVERIFY2(vmSteps(path, indexedProbe) > 0 && vmSteps(path, indexedProbe) * 20 < vmSteps(path, scan),
             qPrintable(QStringLiteral("probe %1 steps, scan %2").arg(vmSteps(path, indexedProbe)).arg(vmSteps(path, scan))));
    // A collated, indexed TEXT source read through the probe's condition (as a TEXT -> STRICT TEXT change would).
    const QString strictProbe = probes.unconvertibleCount(QStringLiteral("t"), QStringLiteral("tn"),
                                                          column(QStringLiteral("tn"), QStringLiteral("TEXT")), text, true);
    QCOMPARE(querySqliteFile(path, strictProbe), QStringList{QStringLiteral("3")});
    QCOMPARE(querySqliteFile(path, probes.unconvertibleCount(QStringLiteral("s"), QStringLiteral("c"),
                                                             column(QStringLiteral("c"), QStringLiteral("ANY")), text, true)),
             QStringList{QStringLiteral("2")});
}

void TestSqlitePlanner::rebuildKeepsAutoincrementCounter()
{
    Column id = column(QStringLiteral("id"), QStringLiteral("INTEGER"), false, {}, 1);
    id.autoIncrement = true;
    const Column v = column(QStringLiteral("v"), QStringLiteral("TEXT"));
    const Column vNotNull = column(QStringLiteral("v"), QStringLiteral("TEXT"), true, QStringLiteral("''"));
    const Table events = table(QStringLiteral("events"), {id, v}, QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)"));
    const Table tightened = table(QStringLiteral("events"), {id, vNotNull},
                                  QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT NOT NULL DEFAULT '')"));
    const Result<Plan> plan = SqlitePlanner().plan(
        modify(events, tightened, {change::ModifyColumn{v, vNotNull, ColumnAspect::Nullability | ColumnAspect::Default}}),
        schema({events}), schema({tightened}), PlanOptions{});
    QVERIFY(plan.has_value());

    QTemporaryDir dir;
    for (const QString &rows : {QStringLiteral("INSERT INTO events (v) VALUES ('a'), ('b'), (NULL);"), QString()}) {
        // 100 ids were handed out; only some rows remain (or none).
        const QString path = dir.filePath(rows.isEmpty() ? QStringLiteral("empty.db") : QStringLiteral("events.db"));
        QCOMPARE(createSqliteFile(path, events.sql + u';' + rows
                                            + QStringLiteral("UPDATE sqlite_sequence SET seq = 100 WHERE name = 'events';"
                                                             "INSERT INTO events (id, v) VALUES (100, 'last'); DELETE FROM events WHERE id = 100;")),
                 QString());
        QCOMPARE(runSqliteScript(path, plan->forwardSql()), QString());
        QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT name || '=' || seq FROM sqlite_sequence")),
                 QStringList{QStringLiteral("events=100")});
        QCOMPARE(execSqliteFile(path, QStringLiteral("INSERT INTO events (v) VALUES ('next')")), QString());
        QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT max(id) FROM events")), QStringList{QStringLiteral("101")});
        QCOMPARE(runSqliteScript(path, plan->rollbackSql()), QString());
        QCOMPARE(querySqliteFile(path, QStringLiteral("SELECT name || '=' || seq FROM sqlite_sequence")),
                 QStringList{QStringLiteral("events=101")});
    }
}

void TestSqlitePlanner::plansThousandsOfTablesQuickly()
{
    // 3000 tables: a third gain a column in place, a third change a type (rebuild), the rest stay;
    // 300 views read them. Planning is pure and must stay interactive.
    Schema current = schema({});
    Schema desired = schema({});
    ChangeSet changes;
    for (int i = 0; i < 3000; ++i) {
        const QString name = QStringLiteral("t%1").arg(i);
        const Table before = table(name, {kId, kName, kAge}, QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)").arg(name), i * 10);
        current.tables << before;
        if (i % 3 == 0) {
            const Column extra = column(QStringLiteral("extra"), QStringLiteral("TEXT"));
            const Table after = table(name, {kId, kName, kAge, extra},
                                      QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, extra TEXT)").arg(name));
            desired.tables << after;
            changes.changes << change::ModifyTable{before, after, {change::AddColumn{extra}}};
        } else if (i % 3 == 1) {
            const Column ageText = column(QStringLiteral("age"), QStringLiteral("TEXT"));
            const Table after = table(name, {kId, kName, ageText},
                                      QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age TEXT)").arg(name));
            desired.tables << after;
            changes.changes << change::ModifyTable{before, after, {change::ModifyColumn{kAge, ageText, ColumnAspect::Type}}};
        } else {
            desired.tables << before;
        }
    }
    for (int i = 0; i < 300; ++i) {
        const View v{QStringLiteral("v%1").arg(i), QStringLiteral("CREATE VIEW v%1 AS SELECT name FROM t%2 JOIN t%3 USING (id)").arg(i).arg(i * 10).arg(i * 10 + 1), {}, false, {}};
        current.views << v;
        desired.views << v;
    }
    QElapsedTimer timer;
    timer.start();
    const Result<Plan> plan = SqlitePlanner().plan(changes, current, desired, PlanOptions{});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(plan.has_value());
    qInfo() << "planned" << plan->steps.size() << "steps for 3000 tables and 300 views in" << elapsed << "ms";
    // 1000 adds + 1000 rebuilds + the 200 views that read a rebuilt table (t10i or t10i+1 with
    // index % 3 == 1), each dropped before and recreated after.
    QCOMPARE(plan->steps.size(), 1000 + 1000 + 2 * 200);
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestSqlitePlanner)
#include "tst_sqliteplanner.moc"
