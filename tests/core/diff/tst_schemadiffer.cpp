#include "diff/renamedetector.h"
#include "diff/schemadiffer.h"
#include "dialects/sqlite/sqlitediffhooks.h"
#include "support/changesetdescription.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>

using namespace SchemaPilot::Core;
using namespace SchemaPilot::Test;

using SchemaEdit = std::function<void(Schema &)>;
Q_DECLARE_METATYPE(SchemaEdit)
Q_DECLARE_METATYPE(DiffOptions)

namespace {

Column column(const QString &name, const QString &type, bool notNull = false,
              std::optional<QString> defaultExpr = std::nullopt, int pk = 0)
{
    Column c;
    c.name = name;
    c.type = type;
    c.notNull = notNull;
    c.defaultExpr = std::move(defaultExpr);
    c.primaryKeyOrdinal = pk;
    return c;
}

Index index(const QString &name, const QString &table, const QStringList &columns, bool unique = false)
{
    Index i;
    i.name = name;
    i.table = table;
    i.unique = unique;
    for (const QString &c : columns)
        i.parts << IndexPart{c, {}, false, {}, 0};
    return i;
}

Table *table(Schema &s, const QString &name)
{
    for (Table &t : s.tables)
        if (t.name == name)
            return &t;
    qFatal("test schema has no table %s", qPrintable(name));
}

Column *column(Schema &s, const QString &tableName, const QString &columnName)
{
    for (Column &c : table(s, tableName)->columns)
        if (c.name == columnName)
            return &c;
    qFatal("test table has no column %s", qPrintable(columnName));
}

// A small blog schema as the SQLite inspector reports it (SQLite keeps no FK names).
Schema blogSchema()
{
    Schema s;
    s.dialect = QStringLiteral("sqlite");
    s.name = QStringLiteral("main");

    Table users;
    users.name = QStringLiteral("users");
    users.columns = {column("id", "INTEGER", false, {}, 1), column("name", "TEXT", true),
                     column("email", "VARCHAR(200)"), column("created", "TEXT", true, "CURRENT_TIMESTAMP")};
    users.uniques = {UniqueConstraint{"sqlite_autoindex_users_1", {"email"}}};
    Index emailUnique = index("sqlite_autoindex_users_1", "users", {"email"}, true);
    emailUnique.origin = IndexOrigin::UniqueConstraint;
    users.indexes = {emailUnique, index("users_name", "users", {"name"})};

    Table posts;
    posts.name = QStringLiteral("posts");
    posts.columns = {column("id", "INTEGER", false, {}, 1), column("user_id", "INTEGER", true),
                     column("title", "TEXT", true), column("body", "TEXT"), column("score", "INT", true, "0")};
    ForeignKey fk;
    fk.columns = {"user_id"};
    fk.refTable = "users";
    fk.refColumns = {"id"};
    fk.onDelete = "CASCADE";
    posts.foreignKeys = {fk};
    posts.checks = {CheckConstraint{{}, "length(title) > 0"}};
    posts.indexes = {index("posts_user", "posts", {"user_id"})};

    Table tags;
    tags.name = QStringLiteral("tags");
    tags.columns = {column("post_id", "INTEGER", true, {}, 1), column("tag", "TEXT", true, {}, 2)};
    tags.withoutRowid = true;

    s.tables = {users, posts, tags};
    s.views = {View{"recent_posts", "CREATE VIEW recent_posts AS SELECT id, title FROM posts ORDER BY id DESC LIMIT 10", {}, false, {}}};
    s.triggers = {Trigger{"posts_touch", "posts",
                          "CREATE TRIGGER posts_touch AFTER UPDATE ON posts BEGIN UPDATE users SET name = name WHERE id = NEW.user_id; END", {}}};
    return s;
}

} // namespace

