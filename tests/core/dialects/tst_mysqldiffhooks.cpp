#include "dialects/mysql/mysqlddl.h"
#include "dialects/mysql/mysqldiffhooks.h"

#include <QTest>

using namespace SchemaPilot::Core;

class TestMysqlDiffHooks final : public QObject
{
    Q_OBJECT

private slots:
    void typeEquivalence_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equivalent");
        QTest::newRow("int display width") << "int(11)" << "int" << true;
        QTest::newRow("integer synonym") << "INTEGER" << "int(11)" << true;
        QTest::newRow("boolean is tinyint(1)") << "boolean" << "tinyint(1)" << true;
        QTest::newRow("unsigned keeps its meaning") << "int(10) unsigned" << "int unsigned" << true;
        QTest::newRow("signed vs unsigned differ") << "int" << "int unsigned" << false;
        QTest::newRow("numeric is decimal(10,0)") << "numeric" << "decimal(10,0)" << true;
        QTest::newRow("decimal scale defaults to 0") << "decimal(8)" << "decimal(8,0)" << true;
        QTest::newRow("varchar length matters") << "varchar(20)" << "varchar(40)" << false;
        QTest::newRow("case and spaces") << "VARCHAR (20)" << "varchar(20)" << true;
        QTest::newRow("int vs bigint differ") << "int(11)" << "bigint(20)" << false;
        QTest::newRow("json is not longtext") << "json" << "longtext" << false;
    }

    void typeEquivalence()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equivalent);
        QCOMPARE(MysqlDiffHooks().typesEquivalent(a, b), equivalent);
        QCOMPARE(MysqlDiffHooks().typesEquivalent(b, a), equivalent);
    }

    void defaultNormalisation_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("CURRENT_TIMESTAMP vs current_timestamp()") << "CURRENT_TIMESTAMP" << "current_timestamp()" << true;
        QTest::newRow("now() is current_timestamp()") << "now()" << "current_timestamp()" << true;
        QTest::newRow("precision kept") << "current_timestamp(6)" << "current_timestamp()" << false;
        QTest::newRow("NULL spelled differently") << "null" << "NULL" << true;
        QTest::newRow("parenthesised literal") << "('abc')" << "'abc'" << true;
        QTest::newRow("string case matters") << "'ABC'" << "'abc'" << false;
        QTest::newRow("backticks and spaces in expressions") << "(`a` + 1)" << "a+1" << true;
    }

    void defaultNormalisation()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const MysqlDiffHooks hooks;
        QCOMPARE(hooks.normaliseDefault(a) == hooks.normaliseDefault(b), same);
    }

    void expressionNormalisation_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("backticks") << "`price` >= 0" << "price >= 0" << true;
        QTest::newRow("outer parentheses and case") << "(CHAR_LENGTH(`name`) > 1)" << "char_length(name)>1" << true;
        QTest::newRow("literal content is kept") << "`s` = 'A  B'" << "s = 'a b'" << false;
        QTest::newRow("different operator") << "a > 1" << "a >= 1" << false;
    }

    void expressionNormalisation()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const MysqlDiffHooks hooks;
        QCOMPARE(hooks.normaliseExpression(a) == hooks.normaliseExpression(b), same);
    }

    void identifiersAreCompareCaseSensitively()
    {
        // lower_case_table_names=0 (Linux): `Users` and `users` are different tables.
        QCOMPARE(MysqlDiffHooks().identifierCase(), Qt::CaseSensitive);
    }

    void columnDefinitions_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("actual");
        Column plain{.name = QStringLiteral("n"), .type = QStringLiteral("int(11)")};
        QTest::newRow("nullable without default") << "`n` int(11) NULL" << mysqlColumnDefinition(plain);
        Column stamp{.name = QStringLiteral("changed"), .type = QStringLiteral("timestamp"), .notNull = true,
                     .defaultExpr = QStringLiteral("current_timestamp()"), .onUpdate = QStringLiteral("current_timestamp()")};
        QTest::newRow("timestamp with on update")
            << "`changed` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()" << mysqlColumnDefinition(stamp);
        Column expr{.name = QStringLiteral("e"), .type = QStringLiteral("int(11)"), .defaultExpr = QStringLiteral("1 + 1")};
        QTest::newRow("expression default is parenthesised") << "`e` int(11) NULL DEFAULT (1 + 1)" << mysqlColumnDefinition(expr);
        Column generated{.name = QStringLiteral("g"), .type = QStringLiteral("int(11)"), .generated = GeneratedKind::Stored,
                         .generatedExpr = QStringLiteral("`a` * 2"), .comment = QStringLiteral("it's")};
        QTest::newRow("stored generated with quoted comment")
            << "`g` int(11) GENERATED ALWAYS AS (`a` * 2) STORED COMMENT 'it''s'" << mysqlColumnDefinition(generated);
        Column odd{.name = QStringLiteral("we`ird"), .type = QStringLiteral("text"), .collation = QStringLiteral("utf8mb4_bin")};
        QTest::newRow("backtick in name, own collation") << "`we``ird` text COLLATE utf8mb4_bin NULL" << mysqlColumnDefinition(odd);
    }

    void columnDefinitions()
    {
        QFETCH(QString, expected);
        QFETCH(QString, actual);
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestMysqlDiffHooks)
#include "tst_mysqldiffhooks.moc"
