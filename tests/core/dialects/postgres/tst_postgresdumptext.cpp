// postgresScratchScript: pg_dump text made runnable in the desired-schema scratch schema.
#include "dialects/postgres/postgresdumptext.h"

#include <QTest>

using namespace SchemaPilot::Core;

class TestPostgresDumpText final : public QObject
{
    Q_OBJECT

private slots:
    void rewrite_data()
    {
        QTest::addColumn<QString>("ddl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("psql meta-commands become empty lines")
            << "\\restrict abc\nCREATE TABLE t (id int);\n\\unrestrict abc\n"
            << "\nCREATE TABLE t (id int);\n\n";
        QTest::newRow("qualified table, type and cast")
            << "CREATE TABLE public.film (rating public.mpaa DEFAULT 'G'::public.mpaa);"
            << "CREATE TABLE \"s1\".film (rating \"s1\".mpaa DEFAULT 'G'::\"s1\".mpaa);";
        QTest::newRow("sequence named in a regclass literal")
            << "id integer DEFAULT nextval('public.film_id_seq'::regclass)"
            << "id integer DEFAULT nextval('\"s1\".film_id_seq'::regclass)";
        QTest::newRow("quoted and upper-case spellings of the schema")
            << "ALTER TABLE ONLY \"public\".a ADD CONSTRAINT a_pkey PRIMARY KEY (id); CREATE INDEX i ON PUBLIC.a (id);"
            << "ALTER TABLE ONLY \"s1\".a ADD CONSTRAINT a_pkey PRIMARY KEY (id); CREATE INDEX i ON \"s1\".a (id);";
        QTest::newRow("other schemas, strings, comments and function bodies stay")
            << "SELECT pg_catalog.set_config('search_path', '', false); -- public.x\n"
               "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT count(*) FROM public.t $$; COMMENT ON TABLE x IS 'public.y';"
            << "SELECT pg_catalog.set_config('search_path', '', false); -- public.x\n"
               "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT count(*) FROM public.t $$; COMMENT ON TABLE x IS 'public.y';";
        QTest::newRow("a backslash inside a string is not a meta-command")
            << "COMMENT ON TABLE t IS '\n\\x';" << "COMMENT ON TABLE t IS '\n\\x';";
        QTest::newRow("Rails' closing search_path names the scratch schema")
            << "SET search_path TO \"$user\", public;\nINSERT INTO \"schema_migrations\" (version) VALUES ('1');"
            << "SET search_path TO \"$user\", \"s1\";\nINSERT INTO \"schema_migrations\" (version) VALUES ('1');";
        QTest::newRow("search_path set locally with = and a string")
            << "SET LOCAL search_path = 'public', pg_catalog;" << "SET LOCAL search_path = \"s1\", pg_catalog;";
        QTest::newRow("extension objects keep their schema")
            << "CREATE TABLE public.u (email public.citext); CREATE INDEX ON public.u USING gin (email public.gin_trgm_ops);"
            << "CREATE TABLE \"s1\".u (email public.citext); CREATE INDEX ON \"s1\".u USING gin (email public.gin_trgm_ops);";
    }

    void rewrite()
    {
        QFETCH(QString, ddl);
        QFETCH(QString, expected);
        QCOMPARE(postgresScratchScript(ddl, QStringLiteral("public"), QStringLiteral("s1"),
                                       {QStringLiteral("citext"), QStringLiteral("gin_trgm_ops")}),
                 expected);
    }

    void mixedCaseTargetIsMatchedOnlyQuoted()
    {
        QCOMPARE(postgresScratchScript(QStringLiteral("CREATE TABLE \"App\".t (); CREATE TABLE app.u ();"), QStringLiteral("App"),
                                       QStringLiteral("s1")),
                 QStringLiteral("CREATE TABLE \"s1\".t (); CREATE TABLE app.u ();"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresDumpText)
#include "tst_postgresdumptext.moc"
