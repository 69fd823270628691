#include "scenariotable.h"

namespace SchemaPilot::Test {

using Core::Engine;

QString EngineSql::forEngine(Engine engine) const
{
    const QString &variant = engine == Engine::SQLite ? sqlite : engine == Engine::PostgreSQL ? postgres : mysql;
    return variant.isEmpty() ? common : variant;
}

QString ExpectedWarning::describe() const
{
    const QString where = column.isEmpty() ? table : table + u'.' + column;
    return QStringLiteral("%1 %2 %3").arg(code, where).arg(count);
}

namespace {

EngineSql same(const QString &sql)
{
    return EngineSql{sql, {}, {}, {}};
}

// The shared starting point: three users, one of them without an age.
const QString kUsers = QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, age INTEGER);\n");
const QString kUserRows = QStringLiteral("INSERT INTO users (id, name, age) VALUES (1, 'ann', 31), (2, 'bob', 42), (3, 'cy', NULL);\n");
const QStringList kUsersKept{QStringLiteral("1|ann|31"), QStringLiteral("2|bob|42"), QStringLiteral("3|cy|<null>")};
const QString kUsersQuery = QStringLiteral("SELECT id, name, age FROM users ORDER BY id");

const QString kPosts = QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER, title VARCHAR(50));\n");
const QString kPostsWithForeignKey = QStringLiteral(
    "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER, title VARCHAR(50),\n"
    "  FOREIGN KEY (user_id) REFERENCES users (id));\n");

// A trigger writes an audit row per new user; a view reads the users' ages.
const QString kAudit = QStringLiteral("CREATE TABLE audit (user_id INTEGER);\n"
                                      "CREATE VIEW adults AS SELECT id, name FROM users WHERE age >= 18;\n");
const QString kAuditTriggerSqlite = QStringLiteral(
    "CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN INSERT INTO audit (user_id) VALUES (NEW.id); END;\n");
const QString kAuditTriggerPostgres = QStringLiteral(
    "CREATE FUNCTION users_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN INSERT INTO audit (user_id) VALUES (NEW.id); RETURN NEW; END $$;\n"
    "CREATE TRIGGER users_audit AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION users_audit_row();\n");
const QString kAuditTriggerMysql = QStringLiteral(
    "CREATE TRIGGER users_audit AFTER INSERT ON users FOR EACH ROW INSERT INTO audit (user_id) VALUES (NEW.id);\n");

EngineSql withAuditTrigger(const QString &before, const QString &after = {})
{
    return EngineSql{{}, before + kAuditTriggerSqlite + after, before + kAuditTriggerPostgres + after,
                     before + kAuditTriggerMysql + after};
}