class TestSchemaDiffer final : public QObject
{
    Q_OBJECT

private:
    SqliteDiffHooks m_hooks;

private slots:
    void diff_data()
    {
        QTest::addColumn<SchemaEdit>("editCurrent");
        QTest::addColumn<SchemaEdit>("editDesired");
        QTest::addColumn<DiffOptions>("options");
        QTest::addColumn<QStringList>("expected");
        const SchemaEdit none = [](Schema &) {};
        const DiffOptions defaults;

        QTest::newRow("identical schemas") << none << none << defaults << QStringList{};
        QTest::newRow("table and column names differ only in case")
            << none << SchemaEdit([](Schema &s) { table(s, "users")->name = "Users"; column(s, "Users", "email")->name = "EMAIL"; })
            << defaults << QStringList{};
        QTest::newRow("type spelling differs only in case and spaces")
            << none << SchemaEdit([](Schema &s) { column(s, "users", "email")->type = "varchar( 200 )"; }) << defaults << QStringList{};
        QTest::newRow("default differs only in parentheses and case")
            << none << SchemaEdit([](Schema &s) { column(s, "users", "created")->defaultExpr = "(current_timestamp)"; })
            << defaults << QStringList{};
        QTest::newRow("check differs only in quoting and spacing")
            << none << SchemaEdit([](Schema &s) { table(s, "posts")->checks[0].expression = "LENGTH(\"title\")>0"; })
            << defaults << QStringList{};
        QTest::newRow("view differs only in whitespace and keyword case")
            << none << SchemaEdit([](Schema &s) { s.views[0].sql = "create view recent_posts as\n  select id, title from posts order by id desc limit 10"; })
            << defaults << QStringList{};

        QTest::newRow("add table") << none << SchemaEdit([](Schema &s) {
            Table t; t.name = "audit"; t.columns = {column("id", "INTEGER", false, {}, 1)};
            t.indexes = {index("audit_id", "audit", {"id"})};
            s.tables << t;
        }) << defaults << QStringList{"AddTable audit", "AddIndex audit_id"};
        QTest::newRow("drop table takes its indexes and triggers along")
            << none << SchemaEdit([](Schema &s) { s.tables.removeAt(1); s.triggers.clear(); s.views.clear(); })
            << defaults << QStringList{"DropView recent_posts", "DropTable posts"};

        QTest::newRow("add column") << none << SchemaEdit([](Schema &s) { table(s, "users")->columns << column("bio", "TEXT"); })
                                    << defaults << QStringList{"ModifyTable users: AddColumn bio"};
        QTest::newRow("drop column") << none << SchemaEdit([](Schema &s) { table(s, "posts")->columns.removeAt(3); })
                                     << defaults << QStringList{"ModifyTable posts: DropColumn body"};
        QTest::newRow("column type INT to INTEGER")
            << none << SchemaEdit([](Schema &s) { column(s, "posts", "score")->type = "INTEGER"; })
            << defaults << QStringList{"ModifyTable posts: ModifyColumn score [Type]"};
        QTest::newRow("column becomes nullable")
            << none << SchemaEdit([](Schema &s) { column(s, "users", "name")->notNull = false; })
            << defaults << QStringList{"ModifyTable users: ModifyColumn name [Nullability]"};
        QTest::newRow("default string vs number")
            << none << SchemaEdit([](Schema &s) { column(s, "posts", "score")->defaultExpr = "'0'"; })
            << defaults << QStringList{"ModifyTable posts: ModifyColumn score [Default]"};
        QTest::newRow("default removed")
            << none << SchemaEdit([](Schema &s) { column(s, "posts", "score")->defaultExpr.reset(); })
            << defaults << QStringList{"ModifyTable posts: ModifyColumn score [Default]"};
        QTest::newRow("collation added; case of collation name ignored")
            << SchemaEdit([](Schema &s) { column(s, "users", "email")->collation = "binary"; })
            << SchemaEdit([](Schema &s) { column(s, "users", "email")->collation = "NOCASE"; column(s, "users", "name")->collation = ""; })
            << defaults << QStringList{"ModifyTable users: ModifyColumn email [Collation]"};
        QTest::newRow("generated expression changed")
            << SchemaEdit([](Schema &s) { Column c = column("slug", "TEXT"); c.generated = GeneratedKind::Virtual; c.generatedExpr = "lower(title)"; table(s, "posts")->columns << c; })
            << SchemaEdit([](Schema &s) { Column c = column("slug", "TEXT"); c.generated = GeneratedKind::Virtual; c.generatedExpr = "upper(title)"; table(s, "posts")->columns << c; })
            << defaults << QStringList{"ModifyTable posts: ModifyColumn slug [Generated]"};
        QTest::newRow("generated kind changed, same expression")
            << SchemaEdit([](Schema &s) { Column c = column("slug", "TEXT"); c.generated = GeneratedKind::Virtual; c.generatedExpr = "lower(title)"; table(s, "posts")->columns << c; })
            << SchemaEdit([](Schema &s) { Column c = column("slug", "TEXT"); c.generated = GeneratedKind::Stored; c.generatedExpr = "LOWER( \"title\" )"; table(s, "posts")->columns << c; })
            << defaults << QStringList{"ModifyTable posts: ModifyColumn slug [Generated]"};
        QTest::newRow("autoincrement added")
            << none << SchemaEdit([](Schema &s) { column(s, "users", "id")->autoIncrement = true; })
            << defaults << QStringList{"ModifyTable users: ModifyColumn id [AutoIncrement]"};
        QTest::newRow("comment, charset and identity")
            << none << SchemaEdit([](Schema &s) { Column *c = column(s, "users", "name"); c->comment = "shown"; c->charset = "utf8mb4"; c->identity = "ALWAYS"; })
            << defaults << QStringList{"ModifyTable users: ModifyColumn name [Comment|Charset|Identity]"};
        QTest::newRow("several aspects of one column")
            << none << SchemaEdit([](Schema &s) { Column *c = column(s, "users", "email"); c->type = "TEXT"; c->notNull = true; c->defaultExpr = "''"; })
            << defaults << QStringList{"ModifyTable users: ModifyColumn email [Type|Nullability|Default]"};

        QTest::newRow("primary key extended to a second column")
            << none << SchemaEdit([](Schema &s) { column(s, "posts", "user_id")->primaryKeyOrdinal = 2; })
            << defaults << QStringList{"ModifyTable posts: ModifyColumn user_id [PrimaryKey]; ModifyPrimaryKey (id) -> (id, user_id)"};
        QTest::newRow("primary key column order swapped")
            << none << SchemaEdit([](Schema &s) { column(s, "tags", "post_id")->primaryKeyOrdinal = 2; column(s, "tags", "tag")->primaryKeyOrdinal = 1; })
            << defaults << QStringList{"ModifyTable tags: ModifyColumn post_id [PrimaryKey]; ModifyColumn tag [PrimaryKey]; ModifyPrimaryKey (post_id, tag) -> (tag, post_id)"};

        QTest::newRow("foreign key action changed")
            << none << SchemaEdit([](Schema &s) { table(s, "posts")->foreignKeys[0].onDelete = "SET NULL"; })
            << defaults << QStringList{"ModifyTable posts: DropForeignKey (user_id) -> users(id); AddForeignKey (user_id) -> users(id)"};
        QTest::newRow("foreign key made deferrable")
            << none << SchemaEdit([](Schema &s) { table(s, "posts")->foreignKeys[0].deferrable = true; })
            << defaults << QStringList{"ModifyTable posts: DropForeignKey (user_id) -> users(id); AddForeignKey (user_id) -> users(id)"};
        QTest::newRow("foreign key name on one side only is ignored")
            << none << SchemaEdit([](Schema &s) { table(s, "posts")->foreignKeys[0].name = "posts_user_fk"; }) << defaults << QStringList{};
        QTest::newRow("foreign key renamed when both sides have names")
            << SchemaEdit([](Schema &s) { table(s, "posts")->foreignKeys[0].name = "fk_a"; })
            << SchemaEdit([](Schema &s) { table(s, "posts")->foreignKeys[0].name = "fk_b"; })
            << defaults << QStringList{"ModifyTable posts: DropForeignKey (user_id) -> users(id); AddForeignKey (user_id) -> users(id)"};
        QTest::newRow("check expression changed")
            << none << SchemaEdit([](Schema &s) { table(s, "posts")->checks[0].expression = "length(title) > 3"; })
            << defaults << QStringList{"ModifyTable posts: DropCheck length(title) > 0; AddCheck length(title) > 3"};
        QTest::newRow("unique constraint with a different autoindex name is the same")
            << none << SchemaEdit([](Schema &s) { table(s, "users")->uniques[0].name = "sqlite_autoindex_users_2"; table(s, "users")->indexes[0].name = "sqlite_autoindex_users_2"; })
            << defaults << QStringList{};
        QTest::newRow("unique constraint widened")
            << none << SchemaEdit([](Schema &s) { table(s, "users")->uniques[0].columns << "name"; })
            << defaults << QStringList{"ModifyTable users: DropUnique (email); AddUnique (email, name)"};
        QTest::newRow("WITHOUT ROWID removed and STRICT added")
            << none << SchemaEdit([](Schema &s) { table(s, "tags")->withoutRowid = false; table(s, "tags")->strict = true; })
            << defaults << QStringList{"ModifyTable tags: ModifyTableOptions WITHOUT ROWID removed; ModifyTableOptions STRICT added"};
        QTest::newRow("stored definition differs in what the model does not show")
            << SchemaEdit([](Schema &s) { table(s, "tags")->sql = "CREATE TABLE tags(post_id INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(post_id, tag)) WITHOUT ROWID"; })
            << SchemaEdit([](Schema &s) { table(s, "tags")->sql = "CREATE TABLE tags(post_id INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(post_id, tag) ON CONFLICT IGNORE) WITHOUT ROWID"; })
            << defaults << QStringList{"ModifyTable tags: ModifyTableOptions ON CONFLICT clauses (none) → PRIMARY KEY(POST_ID,TAG) ON CONFLICT IGNORE"};
        QTest::newRow("stored definition difference explained by a column change is not repeated")
            << SchemaEdit([](Schema &s) { table(s, "users")->sql = "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL)"; })
            << SchemaEdit([](Schema &s) { table(s, "users")->sql = "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT)"; column(s, "users", "name")->notNull = false; })
            << defaults << QStringList{"ModifyTable users: ModifyColumn name [Nullability]"};

        QTest::newRow("index added, dropped and changed")
            << SchemaEdit([](Schema &s) { table(s, "posts")->indexes << index("posts_title", "posts", {"title"}); })
            << SchemaEdit([](Schema &s) {
                   table(s, "users")->indexes.removeLast();
                   table(s, "posts")->indexes << index("posts_title", "posts", {"title"}, true)
                                              << index("posts_score", "posts", {"score"});
               })
            << defaults << QStringList{"DropIndex posts_title", "DropIndex users_name", "AddIndex posts_score", "AddIndex posts_title"};
        QTest::newRow("partial index predicate changed")
            << SchemaEdit([](Schema &s) { table(s, "posts")->indexes[0].where = "score > 0"; })
            << SchemaEdit([](Schema &s) { table(s, "posts")->indexes[0].where = "score >= 0"; })
            << defaults << QStringList{"DropIndex posts_user", "AddIndex posts_user"};
        QTest::newRow("partial index predicate differs only in spelling")
            << SchemaEdit([](Schema &s) { table(s, "posts")->indexes[0].where = "score > 0"; })
            << SchemaEdit([](Schema &s) { table(s, "posts")->indexes[0].where = "\"SCORE\">0"; })
            << defaults << QStringList{};
        QTest::newRow("expression index part changed")
            << SchemaEdit([](Schema &s) { table(s, "posts")->indexes[0].parts = {IndexPart{{}, "lower(title)", false, {}, 0}}; })
            << SchemaEdit([](Schema &s) { table(s, "posts")->indexes[0].parts = {IndexPart{{}, "upper(title)", false, {}, 0}}; })
            << defaults << QStringList{"DropIndex posts_user", "AddIndex posts_user"};
        QTest::newRow("expression index known only from its stored text")
            << SchemaEdit([](Schema &s) { Index &i = table(s, "posts")->indexes[0]; i.parts = {IndexPart{}}; i.sql = "CREATE INDEX posts_user ON posts(lower(title))"; })
            << SchemaEdit([](Schema &s) { Index &i = table(s, "posts")->indexes[0]; i.parts = {IndexPart{}}; i.sql = "CREATE INDEX posts_user ON posts(upper(title))"; })
            << defaults << QStringList{"DropIndex posts_user", "AddIndex posts_user"};
        QTest::newRow("index becomes descending")
            << none << SchemaEdit([](Schema &s) { table(s, "posts")->indexes[0].parts[0].descending = true; })
            << defaults << QStringList{"DropIndex posts_user", "AddIndex posts_user"};
        QTest::newRow("constraint-backed index never a change of its own")
            << none << SchemaEdit([](Schema &s) { table(s, "users")->indexes[0].parts[0].descending = true; })
            << defaults << QStringList{};

        QTest::newRow("view changed is dropped and added")
            << none << SchemaEdit([](Schema &s) { s.views[0].sql.replace("LIMIT 10", "LIMIT 20"); })
            << defaults << QStringList{"DropView recent_posts", "AddView recent_posts"};
        QTest::newRow("trigger changed is dropped and added")
            << none << SchemaEdit([](Schema &s) { s.triggers[0].sql.replace("AFTER UPDATE", "AFTER INSERT"); })
            << defaults << QStringList{"DropTrigger posts_touch", "AddTrigger posts_touch"};
        QTest::newRow("trigger and view added")
            << none << SchemaEdit([](Schema &s) {
                   s.views << View{"all_users", "CREATE VIEW all_users AS SELECT * FROM users", {}, false, {}};
                   s.triggers << Trigger{"users_touch", "users", "CREATE TRIGGER users_touch AFTER UPDATE ON users BEGIN SELECT 1; END", {}};
               })
            << defaults << QStringList{"AddView all_users", "AddTrigger users_touch"};
        const auto sameNameOnUsers = [](Schema &s) {
            s.triggers << Trigger{"posts_touch", "users", "CREATE TRIGGER posts_touch AFTER UPDATE ON users BEGIN SELECT 1; END", {}};
        };
        QTest::newRow("triggers of one name on two tables are no change")
            << SchemaEdit(sameNameOnUsers) << SchemaEdit(sameNameOnUsers) << defaults << QStringList{};
        QTest::newRow("trigger of one name changed on one of two tables")
            << SchemaEdit(sameNameOnUsers)
            << SchemaEdit([&](Schema &s) { sameNameOnUsers(s); s.triggers[1].sql.replace("AFTER UPDATE", "AFTER INSERT"); })
            << defaults << QStringList{"DropTrigger posts_touch", "AddTrigger posts_touch"};
        QTest::newRow("schema objects by kind, name and sql")
            << SchemaEdit([](Schema &s) { s.objects = {SchemaObject{"type", "mood", "CREATE TYPE mood AS ENUM ('a')", {}}, SchemaObject{"sequence", "s1", "CREATE SEQUENCE s1", {}}}; })
            << SchemaEdit([](Schema &s) { s.objects = {SchemaObject{"type", "mood", "CREATE TYPE mood AS ENUM ('a', 'b')", {}}, SchemaObject{"function", "s1", "CREATE FUNCTION s1()", {}}}; })
            << defaults << QStringList{"DropObject sequence s1", "DropObject type mood", "AddObject function s1", "AddObject type mood"};

        DiffOptions renameTable;
        renameTable.tableRenames = {TableRenameHint{"posts", "articles"}};
        QTest::newRow("table rename by hint")
            << none << SchemaEdit([](Schema &s) { table(s, "posts")->name = "articles"; s.tables[1].indexes[0].table = "articles"; s.triggers[0].table = "articles"; s.triggers[0].sql.replace("ON posts", "ON articles"); })
            << renameTable << QStringList{"DropTrigger posts_touch", "RenameTable posts -> articles (hint)", "AddTrigger posts_touch"};
        QTest::newRow("table rename by hint with a further change")
            << SchemaEdit([](Schema &s) { s.triggers.clear(); s.views.clear(); })
            << SchemaEdit([](Schema &s) { table(s, "posts")->name = "articles"; s.tables[1].indexes[0].table = "articles"; s.tables[1].columns << column("lang", "TEXT"); })
            << renameTable << QStringList{"RenameTable posts -> articles (hint)", "ModifyTable articles: AddColumn lang"};
        QTest::newRow("without a hint a renamed table is dropped and added")
            << none << SchemaEdit([](Schema &s) { table(s, "posts")->name = "articles"; s.tables[1].indexes[0].table = "articles"; s.triggers[0].table = "articles"; })
            << defaults << QStringList{"DropTable posts", "AddTable articles", "AddIndex posts_user", "AddTrigger posts_touch"};

        DiffOptions renameColumn;
        renameColumn.columnRenames = {ColumnRenameHint{"users", "email", "mail"}};
        QTest::newRow("column rename by hint")
            << none << SchemaEdit([](Schema &s) { column(s, "users", "email")->name = "mail"; table(s, "users")->uniques[0].columns = {"mail"}; })
            << renameColumn << QStringList{"ModifyTable users: RenameColumn email -> mail (hint)"};
        QTest::newRow("column rename by hint with a type change")
            << none << SchemaEdit([](Schema &s) { Column *c = column(s, "users", "email"); c->name = "mail"; c->type = "TEXT"; table(s, "users")->uniques[0].columns = {"mail"}; })
            << renameColumn << QStringList{"ModifyTable users: RenameColumn email -> mail (hint); ModifyColumn mail [Type]"};
        QTest::newRow("without a hint a renamed column is dropped and added")
            << none << SchemaEdit([](Schema &s) { column(s, "posts", "body")->name = "content"; })
            << defaults << QStringList{"ModifyTable posts: DropColumn body; AddColumn content"};

        DiffOptions both;
        both.tableRenames = {TableRenameHint{"users", "people"}};
        both.columnRenames = {ColumnRenameHint{"people", "name", "full_name"}};
        QTest::newRow("table and column renamed together; references follow")
            << none << SchemaEdit([](Schema &s) {
                   Table *t = table(s, "users");
                   t->name = "people";
                   t->columns[1].name = "full_name";
                   for (Index &i : t->indexes) i.table = "people";
                   t->indexes[1].parts[0].column = "full_name";
                   table(s, "posts")->foreignKeys[0].refTable = "people";
               })
            << both << QStringList{"RenameTable users -> people (hint)", "ModifyTable people: RenameColumn name -> full_name (hint)"};
    }

