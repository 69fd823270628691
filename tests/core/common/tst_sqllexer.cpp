#include "common/sqllexer.h"
#include "common/sqltokenlist.h"

#include <QTest>

using namespace SchemaPilot::Core;

// The one SQL lexer behind CREATE-text parsing, expression normalising, planners and lint.
// Gathered here from the former SqliteTokens, tokenizeSqlite and plan/sqltokens tests.
class TestSqlLexer final : public QObject
{
    Q_OBJECT

    static QStringList kindsAndText(const QString &sql, SqlLexerOptions options = {})
    {
        static const char kinds[] = {'W', 'Q', 'S', 'B', 'N', 'P', 'O'};
        QStringList out;
        SqlLexer lexer(sql, options);
        SqlToken token;
        while (lexer.next(&token)) {
            // Spans must slice the source exactly: text() is the same characters as mid().
            if (lexer.text(token) != QStringView(sql).mid(token.start, token.size()))
                return {QStringLiteral("span mismatch")};
            out << QString(QChar::fromLatin1(kinds[int(token.kind)])) + u':' + lexer.text(token).toString();
        }
        return out;
    }

private slots:
    void kinds_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("tokens");  // kind letter + raw text
        QTest::newRow("identifier quoting styles") << "\"a\" `b` [c d]" << QStringList{"Q:\"a\"", "Q:`b`", "Q:[c d]"};
        QTest::newRow("doubled quote inside identifier") << "\"a\"\"b\"" << QStringList{"Q:\"a\"\"b\""};
        QTest::newRow("string with doubled quote kept verbatim") << "'it''s'" << QStringList{"S:'it''s'"};
        QTest::newRow("blob literal") << "x'0a1b'" << QStringList{"B:x'0a1b'"};
        QTest::newRow("comments dropped") << "a -- note\n/* block */ b" << QStringList{"W:a", "W:b"};
        QTest::newRow("numbers with exponent and hex") << "1.5e-3 0x1F .5" << QStringList{"N:1.5e-3", "N:0x1F", "N:.5"};
        QTest::newRow("multi-character operators") << "a<=b||c->>'$.x'<>d"
                                                    << QStringList{"W:a", "O:<=", "W:b", "O:||", "W:c", "O:->>", "S:'$.x'", "O:<>", "W:d"};
        QTest::newRow("parameters") << "?1 :name @x $y" << QStringList{"P:?1", "P::name", "P:@x", "P:$y"};
        QTest::newRow("words keep dollar and digits") << "a$1 _b2" << QStringList{"W:a$1", "W:_b2"};
        QTest::newRow("unterminated string takes the rest") << "a 'b c" << QStringList{"W:a", "S:'b c"};
        QTest::newRow("unterminated block comment ends the text") << "a /* b" << QStringList{"W:a"};
        QTest::newRow("numbers and punctuation") << "1.5e-3+x'0A'<>(" << QStringList{"N:1.5e-3", "O:+", "B:x'0A'", "O:<>", "O:("};
    }

    void kinds()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, tokens);
        QCOMPARE(kindsAndText(sql), tokens);
    }

    void engineOptions_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("PostgreSQL: brackets are array subscripts") << "a[1]" << "postgres"
                                                                   << QStringList{"W:a", "O:[", "N:1", "O:]"};
        QTest::newRow("PostgreSQL: dollar-quoted body is one string") << "$f$ it's; -- $f$ $1" << "postgres"
                                                                      << QStringList{"S:$f$ it's; -- $f$", "P:$1"};
        QTest::newRow("PostgreSQL: empty-tag dollar quote") << "$$a'b$$" << "postgres" << QStringList{"S:$$a'b$$"};
        QTest::newRow("MySQL: hash comment") << "a # b\nc" << "mysql" << QStringList{"W:a", "W:c"};
        QTest::newRow("MySQL: backslash escape in string") << R"('a\'b' c)" << "mysql" << QStringList{R"(S:'a\'b')", "W:c"};
        QTest::newRow("SQLite: backslash is an ordinary character") << R"('a\' b)" << "sqlite" << QStringList{R"(S:'a\')", "W:b"};
        QTest::newRow("SQLite: hash is not a comment") << "a # b" << "sqlite" << QStringList{"W:a", "O:#", "W:b"};
    }

    void engineOptions()
    {
        QFETCH(QString, sql);
        QFETCH(QString, engine);
        QFETCH(QStringList, tokens);
        SqlLexerOptions options;
        if (engine == u"postgres") {
            options.bracketIdentifiers = false;
            options.backtickIdentifiers = false;
            options.dollarQuotedStrings = true;
        } else if (engine == u"mysql") {
            options.bracketIdentifiers = false;
            options.hashComments = true;
            options.backslashEscapes = true;
        }
        QCOMPARE(kindsAndText(sql, options), tokens);
    }

    void unquoting_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("name");
        QTest::newRow("double quotes undoubled") << "\"a\"\"b\"" << "a\"b";
        QTest::newRow("backticks undoubled") << "`d``e`" << "d`e";
        QTest::newRow("brackets have no escape") << "[c]]" << "c]";
        QTest::newRow("unterminated keeps the rest") << "\"abc" << "abc";
        QTest::newRow("bare word unchanged") << "plain" << "plain";
    }

    void unquoting()
    {
        QFETCH(QString, raw);
        QFETCH(QString, name);
        QCOMPARE(unquoteSqlIdentifier(raw), name);
    }

    void tokenListIdentifiers_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("identifiers");  // identifier() of every token
        QTest::newRow("four quoting styles") << R"(a "b c" `d``e` [f g] 'h''i')"
                                             << QStringList{"a", "b c", "d`e", "f g", "h'i"};
        QTest::newRow("doubled double quote") << R"("say ""hi""")" << QStringList{R"(say "hi")"};
        QTest::newRow("line and block comments vanish") << "a -- b c\n/* d, e ) */ f" << QStringList{"a", "f"};
        QTest::newRow("comment markers inside strings stay") << "'--x' \"/*y*/\"" << QStringList{"--x", "/*y*/"};
        QTest::newRow("numbers and punctuation") << "1.5e-3+x'0A'<>(" << QStringList{"1.5e-3", "+", "x'0A'", "<>", "("};
        QTest::newRow("unterminated string takes the rest") << "a 'b c" << QStringList{"a", "b c"};
    }

    void tokenListIdentifiers()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, identifiers);
        const SqlTokenList tokens(sql);
        QStringList actual;
        for (qsizetype i = 0; i < tokens.size(); ++i)
            actual << tokens.identifier(i);
        QCOMPARE(actual, identifiers);
    }

    void tokenListParenthesesAndTopLevelSplitting()
    {
        const SqlTokenList t(QStringLiteral("(a, f(b, ')'), [c,d]) WHERE x"));
        QCOMPARE(t.matchingParen(0), t.size() - 3);
        QCOMPARE(t.matchingParen(1), -1);  // not a parenthesis
        const auto items = t.splitTopLevel(1, t.matchingParen(0) - 1);
        QCOMPARE(items.size(), 3);
        QCOMPARE(t.textBetween(items.at(1).first, items.at(1).second), QStringLiteral("f(b, ')')"));
        QCOMPARE(t.identifier(items.at(2).first), QStringLiteral("c,d"));
        QCOMPARE(t.findTopLevelKeyword(0, t.size() - 1, QLatin1StringView("where")), t.size() - 2);
        const SqlTokenList unbalanced(QStringLiteral("(a, (b"));
        QCOMPARE(unbalanced.matchingParen(0), -1);
        QCOMPARE(unbalanced.findTopLevelKeyword(0, unbalanced.size() - 1, QLatin1StringView("b")), -1);
    }

    void tokenListPunctIsOneCharacterOnly()
    {
        const SqlTokenList t(QStringLiteral("a <> b < c"));
        QVERIFY(!t.isPunct(1, u'<'));  // "<>" is one operator, not a "<"
        QVERIFY(t.isPunct(3, u'<'));
        QVERIFY(!t.isPunct(99, u'<'));
    }

    void identifierTokensSkipLiteralsAndComments()
    {
        const QString sql = QStringLiteral("SELECT \"we\"\"ird\", [br], `bt`, x1 FROM users -- users2\n WHERE name = 'users3' /* users4 */ AND 12e3 > 0");
        QCOMPARE(sqlIdentifierTokens(sql), (QStringList{QStringLiteral("SELECT"), QStringLiteral("we\"ird"), QStringLiteral("br"),
                                                        QStringLiteral("bt"), QStringLiteral("x1"), QStringLiteral("FROM"),
                                                        QStringLiteral("users"), QStringLiteral("WHERE"), QStringLiteral("name"),
                                                        QStringLiteral("AND")}));
        QVERIFY(sqlMentionsIdentifier(sql, QStringLiteral("USERS")));
        QVERIFY(sqlMentionsIdentifier(sql, QStringLiteral("WE\"IRD")));
        QVERIFY(!sqlMentionsIdentifier(sql, QStringLiteral("users3")));
        QVERIFY(!sqlMentionsIdentifier(sql, QStringLiteral("users4")));
        QVERIFY(!sqlMentionsIdentifier(sql, QStringLiteral("use")));
    }
};

QTEST_GUILESS_MAIN(TestSqlLexer)
#include "tst_sqllexer.moc"