QList<Scenario> buildTable()
{
    QList<Scenario> table;

    Scenario s;
    s.name = QStringLiteral("additive: new table");
    s.current = same(kUsers + kUserRows);
    s.desired = same(kUsers + QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, label VARCHAR(30) NOT NULL);\n"));
    s.operations = {QStringLiteral("CREATE_TABLE tags")};
    s.dataQuery = kUsersQuery;
    s.expectedRows = kUsersKept;
    s.rollbackRoundTrip = true;
    s.viaCli = true;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("additive: new nullable column");
    s.current = same(kUsers + kUserRows);
    s.desired = same(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, age INTEGER, email VARCHAR(100));\n"));
    s.operations = {QStringLiteral("ADD_COLUMN users.email")};
    s.dataQuery = QStringLiteral("SELECT id, name, age, email FROM users ORDER BY id");
    s.expectedRows = {QStringLiteral("1|ann|31|<null>"), QStringLiteral("2|bob|42|<null>"), QStringLiteral("3|cy|<null>|<null>")};
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("additive: new index");
    s.current = same(kUsers + kUserRows);
    s.desired = same(kUsers + QStringLiteral("CREATE INDEX users_name ON users (name);\n"));
    s.operations = {QStringLiteral("CREATE_INDEX users")};
    s.dataQuery = kUsersQuery;
    s.expectedRows = kUsersKept;
    s.backupRoundTrip = true;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("type change: integer to text keeps the values");
    s.current = same(kUsers + kUserRows);
    s.desired = same(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, age VARCHAR(20));\n"));
    s.operations = {QStringLiteral("ALTER_COLUMN_TYPE users.age")};
    s.dataQuery = kUsersQuery;
    s.expectedRows = kUsersKept;
    s.rollbackRoundTrip = true;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("type change: text to integer with values that do not convert");
    // SQLite enforces column types only in STRICT tables (which allow only its own type names);
    // elsewhere it keeps unconvertible values as they are, as MF102 says.
    const QString codeRows = QStringLiteral("INSERT INTO codes (id, code) VALUES (1, '12'), (2, 'x7'), (3, '40'), (4, 'abc'), (5, NULL);\n");
    s.current = same(QStringLiteral("CREATE TABLE codes (id INTEGER PRIMARY KEY, code VARCHAR(20));\n") + codeRows);
    s.current.sqlite = QStringLiteral("CREATE TABLE codes (id INTEGER PRIMARY KEY, code TEXT) STRICT;\n") + codeRows;
    s.desired = same(QStringLiteral("CREATE TABLE codes (id INTEGER PRIMARY KEY, code INTEGER);\n"));
    s.desired.sqlite = QStringLiteral("CREATE TABLE codes (id INTEGER PRIMARY KEY, code INTEGER) STRICT;\n");
    s.operations = {QStringLiteral("ALTER_COLUMN_TYPE codes.code")};
    s.warnings = {{QStringLiteral("MF102"), QStringLiteral("codes"), QStringLiteral("code"), 2}};
    s.outcome = ApplyOutcome::FailsUnchanged;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("not null with a default fills the NULLs");
    s.current = same(kUsers + kUserRows);
    s.desired = same(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, age INTEGER NOT NULL DEFAULT 0);\n"));
    s.operations = {QStringLiteral("ALTER_COLUMN users.age")};
    s.warnings = {{QStringLiteral("MF101"), QStringLiteral("users"), QStringLiteral("age"), 1}};
    s.dataQuery = kUsersQuery;
    s.expectedRows = {QStringLiteral("1|ann|31"), QStringLiteral("2|bob|42"), QStringLiteral("3|cy|0")};
    s.rollbackRoundTrip = true;
    s.rollbackFromBackup = true;   // the filled NULLs look like real zeros afterwards
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("not null without a default meets NULLs");
    s.current = same(kUsers + kUserRows);
    s.desired = same(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, age INTEGER NOT NULL);\n"));
    s.operations = {QStringLiteral("ALTER_COLUMN users.age")};
    s.warnings = {{QStringLiteral("MF101"), QStringLiteral("users"), QStringLiteral("age"), 1}};
    s.outcome = ApplyOutcome::FailsUnchanged;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("foreign key meets orphan rows");
    s.current = same(kUsers + kUserRows + kPosts
                     + QStringLiteral("INSERT INTO posts (id, user_id, title) VALUES (1, 1, 'a'), (2, 7, 'b'), (3, 9, 'c'), (4, NULL, 'd');\n"));
    s.desired = same(kUsers + kPostsWithForeignKey);
    s.operations = {QStringLiteral("ADD_FOREIGN_KEY posts.user_id")};
    s.warnings = {{QStringLiteral("MF104"), QStringLiteral("posts"), QStringLiteral("user_id"), 2}};
    s.outcome = ApplyOutcome::FailsUnchanged;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("foreign key without orphans");
    s.current = same(kUsers + kUserRows + kPosts
                     + QStringLiteral("INSERT INTO posts (id, user_id, title) VALUES (1, 1, 'a'), (2, 2, 'b'), (3, NULL, 'c');\n"));
    s.desired = same(kUsers + kPostsWithForeignKey);
    s.operations = {QStringLiteral("ADD_FOREIGN_KEY posts.user_id")};
    s.dataQuery = QStringLiteral("SELECT id, user_id, title FROM posts ORDER BY id");
    s.expectedRows = {QStringLiteral("1|1|a"), QStringLiteral("2|2|b"), QStringLiteral("3|<null>|c")};
    s.rollbackRoundTrip = true;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("unique index meets duplicates");
    s.current = same(kUsers + QStringLiteral("INSERT INTO users (id, name, age) VALUES (1, 'ann', 31), (2, 'bob', 42), (3, 'ann', 5),"
                                             " (4, 'bob', 6), (5, 'bob', 7), (6, 'dee', 8);\n"));
    s.desired = same(kUsers + QStringLiteral("CREATE UNIQUE INDEX users_name_unique ON users (name);\n"));
    s.operations = {QStringLiteral("CREATE_INDEX users")};
    s.warnings = {{QStringLiteral("MF103"), QStringLiteral("users"), QStringLiteral("name"), 2}};
    s.outcome = ApplyOutcome::FailsUnchanged;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("drop column needs consent");
    s.current = same(kUsers + kUserRows);
    s.desired = same(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\n"));
    s.operations = {QStringLiteral("DROP_COLUMN users.age")};
    s.warnings = {{QStringLiteral("DS102"), QStringLiteral("users"), QStringLiteral("age"), 2}};
    s.consent = {QStringLiteral("DROP_COLUMN users.age 2")};
    s.dataQuery = QStringLiteral("SELECT id, name FROM users ORDER BY id");
    s.expectedRows = {QStringLiteral("1|ann"), QStringLiteral("2|bob"), QStringLiteral("3|cy")};
    s.rollbackRoundTrip = true;
    s.rollbackFromBackup = true;
    s.viaCli = true;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("drop table needs consent");
    s.current = same(kUsers + kUserRows + kPosts
                     + QStringLiteral("INSERT INTO posts (id, user_id, title) VALUES (1, 1, 'a'), (2, 2, 'b'), (3, 2, 'c');\n"));
    s.desired = same(kUsers);
    s.operations = {QStringLiteral("DROP_TABLE posts")};
    s.warnings = {{QStringLiteral("DS101"), QStringLiteral("posts"), QString(), 3}};
    s.consent = {QStringLiteral("DROP_TABLE posts 3")};
    s.dataQuery = kUsersQuery;
    s.expectedRows = kUsersKept;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("rename column by hint keeps the data");
    s.current = same(kUsers + kUserRows);
    s.desired = same(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, full_name VARCHAR(50) NOT NULL, age INTEGER);\n"));
    s.renameColumns = {QStringLiteral("users.name=full_name")};
    s.operations = {QStringLiteral("RENAME_COLUMN users.full_name")};
    s.warnings = {{QStringLiteral("BC102"), QStringLiteral("users"), QStringLiteral("full_name"), -1}};
    s.dataQuery = QStringLiteral("SELECT id, full_name, age FROM users ORDER BY id");
    s.expectedRows = kUsersKept;
    s.rollbackRoundTrip = true;
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("rename table by hint keeps the data");
    s.current = same(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(100));\n"
                                    "INSERT INTO notes (id, body) VALUES (1, 'first'), (2, NULL);\n"));
    s.desired = same(QStringLiteral("CREATE TABLE memos (id INTEGER PRIMARY KEY, body VARCHAR(100));\n"));
    s.renameTables = {QStringLiteral("notes=memos")};
    s.operations = {QStringLiteral("RENAME_TABLE memos")};
    s.warnings = {{QStringLiteral("BC101"), QStringLiteral("memos"), QString(), -1}};
    s.dataQuery = QStringLiteral("SELECT id, body FROM memos ORDER BY id");
    s.expectedRows = {QStringLiteral("1|first"), QStringLiteral("2|<null>")};
    s.rollbackRoundTrip = true;
    table << s;

    s = Scenario{};
    // Django's choices: PostgreSQL prints an IN list over a varchar differently once the printed
    // text is executed again; the re-created CHECK must still count as the desired one.
    s.name = QStringLiteral("check over an IN list gains a value");
    s.current = same(QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, status VARCHAR(10) NOT NULL,"
                                    " CONSTRAINT posts_status_check CHECK (status IN ('draft', 'published')));\n"
                                    "INSERT INTO posts (id, status) VALUES (1, 'draft'), (2, 'published');\n"));
    s.desired = same(QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, status VARCHAR(10) NOT NULL,"
                                    " CONSTRAINT posts_status_check CHECK (status IN ('draft', 'published', 'archived')));\n"));
    s.operations = {QStringLiteral("DROP_CONSTRAINT posts"), QStringLiteral("ADD_CONSTRAINT posts")};
    s.dataQuery = QStringLiteral("SELECT id, status FROM posts ORDER BY id");
    s.expectedRows = {QStringLiteral("1|draft"), QStringLiteral("2|published")};
    table << s;

    s = Scenario{};
    // An "updated_at" kept by the engine (a trigger; MySQL's ON UPDATE): filling the NULLs of a
    // new NOT NULL must not stamp the rows, that would change the values of a kept column.
    s.name = QStringLiteral("not null backfill leaves updated_at alone");
    const QString notesRows = QStringLiteral("INSERT INTO notes (id, body, updated_at) VALUES (1, 'a', '2001-02-03 04:05:06'),"
                                             " (2, NULL, '2001-02-03 04:05:06');\n");
    const auto notesWithStamp = [](const QString &body) {
        const QString table = QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, %1, updated_at %2);\n").arg(body);
        return EngineSql{{},
                         table.arg(QStringLiteral("TEXT"))
                             + QStringLiteral("CREATE TRIGGER notes_touch AFTER UPDATE ON notes FOR EACH ROW BEGIN"
                                              " UPDATE notes SET updated_at = datetime('now') WHERE id = NEW.id; END;\n"),
                         table.arg(QStringLiteral("TIMESTAMP"))
                             + QStringLiteral("CREATE FUNCTION notes_touch() RETURNS trigger LANGUAGE plpgsql AS $$"
                                              " BEGIN NEW.updated_at := now(); RETURN NEW; END $$;\n"
                                              "CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION notes_touch();\n"),
                         table.arg(QStringLiteral("TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"))};
    };
    s.current = notesWithStamp(QStringLiteral("body VARCHAR(20)"));
    s.current.sqlite += notesRows;
    s.current.postgres += notesRows;
    s.current.mysql += notesRows;
    s.desired = notesWithStamp(QStringLiteral("body VARCHAR(20) NOT NULL DEFAULT ''"));
    s.operations = {QStringLiteral("ALTER_COLUMN notes.body")};
    s.warnings = {{QStringLiteral("MF101"), QStringLiteral("notes"), QStringLiteral("body"), 1}};
    s.dataQuery = QStringLiteral("SELECT id, body, CASE WHEN updated_at = '2001-02-03 04:05:06' THEN 'kept' ELSE 'stamped' END"
                                 " FROM notes ORDER BY id");
    s.expectedRows = {QStringLiteral("1|a|kept"), QStringLiteral("2||kept")};
    table << s;

    s = Scenario{};
    s.name = QStringLiteral("view and trigger survive a type change of their table");
    s.current = withAuditTrigger(kUsers + kAudit, kUserRows);
    s.desired = withAuditTrigger(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, age BIGINT);\n") + kAudit);
    s.operations = {QStringLiteral("ALTER_COLUMN_TYPE users.age")};
    s.dataQuery = QStringLiteral("SELECT id, name FROM adults ORDER BY id");
    s.expectedRows = {QStringLiteral("1|ann"), QStringLiteral("2|bob")};
    s.afterApplySql = QStringLiteral("INSERT INTO users (id, name, age) VALUES (4, 'dee', 20)");
    s.afterQuery = QStringLiteral("SELECT 'adult', id FROM adults UNION ALL SELECT 'audit', user_id FROM audit ORDER BY 1, 2");
    // The seed rows fired the trigger too.
    s.afterRows = {QStringLiteral("adult|1"), QStringLiteral("adult|2"), QStringLiteral("adult|4"), QStringLiteral("audit|1"),
                   QStringLiteral("audit|2"), QStringLiteral("audit|3"), QStringLiteral("audit|4")};
    s.rollbackRoundTrip = true;
    table << s;

    return table;
}

} // namespace

const QList<Scenario> &scenarioTable()
{
    static const QList<Scenario> table = buildTable();
    return table;
}

} // namespace SchemaPilot::Test
