#include "dialects/postgres/postgresdesiredloader.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/postgressearchpath.h"
#include "db/sqlexec.h"
#include "dialects/postgres/postgresdumptext.h"
#include "dialects/postgres/postgresinspector.h"
#include "dialects/postgres/postgresscript.h"

#include <QAtomicInteger>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

namespace SchemaPilot::Core {

namespace {

QAtomicInteger<quint64> s_loaderCounter;

// A second connection with the target's parameters, removed when this object dies.
class ScratchConnection final
{
public:
    explicit ScratchConnection(const QSqlDatabase &target)
        : m_name(QStringLiteral("schemapilot-pg-scratch-%1-%2")
                     .arg(quintptr(QThread::currentThreadId()))
                     .arg(s_loaderCounter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase::cloneDatabase(target, m_name);
    }
    ~ScratchConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// PostgreSQL does not print every CHECK back as the text that would store it again: an IN list
// over a varchar column, "status IN ('a', 'b')", prints with one cast on the array, and that
// text, executed by a migration, stores (and prints) a cast on every element instead. Re-creating
// each CHECK of the scratch schema from its printed text stores the form a migration leaves
// behind, so an applied schema equals the desired one exactly (fingerprints included).
Result<void> settleCheckConstraints(const QSqlDatabase &db, const QString &scratchName)
{
    auto statements = runQuery(db, QStringLiteral(
        "SELECT format('ALTER TABLE %I.%I DROP CONSTRAINT %I, ADD CONSTRAINT %I %s', n.nspname, c.relname, con.conname,"
        " con.conname, pg_get_constraintdef(con.oid))"
        " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = ? AND con.contype = 'c' AND con.conislocal AND con.coninhcount = 0"
        " ORDER BY c.relname, con.conname"), {scratchName});
    if (!statements)
        return fail(statements.error());
    QStringList sql;
    while (statements->next())
        sql << statements->value(0).toString();
    for (const QString &statement : std::as_const(sql))
        if (auto ok = execSql(db, statement); !ok)
            return fail(ok.error());
    return {};
}

// Types, functions and operator classes an extension installed in `schema`: a dump names them
// "public.citext", and they are not copied into the scratch schema.
Result<QSet<QString>> extensionObjectNames(const QSqlDatabase &db, const QString &schema)
{
    auto query = runQuery(db, QStringLiteral(
        "SELECT t.typname FROM pg_type t JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid"
        " AND d.deptype = 'e' WHERE t.typnamespace = to_regnamespace(?)"
        " UNION SELECT p.proname FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid"
        " AND d.deptype = 'e' WHERE p.pronamespace = to_regnamespace(?)"
        " UNION SELECT o.opcname FROM pg_opclass o JOIN pg_depend d ON d.classid = 'pg_opclass'::regclass AND d.objid = o.oid"
        " AND d.deptype = 'e' WHERE o.opcnamespace = to_regnamespace(?)"), {schema, schema, schema});
    if (!query)
        return fail(query.error());
    QSet<QString> names;
    while (query->next())
        names.insert(query->value(0).toString());
    return names;
}

// A file that qualifies its names with another schema ("public.users" from pg_dump, checked
// against ?schema=app) creates its tables there, not in the scratch schema: they would be
// ignored and the comparison would find nothing to do. Such relations are the ones this
// transaction created (their pg_class row carries its transaction id) outside the scratch schema.
Result<void> requireTablesInTarget(const QSqlDatabase &db, const QString &scratchName, const QString &target)
{
    auto inScratch = queryScalar(db, QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = to_regnamespace(%1)")
                                         .arg(postgresLiteral(scratchName)));
    if (!inScratch)
        return fail(inScratch.error());
    if (inScratch->toLongLong() > 0)
        return {};
    auto elsewhere = runQuery(db, QStringLiteral(
        "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.xmin::text = (pg_current_xact_id()::text::numeric % 4294967296)::text"
        " ORDER BY 1, 2"));
    if (!elsewhere)
        return fail(elsewhere.error());
    QStringList names;
    QStringList schemas;
    while (elsewhere->next()) {
        names << elsewhere->value(0).toString() + u'.' + elsewhere->value(1).toString();
        if (!schemas.contains(elsewhere->value(0).toString()))
            schemas << elsewhere->value(0).toString();
    }
    if (names.isEmpty())
        return {};
    const QString shown = names.size() > 3 ? names.mid(0, 3).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                           : names.join(QStringLiteral(", "));
    return fail(ErrorCode::SchemaLoadFailed,
                Tr::tr("The desired schema file creates its tables in schema %1 (%2), not in %3, the schema being "
                       "compared: point at that schema (?schema=%4 in the URL, or --pg-schema), or leave the schema "
                       "out of the names in the file")
                    .arg(schemas.join(QStringLiteral(", ")), shown, target, schemas.first()));
}

} // namespace

Result<Schema> PostgresDesiredLoader::load(const QString &ddl, const QString &fileName, const QSqlDatabase &target,
                                           const InspectOptions &options) const
{
    ScratchConnection scratch(target);
    QSqlDatabase db = scratch.database();
    if (!db.open()) {
        Error error = errorFromSql(db.lastError());
        error.code = ErrorCode::ConnectionFailed;
        error.message = Tr::tr("Could not open a second connection for the scratch schema");
        return fail(error);
    }
    const QString scratchName = QStringLiteral("schemapilot_scratch_%1")
                                    .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    const QString quoted = postgresQuote(scratchName);

    auto loaded = [&]() -> Result<Schema> {
        // One transaction, rolled back at the end: even DDL that names another schema leaves nothing behind.
        if (auto ok = execSql(db, QStringLiteral("BEGIN")); !ok)
            return fail(ok.error());
        if (auto ok = execSql(db, QStringLiteral("CREATE SCHEMA ") + quoted); !ok) {
            Error error = ok.error();
            error.code = ErrorCode::SchemaLoadFailed;
            error.message = Tr::tr("Could not create the scratch schema for the desired DDL; the user needs "
                                   "CREATE privilege on the database: %1").arg(error.driverText);
            return fail(error);
        }
        // Extension schemas stay visible: the desired DDL may use citext or gin_trgm_ops installed in public.
        if (auto ok = setPostgresSearchPath(db, scratchName, SearchPathLifetime::Transaction); !ok)
            return fail(ok.error());
        // The whole file as one simple query: PostgreSQL splits it and runs statement by
        // statement. No hand-written SQL splitting.
        const QString target = options.schemaName.isEmpty() ? QStringLiteral("public") : options.schemaName;
        auto extensionObjects = extensionObjectNames(db, target);
        if (!extensionObjects)
            return fail(extensionObjects.error());
        if (auto ran = runPostgresScript(db, postgresScratchScript(ddl, target, scratchName, *extensionObjects)); !ran) {
            Error error = ran.error();
            error.code = ErrorCode::SchemaLoadFailed;
            error.file = fileName;
            error.message = error.line > 0
                                ? Tr::tr("The desired schema does not execute on PostgreSQL (line %1): %2").arg(error.line).arg(error.message)
                                : Tr::tr("The desired schema does not execute on PostgreSQL: %1").arg(error.message);
            return fail(error);
        }
        if (auto placed = requireTablesInTarget(db, scratchName, target); !placed) {
            Error error = placed.error();
            error.file = fileName;
            return fail(error);
        }
        if (auto settled = settleCheckConstraints(db, scratchName); !settled)
            return fail(settled.error());
        InspectOptions scratchOptions = options;
        scratchOptions.schemaName = scratchName;
        scratchOptions.estimateRows = false;
        auto schema = m_inspector.inspect(db, scratchOptions);
        if (!schema)
            return fail(schema.error());
        schema->name = options.schemaName.isEmpty() ? QStringLiteral("public") : options.schemaName;
        return schema;
    }();

    execSql(db, QStringLiteral("ROLLBACK"));
    // Belt and braces: a DDL file that committed on its own must not leave the scratch schema behind.
    // Asked first, so that the usual case (rolled back, gone) prints no "does not exist" NOTICE.
    auto left = queryScalar(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = %1").arg(postgresLiteral(scratchName)));
    if (!left || left->toInt() > 0) {
        if (auto dropped = execSql(db, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(quoted)); !dropped)
            qCWarning(lcCore) << "could not drop scratch schema" << scratchName << ":" << dropped.error().driverText;
    }
    return loaded;
}

} // namespace SchemaPilot::Core
