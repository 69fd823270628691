#include "diff/schemadiffer.h"
#include "dialects/sqlite/sqlitedesiredloader.h"
#include "dialects/sqlite/sqlitediffhooks.h"
#include "dialects/sqlite/sqliteinspector.h"
#include "db/connection.h"
#include "db/connectionurl.h"
#include "support/changesetdescription.h"
#include "support/sqlitefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

Q_DECLARE_METATYPE(DiffOptions)

// The differ on the engine's own view: the current side is a real SQLite file read by the
// inspector, the desired side the same DDL route the tool uses (SqliteDesiredLoader).
class TestSqliteSchemaDiff final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;
    SqliteInspector m_inspector;
    SqliteDesiredLoader m_loader{m_inspector};
    SqliteDiffHooks m_hooks;

    Result<Schema> currentFromDdl(const QString &ddl)
    {
        const QString path = m_dir.filePath(QStringLiteral("current%1.sqlite").arg(++m_fileCounter));
        const QString created = createSqliteFile(path, ddl);
        if (!created.isEmpty())
            return fail(ErrorCode::Internal, QStringLiteral("current DDL failed: ") + created);
        auto url = ConnectionUrl::parse(path);
        if (!url)
            return fail(url.error());
        auto connection = Connection::open(*url, Connection::Access::ReadOnly);
        if (!connection)
            return fail(connection.error());
        return m_inspector.inspect((*connection)->database(), {});
    }

    Result<ChangeSet> diffDdl(const QString &currentDdl, const QString &desiredDdl, const DiffOptions &options)
    {
        const Result<Schema> current = currentFromDdl(currentDdl);
        if (!current)
            return fail(current.error());
        const Result<Schema> desired = m_loader.load(desiredDdl, QStringLiteral("desired.sql"), QSqlDatabase(), {});
        if (!desired)
            return fail(desired.error());
        return diffSchemas(*current, *desired, m_hooks, options);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void diff_data()
    {
        QTest::addColumn<QString>("currentDdl");
        QTest::addColumn<QString>("desiredDdl");
        QTest::addColumn<DiffOptions>("options");
        QTest::addColumn<QStringList>("expected");
        const DiffOptions defaults;
        const QString users = QStringLiteral(
            "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE, score INT DEFAULT 0);");
        const QString posts = QStringLiteral(
            "CREATE TABLE posts(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " title TEXT NOT NULL CHECK (length(title) > 0), body TEXT);"
            "CREATE INDEX posts_user ON posts(user_id);");
        const QString blog = users + posts;

        QTest::newRow("identical schemas") << blog << blog << defaults << QStringList{};
        QTest::newRow("whitespace, quoting and case only")
            << blog
            << QStringLiteral("create table \"USERS\" (\n  [id] integer primary key,\n  `name` text not null,\n  \"email\" text unique,"
                              "\n  score int default 0 -- points\n);\n"
                              "CREATE TABLE Posts ( id INTEGER PRIMARY KEY , user_id INTEGER NOT NULL REFERENCES \"users\" ( id ) on delete cascade ,"
                              " title TEXT NOT NULL CHECK(LENGTH(\"title\")>0), body TEXT );\n"
                              "create index POSTS_USER on posts (user_id);")
            << defaults << QStringList{};
        QTest::newRow("default with and without parentheses")
            << blog << QString(blog).replace("DEFAULT 0", "DEFAULT (0)") << defaults << QStringList{};

        QTest::newRow("add column") << blog << blog + "ALTER TABLE users ADD COLUMN bio TEXT;" << defaults
                                    << QStringList{"ModifyTable users: AddColumn bio"};
        QTest::newRow("drop column") << blog << QString(blog).replace(", body TEXT", "") << defaults
                                     << QStringList{"ModifyTable posts: DropColumn body"};
        QTest::newRow("INT becomes INTEGER") << blog << QString(blog).replace("score INT", "score INTEGER") << defaults
                                             << QStringList{"ModifyTable users: ModifyColumn score [Type]"};
        QTest::newRow("column becomes NOT NULL") << blog << QString(blog).replace("body TEXT", "body TEXT NOT NULL DEFAULT ''")
                                                 << defaults << QStringList{"ModifyTable posts: ModifyColumn body [Nullability|Default]"};
        QTest::newRow("default number becomes string") << blog << QString(blog).replace("DEFAULT 0", "DEFAULT '0'") << defaults
                                                       << QStringList{"ModifyTable users: ModifyColumn score [Default]"};
        QTest::newRow("collation added") << blog << QString(blog).replace("email TEXT UNIQUE", "email TEXT COLLATE NOCASE UNIQUE")
                                         << defaults << QStringList{"ModifyTable users: ModifyColumn email [Collation]"};
        QTest::newRow("generated column expression changed")
            << blog + "CREATE TABLE t(a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL);"
            << blog + "CREATE TABLE t(a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 3) VIRTUAL);" << defaults
            << QStringList{"ModifyTable t: ModifyColumn b [Generated]"};
        QTest::newRow("generated column made stored")
            << blog + "CREATE TABLE t(a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL);"
            << blog + "CREATE TABLE t(a INTEGER, b INTEGER GENERATED ALWAYS AS (a*2) STORED);" << defaults
            << QStringList{"ModifyTable t: ModifyColumn b [Generated]"};
        QTest::newRow("AUTOINCREMENT added") << blog << QString(blog).replace("users(id INTEGER PRIMARY KEY", "users(id INTEGER PRIMARY KEY AUTOINCREMENT")
                                             << defaults << QStringList{"ModifyTable users: ModifyColumn id [AutoIncrement]"};
        QTest::newRow("composite primary key")
            << blog + "CREATE TABLE tags(post_id INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(post_id));"
            << blog + "CREATE TABLE tags(post_id INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(post_id, tag));" << defaults
            << QStringList{"ModifyTable tags: ModifyColumn tag [PrimaryKey]; ModifyPrimaryKey (post_id) -> (post_id, tag)"};
        QTest::newRow("foreign key action changed") << blog << QString(blog).replace("ON DELETE CASCADE", "ON DELETE SET NULL") << defaults
                                                    << QStringList{"ModifyTable posts: DropForeignKey (user_id) -> users(id); AddForeignKey (user_id) -> users(id)"};
        QTest::newRow("foreign key made deferrable") << blog << QString(blog).replace("ON DELETE CASCADE", "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED")
                                                     << defaults << QStringList{"ModifyTable posts: DropForeignKey (user_id) -> users(id); AddForeignKey (user_id) -> users(id)"};
        QTest::newRow("check changed") << blog << QString(blog).replace("length(title) > 0", "length(title) > 3") << defaults
                                       << QStringList{"ModifyTable posts: DropCheck length(title) > 0; AddCheck length(title) > 3"};
        QTest::newRow("unique added, its index is no change of its own")
            << blog << QString(blog).replace("name TEXT NOT NULL", "name TEXT NOT NULL UNIQUE") << defaults
            << QStringList{"ModifyTable users: AddUnique (name)"};
        QTest::newRow("STRICT added") << blog << QString(blog).replace("score INT DEFAULT 0)", "score INT DEFAULT 0) STRICT") << defaults
                                      << QStringList{"ModifyTable users: ModifyTableOptions STRICT added"};
        QTest::newRow("WITHOUT ROWID added")
            << blog + "CREATE TABLE kv(k TEXT PRIMARY KEY, v TEXT);" << blog + "CREATE TABLE kv(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;"
            << defaults  // a WITHOUT ROWID primary key is NOT NULL; a rowid table's TEXT key is not
            << QStringList{"ModifyTable kv: ModifyColumn k [Nullability]; ModifyTableOptions WITHOUT ROWID added"};
        QTest::newRow("ON CONFLICT clause only visible in the stored text")
            << blog << QString(blog).replace("name TEXT NOT NULL", "name TEXT NOT NULL ON CONFLICT REPLACE") << defaults
            << QStringList{"ModifyTable users: ModifyTableOptions ON CONFLICT clauses (none) → NAME NOT NULL ON CONFLICT REPLACE"};
        QTest::newRow("primary key spelled as a table constraint is the same table")
            << "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
            << "CREATE TABLE t(id INTEGER, name TEXT NOT NULL, PRIMARY KEY(id));" << defaults << QStringList{};
        QTest::newRow("named and unnamed constraints are the same table")
            << "CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE c(id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id), code TEXT UNIQUE, CHECK(length(code) > 1));"
            << "CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE c(id INTEGER CONSTRAINT c_pk PRIMARY KEY, p_id INTEGER, code TEXT, "
               "CONSTRAINT c_code_ck CHECK(length(code) > 1), CONSTRAINT c_code_uq UNIQUE(code), CONSTRAINT c_p_fk FOREIGN KEY(p_id) REFERENCES p(id));"
            << defaults << QStringList{};
        QTest::newRow("column order only visible in the stored text")
            << "CREATE TABLE t(a INTEGER, b TEXT);" << "CREATE TABLE t(b TEXT, a INTEGER);" << defaults
            << QStringList{"ModifyTable t: ModifyTableOptions column order A, B → B, A"};

        QTest::newRow("partial index added") << blog << blog + "CREATE INDEX users_active ON users(name) WHERE score > 0;" << defaults
                                             << QStringList{"AddIndex users_active"};
        QTest::newRow("partial index predicate changed")
            << blog + "CREATE INDEX users_active ON users(name) WHERE score > 0;"
            << blog + "CREATE INDEX users_active ON users(name) WHERE score > 10;" << defaults
            << QStringList{"DropIndex users_active", "AddIndex users_active"};
        QTest::newRow("expression index changed")
            << blog + "CREATE INDEX users_lower ON users(lower(email));" << blog + "CREATE INDEX users_lower ON users(upper(email));"
            << defaults << QStringList{"DropIndex users_lower", "AddIndex users_lower"};
        QTest::newRow("index made unique") << blog << QString(blog).replace("CREATE INDEX posts_user", "CREATE UNIQUE INDEX posts_user")
                                           << defaults << QStringList{"DropIndex posts_user", "AddIndex posts_user"};
        QTest::newRow("index dropped") << blog << QString(blog).remove("CREATE INDEX posts_user ON posts(user_id);") << defaults
                                       << QStringList{"DropIndex posts_user"};

        const QString view = QStringLiteral("CREATE VIEW named AS SELECT id, name FROM users WHERE name IS NOT NULL;");
        QTest::newRow("view respelled") << blog + view << blog + "create view NAMED as select ID, \"name\" from users where name is not null;"
                                        << defaults << QStringList{};
        QTest::newRow("view changed") << blog + view << blog + QString(view).replace("id, name", "id, name, email") << defaults
                                      << QStringList{"DropView named", "AddView named"};
        const QString trigger = QStringLiteral("CREATE TRIGGER users_touch AFTER UPDATE ON users BEGIN UPDATE users SET score = score + 1 WHERE id = NEW.id; END;");
        QTest::newRow("trigger changed") << blog + trigger << blog + QString(trigger).replace("score + 1", "score + 2") << defaults
                                         << QStringList{"DropTrigger users_touch", "AddTrigger users_touch"};

        DiffOptions renameTable;
        renameTable.tableRenames = {TableRenameHint{"posts", "articles"}};
        QTest::newRow("table renamed by hint") << blog << QString(blog).replace("TABLE posts(", "TABLE articles(").replace("ON posts(", "ON articles(") << renameTable
                                               << QStringList{"RenameTable posts -> articles (hint)"};
        DiffOptions renameUsers;
        renameUsers.tableRenames = {TableRenameHint{"users", "people"}};
        QTest::newRow("renamed table's references in other tables follow it")
            << blog << QString(blog).replace("TABLE users(", "TABLE people(").replace("REFERENCES users(", "REFERENCES people(")
            << renameUsers << QStringList{"RenameTable users -> people (hint)"};
        DiffOptions renameColumn;
        renameColumn.columnRenames = {ColumnRenameHint{"posts", "body", "content"}};
        QTest::newRow("column renamed by hint") << blog << QString(blog).replace("body TEXT", "content TEXT") << renameColumn
                                                << QStringList{"ModifyTable posts: RenameColumn body -> content (hint)"};
        QTest::newRow("column renamed without a hint is dropped and added")
            << blog << QString(blog).replace("body TEXT", "content TEXT") << defaults
            << QStringList{"ModifyTable posts: DropColumn body; AddColumn content"};
    }

    void diff()
    {
        QFETCH(QString, currentDdl);
        QFETCH(QString, desiredDdl);
        QFETCH(DiffOptions, options);
        QFETCH(QStringList, expected);
        const Result<ChangeSet> changes = diffDdl(currentDdl, desiredDdl, options);
        QVERIFY2(changes, changes ? "" : qPrintable(changes.error().toString()));
        QVERIFY2(changes->problems.isEmpty(), qPrintable(changes->problems.join(u'\n')));
        QCOMPARE(describe(*changes).join(u'\n'), expected.join(u'\n'));
    }

    void renameSuggestionsFromDdl()
    {
        const QString current = QStringLiteral(
            "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT, vip INTEGER NOT NULL DEFAULT 0);");
        const QString desired = QStringLiteral(
            "CREATE TABLE clients(id INTEGER PRIMARY KEY, name TEXT NOT NULL, telephone TEXT, vip INTEGER NOT NULL DEFAULT 0);");
        const Result<ChangeSet> tables = diffDdl(current, desired, {});
        QVERIFY(tables);
        QCOMPARE(tables->suggestions.size(), 1);
        const RenameSuggestion &table = tables->suggestions.first();
        QVERIFY(table.isTable);
        QCOMPARE(table.from, QStringLiteral("customers"));
        QCOMPARE(table.to, QStringLiteral("clients"));
        QVERIFY(table.evidence.contains(QStringLiteral("3 of 4 columns identical")));
        QVERIFY(table.score >= 0.6 && table.score < 1.0);

        DiffOptions hint;
        hint.tableRenames = {TableRenameHint{"customers", "clients"}};
        const Result<ChangeSet> columns = diffDdl(current, desired, hint);
        QVERIFY(columns);
        QCOMPARE(describe(*columns).join(u'\n'),
                 QStringLiteral("RenameTable customers -> clients (hint)\nModifyTable clients: DropColumn phone; AddColumn telephone"));
        QCOMPARE(columns->suggestions.size(), 1);
        const RenameSuggestion &column = columns->suggestions.first();
        QVERIFY(!column.isTable);
        QCOMPARE(column.table, QStringLiteral("clients"));
        QCOMPARE(column.from, QStringLiteral("phone"));
        QCOMPARE(column.to, QStringLiteral("telephone"));
        QCOMPARE(column.score, 1.0);
        QVERIFY(column.evidence.contains(QStringLiteral("same position 3")));
    }
};

QTEST_GUILESS_MAIN(TestSqliteSchemaDiff)
#include "tst_sqliteschemadiff.moc"