    void diff()
    {
        QFETCH(SchemaEdit, editCurrent);
        QFETCH(SchemaEdit, editDesired);
        QFETCH(DiffOptions, options);
        QFETCH(QStringList, expected);
        Schema current = blogSchema();
        Schema desired = blogSchema();
        editCurrent(current);
        editCurrent(desired);  // both sides share the starting point; the desired edit then differs
        editDesired(desired);
        const ChangeSet changes = diffSchemas(current, desired, m_hooks, options);
        QVERIFY2(changes.problems.isEmpty(), qPrintable(changes.problems.join(u'\n')));
        QCOMPARE(describe(changes).join(u'\n'), expected.join(u'\n'));
        QCOMPARE(changes.isEmpty(), expected.isEmpty());
    }

    void renameSuggestions_data()
    {
        QTest::addColumn<SchemaEdit>("editDesired");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QStringList>("expected");  // "table: from -> to" or "from -> to" for tables
        QTest::addColumn<QStringList>("evidence");  // must appear in the first suggestion's evidence

        QTest::newRow("column renamed in place, same definition")
            << SchemaEdit([](Schema &s) { column(s, "posts", "body")->name = "content"; }) << 0.6
            << QStringList{"posts: body -> content"} << QStringList{"same type TEXT", "both nullable", "same position 4"};
        QTest::newRow("column renamed and moved two places")
            << SchemaEdit([](Schema &s) { Table *t = table(s, "posts"); Column c = t->columns.takeAt(3); c.name = "content"; t->columns.insert(1, c); })
            << 0.6 << QStringList{"posts: body -> content"} << QStringList{"same type TEXT", "neither has a default"};
        QTest::newRow("moved column falls below a stricter threshold")
            << SchemaEdit([](Schema &s) { Table *t = table(s, "posts"); Column c = t->columns.takeAt(3); c.name = "content"; t->columns.insert(1, c); })
            << 0.9 << QStringList{} << QStringList{};
        QTest::newRow("different type and position is no rename")
            << SchemaEdit([](Schema &s) { Table *t = table(s, "posts"); t->columns.removeAt(3); t->columns.insert(0, column("rating", "REAL", true, "1.5")); })
            << 0.6 << QStringList{} << QStringList{};
        QTest::newRow("two renamed columns pair by type")
            << SchemaEdit([](Schema &s) { column(s, "posts", "title")->name = "headline"; column(s, "posts", "score")->name = "points"; })
            << 0.6 << QStringList{"posts: score -> points", "posts: title -> headline"} << QStringList{"same type INT", "same default 0"};
        QTest::newRow("column renamed into a generated column is no rename")
            << SchemaEdit([](Schema &s) {
                   Column *c = column(s, "posts", "body");
                   c->name = "content";
                   c->generated = GeneratedKind::Virtual;
                   c->generatedExpr = "upper(title)";
               })
            << 0.6 << QStringList{} << QStringList{};
        QTest::newRow("table renamed, all columns identical")
            << SchemaEdit([](Schema &s) { table(s, "posts")->name = "articles"; })
            << 0.6 << QStringList{"posts -> articles"} << QStringList{"5 of 5 columns identical", "same primary key (id)"};
        QTest::newRow("table renamed with one extra column")
            << SchemaEdit([](Schema &s) { table(s, "posts")->name = "articles"; table(s, "articles")->columns << column("lang", "TEXT"); })
            << 0.6 << QStringList{"posts -> articles"} << QStringList{"5 of 6 columns identical"};
        QTest::newRow("replaced table with other columns is no rename")
            << SchemaEdit([](Schema &s) { Table *t = table(s, "posts"); t->name = "events"; t->columns = {column("id", "INTEGER", false, {}, 1), column("kind", "TEXT"), column("at", "TEXT")}; })
            << 0.6 << QStringList{} << QStringList{};
    }

