#include "dialects/postgres/postgresdiffhooks.h"

#include <QTest>

using namespace SchemaPilot::Core;

// The spellings come from what PostgreSQL 15's format_type()/pg_get_expr() print, checked
// against the server in tests/integration/postgres.
class TestPostgresDiffHooks final : public QObject
{
    Q_OBJECT

private slots:
    void identifiersAreCaseSensitive() { QCOMPARE(PostgresDiffHooks().identifierCase(), Qt::CaseSensitive); }

    void typesEquivalent_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equivalent");
        QTest::newRow("int4 is integer") << "int4" << "integer" << true;
        QTest::newRow("int is integer") << "INT" << "integer" << true;
        QTest::newRow("varchar is character varying") << "varchar(20)" << "character varying(20)" << true;
        QTest::newRow("varchar lengths differ") << "varchar(20)" << "character varying(30)" << false;
        QTest::newRow("timestamptz") << "timestamptz" << "timestamp with time zone" << true;
        QTest::newRow("timestamp is without time zone") << "timestamp" << "timestamp without time zone" << true;
        QTest::newRow("timestamp zones differ") << "timestamptz" << "timestamp without time zone" << false;
        QTest::newRow("numeric spacing") << "decimal(10, 2)" << "numeric(10,2)" << true;
        QTest::newRow("array of int8") << "int8[]" << "bigint[]" << true;
        QTest::newRow("array bounds are ignored") << "integer[3]" << "integer[]" << true;
        QTest::newRow("bool") << "bool" << "boolean" << true;
        QTest::newRow("float8") << "float8" << "double precision" << true;
        QTest::newRow("serial is integer") << "serial" << "integer" << true;
        QTest::newRow("text is not varchar") << "text" << "character varying" << false;
        QTest::newRow("enum names are kept") << "mood" << "Mood" << false;
    }

    void typesEquivalent()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equivalent);
        QCOMPARE(PostgresDiffHooks().typesEquivalent(a, b), equivalent);
        QCOMPARE(PostgresDiffHooks().typesEquivalent(b, a), equivalent);
    }

    void normaliseDefault_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("text literal cast") << "'x'::text" << "'x'";
        QTest::newRow("varchar literal cast") << "'x'::character varying" << "'x'";
        QTest::newRow("enum literal cast") << "'ok'::mood" << "'ok'";
        QTest::newRow("array literal cast") << "'{}'::text[]" << "'{}'";
        QTest::newRow("timestamp cast") << "'2020-01-01'::timestamp without time zone" << "'2020-01-01'";
        QTest::newRow("wrapped negative number") << "(-1)" << "-1";
        QTest::newRow("numeric cast of a number") << "(0)::numeric" << "0";
        QTest::newRow("serial sequence") << "nextval('t_id_seq'::regclass)" << "nextval('t_id_seq')";
        QTest::newRow("function call kept") << "now()" << "now()";
        QTest::newRow("quoted literal with colons") << "'a::b'::text" << "'a::b'";
    }

    void normaliseDefault()
    {
        QFETCH(QString, expression);
        QFETCH(QString, normalised);
        QCOMPARE(PostgresDiffHooks().normaliseDefault(expression), normalised);
    }

    void normaliseExpression_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("numeric cast and spacing") << "(amount >= (0)::numeric)" << "( amount >= (0) )" << true;
        QTest::newRow("different constants") << "(a > 1)" << "(a > 2)" << false;
        // What pg_get_constraintdef prints for CHECK (status IN ('draft', 'published')) on a varchar
        // column, and what it prints after that text is executed again.
        QTest::newRow("IN list on varchar, printed and re-printed")
            << "CHECK (((status)::text = ANY ((ARRAY['draft'::character varying, 'published'::character varying])::text[])))"
            << "CHECK (((status)::text = ANY (ARRAY[('draft'::character varying)::text, ('published'::character varying)::text])))"
            << true;
        QTest::newRow("IN lists differ")
            << "CHECK (((status)::text = ANY ((ARRAY['draft'::character varying, 'published'::character varying])::text[])))"
            << "CHECK (((status)::text = ANY (ARRAY[('draft'::character varying)::text, ('archived'::character varying)::text])))"
            << false;
        QTest::newRow("grouping that matters is kept") << "((a + b) * c)" << "(a + (b * c))" << false;
        QTest::newRow("row constructor is not an argument list") << "f((a, b))" << "f(a, b)" << false;
        QTest::newRow("call arguments keep their parentheses") << "lower(email)" << "lower email" << false;
    }

    void normaliseExpression()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        const PostgresDiffHooks hooks;
        QCOMPARE(hooks.normaliseExpression(a) == hooks.normaliseExpression(b), equal);
    }

    void noTableTextDifference()
    {
        Table a;
        a.name = QStringLiteral("t");
        Table b = a;
        b.options = QStringLiteral("fillfactor=70");
        // options and comments are diffed from the model itself
        QCOMPARE(PostgresDiffHooks().tableDefinitionDifference(a, b), QString());
    }
};

QTEST_GUILESS_MAIN(TestPostgresDiffHooks)
#include "tst_postgresdiffhooks.moc"