    void renameSuggestions()
    {
        QFETCH(SchemaEdit, editDesired);
        QFETCH(double, threshold);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, evidence);
        const Schema current = blogSchema();
        Schema desired = blogSchema();
        editDesired(desired);
        DiffOptions options;
        options.suggestionThreshold = threshold;
        const ChangeSet changes = diffSchemas(current, desired, m_hooks, options);
        QStringList actual;
        for (const RenameSuggestion &s : changes.suggestions) {
            actual << (s.isTable ? QStringLiteral("%1 -> %2").arg(s.from, s.to) : QStringLiteral("%1: %2 -> %3").arg(s.table, s.from, s.to));
            QVERIFY(s.score >= threshold && s.score <= 1.0);
        }
        QCOMPARE(actual.join(u'\n'), expected.join(u'\n'));
        for (const QString &e : evidence)
            QVERIFY2(changes.suggestions.first().evidence.contains(e), qPrintable(changes.suggestions.first().evidence.join(u'|')));
        // Suggestions never turn into renames by themselves: the data would still be dropped.
        for (const Change &c : changes.changes)
            QVERIFY(!std::holds_alternative<change::RenameTable>(c));
    }

    void columnScoreFollowsTheEvidence()
    {
        const Column a = column("a", "TEXT", true, "'x'");
        Column retyped = a;
        retyped.type = "BLOB";
        Column nullable = a;
        nullable.notNull = false;
        QStringList evidence;
        const double same = scoreColumnRename(a, 2, a, 2, m_hooks, &evidence);
        QCOMPARE(same, 1.0);
        QVERIFY(evidence.contains("same position 3"));
        QVERIFY(scoreColumnRename(a, 2, a, 3, m_hooks) < same);
        QVERIFY(scoreColumnRename(a, 2, a, 3, m_hooks) > scoreColumnRename(a, 2, a, 5, m_hooks));
        QVERIFY(scoreColumnRename(a, 2, nullable, 2, m_hooks) < same);
        // Without the same type no rename reaches the default threshold.
        QVERIFY(scoreColumnRename(a, 2, retyped, 2, m_hooks) < DiffOptions{}.suggestionThreshold);
        QVERIFY(scoreTableRename(blogSchema().tables[1], blogSchema().tables[1], m_hooks) == 1.0);
        QVERIFY(scoreTableRename(blogSchema().tables[1], blogSchema().tables[0], m_hooks) < 0.6);
    }

    void badHintsAreReported_data()
    {
        QTest::addColumn<DiffOptions>("options");
        QTest::addColumn<QString>("problem");
        const auto tables = [](const QString &from, const QString &to) { DiffOptions o; o.tableRenames = {TableRenameHint{from, to}}; return o; };
        const auto columns = [](const QString &t, const QString &from, const QString &to) { DiffOptions o; o.columnRenames = {ColumnRenameHint{t, from, to}}; return o; };
        QTest::newRow("old table name misspelt") << tables("post", "articles") << "the current database has no table “post”";
        QTest::newRow("new table name misspelt") << tables("posts", "article") << "the desired schema has no table “article”";
        QTest::newRow("old table still desired") << tables("users", "articles") << "table “users” is still in the desired schema";
        QTest::newRow("new table already exists") << tables("posts", "users") << "table “users” already exists in the current database";
        QTest::newRow("column hint names a missing table") << columns("user", "email", "mail") << "the desired schema has no table “user”";
        QTest::newRow("column hint on a new table") << columns("articles", "body", "content") << "table “articles” is new";
        QTest::newRow("old column misspelt") << columns("users", "emial", "mail") << "the current table “users” has no column “emial”";
        QTest::newRow("old column still desired") << columns("users", "name", "mail") << "column “name” is still in the desired table";
        QTest::newRow("new column misspelt") << columns("users", "email", "mial") << "the desired table has no column “mial”";
        QTest::newRow("new column already exists") << columns("users", "email", "name") << "column “name” already exists";
        DiffOptions twice = tables("posts", "articles");
        twice.tableRenames << TableRenameHint{"posts", "articles"};
        QTest::newRow("same table renamed twice") << twice << "another hint already renames";
    }

    void badHintsAreReported()
    {
        QFETCH(DiffOptions, options);
        QFETCH(QString, problem);
        const Schema current = blogSchema();
        Schema desired = blogSchema();
        table(desired, "posts")->name = "articles";
        desired.tables[1].indexes[0].table = "articles";
        column(desired, "users", "email")->name = "mail";
        const ChangeSet changes = diffSchemas(current, desired, m_hooks, options);
        QCOMPARE(changes.problems.size(), 1);
        QVERIFY2(changes.problems.first().contains(problem), qPrintable(changes.problems.first()));
        const Result<ChangeSet> checked = diffSchemasChecked(current, desired, m_hooks, options);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::Usage);
        QVERIFY(checked.error().message.contains(problem));
        QVERIFY(diffSchemasChecked(current, current, m_hooks, {}).has_value());
    }

    // A generated 1,000-table schema: the differ must find exactly the changes made, no more.
    void largeSchemaFindsExactlyTheChanges()
    {
        Schema current;
        for (int t = 0; t < 1000; ++t) {
            Table table;
            table.name = QStringLiteral("table_%1").arg(t);
            for (int c = 0; c < 20; ++c)
                table.columns << column(QStringLiteral("col_%1").arg(c), c == 0 ? "INTEGER" : "TEXT", c < 3, {}, c == 0 ? 1 : 0);
            table.indexes << index(QStringLiteral("idx_%1").arg(t), table.name, {"col_1"});
            current.tables << table;
        }
        Schema desired = current;
        desired.tables[17].columns[5].type = "BLOB";
        desired.tables[999].columns.removeLast();
        desired.tables.removeAt(500);
        QElapsedTimer timer;
        timer.start();
        const ChangeSet changes = diffSchemas(current, desired, m_hooks);
        qInfo("diff of 1,000 tables x 20 columns: %lld ms", timer.elapsed());
        QCOMPARE(describe(changes).join(u'\n'), QStringList({"DropTable table_500", "ModifyTable table_17: ModifyColumn col_5 [Type]",
                                                             "ModifyTable table_999: DropColumn col_19"}).join(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestSchemaDiffer)
#include "tst_schemadiffer.moc"
